import EventStore
import Foundation
import Sujarit

/// A procurement in which a party took part: as the winner of one of its contracts, or as a bidder on
/// a CoST bidder list. Found by ``ProcurementReadModel/participations(of:departmentID:in:)``.
public struct PartyParticipation: Sendable, Hashable {
    /// How the party took part.
    public enum Role: String, Sendable, Hashable {
        /// It won a contract (`procurement_contracts`).
        case winner
        /// A bidder list names it (`procurement_bidders`).
        case bidder
    }

    /// The e-GP project number.
    public var projectID: String
    /// The e-GP department that bought.
    public var departmentID: String
    /// Winner or bidder.
    public var role: Role
    /// The party as the procurement data names it.
    public var party: PartyReference
    /// The first day the data dates the procurement: its first announcement or, without one, the (first)
    /// contract's signing.
    public var from: CalendarDate?
    /// The last day the data dates it: the latest of its last announcement, the contract's signing and its
    /// end (for a bidder, the project's contracts').
    public var until: CalendarDate?

    /// Whether `day` falls within `days` days of the procurement's dated span (``from`` – ``until``,
    /// widened by `days` on both sides); a procurement the data dates nowhere counts for every day.
    public func isWithin(_ days: Int, of day: CalendarDate) -> Bool {
        guard let first = from ?? until, let last = until ?? from else { return true }
        return first.adding(days: -days) <= day && day <= last.adding(days: days)
    }
}

extension ProcurementReadModel {
    /// Every procurement in which `party` won a contract or is named as a bidder, matched by
    /// ``PartyReference/matches(_:)`` (the tax id when both sides have one, else the normalised name).
    /// With `departmentID`, only that department's procurements and those whose department the data does
    /// not give (contract data imported without a feed names the agency only by its name). Ordered by
    /// project, winners before bidders.
    ///
    /// A bidder listed with a tax id is found by that id only: the bidder table keeps no normalised name
    /// for it, so a party named without a tax id does not match it.
    public static func participations(
        of party: PartyReference, departmentID: String? = nil, in store: any EventStore
    ) async throws -> [PartyParticipation] {
        try await participations(of: party, departmentID: departmentID, in: .whole(store))
    }

    /// The participations of `party` in the procurements of the scope (see the form that takes a store); with
    /// `departmentID`, only that department's among them.
    public static func participations(
        of party: PartyReference, departmentID: String? = nil, in scope: ProcurementScope
    ) async throws -> [PartyParticipation] {
        let store = scope.store
        let key = party.normalizedName
        let taxID = party.taxID?.digits ?? ""
        var department = ""
        var arguments: [any SQLValueConvertible] = []
        if let departmentID {
            department = " AND (p.department_id = ? OR p.department_id = '')"
            arguments.append(departmentID)
        }
        if let scoped = scope.condition(on: "p.department_id") {
            department += " AND " + scoped.sql
            arguments += scoped.arguments
        }
        let winners = try await store.query(
            """
            SELECT c.project_id, p.department_id, c.winner_name AS name, c.winner_tax_id AS tax_id,
                p.first_published, p.last_published, c.signed, c.finishes
            FROM procurement_contracts c JOIN procurement_projects p ON p.project_id = c.project_id
            WHERE (c.winner_tax_id = ? OR (c.winner_name_key <> '' AND c.winner_name_key = ?))\(department)
            ORDER BY c.project_id, c.contract_key
            """,
            [taxID, key] + arguments
        )
        let bidders = try await store.query(
            """
            SELECT b.project_id, p.department_id, b.bidder_name AS name, b.bidder_tax_id AS tax_id,
                p.first_published, p.last_published,
                (SELECT MIN(c.signed) FROM procurement_contracts c WHERE c.project_id = b.project_id) AS signed,
                (SELECT MAX(c.finishes) FROM procurement_contracts c WHERE c.project_id = b.project_id) AS finishes
            FROM procurement_bidders b JOIN procurement_projects p ON p.project_id = b.project_id
            WHERE (b.bidder_tax_id = ? OR b.name_key = ?)\(department)
            ORDER BY b.project_id, b.position
            """,
            [taxID, "name:\(key)"] + arguments
        )
        let found =
            try winners.map { try participation($0, role: .winner) }
            + bidders.map { try participation($0, role: .bidder) }
        return found.filter { $0.party.matches(party) }.sorted {
            ($0.projectID, $0.role == .bidder ? 1 : 0) < ($1.projectID, $1.role == .bidder ? 1 : 0)
        }
    }

    private static func participation(_ row: SQLRow, role: PartyParticipation.Role) throws -> PartyParticipation {
        func day(_ column: String) throws -> CalendarDate? {
            guard let text = row.string(column), !text.isEmpty else { return nil }
            return try CalendarDate.parse(text)
        }
        let published = try [day("first_published")].compactMap { $0 }
        let contract = try [day("signed")].compactMap { $0 }
        let ends = try [day("last_published"), day("signed"), day("finishes")].compactMap { $0 }
        return PartyParticipation(
            projectID: row.string("project_id") ?? "", departmentID: row.string("department_id") ?? "", role: role,
            party: PartyReference(
                name: row.string("name") ?? "", taxID: row.string("tax_id").flatMap { try? TaxID(validating: $0) }),
            from: published.first ?? contract.first, until: ends.max()
        )
    }
}
