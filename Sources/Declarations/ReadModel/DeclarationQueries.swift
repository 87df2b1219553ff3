import EventStore
import Foundation
import Sujarit

/// One line of `coi list`: a declaration's subject, status and counts, without the interests themselves.
public struct DeclarationSummary: Sendable, Hashable {
    public var id: String
    public var declarant: String
    public var department: String
    public var kind: DeclarationSubject.Kind
    public var fiscalYear: FiscalYear?
    public var project: String?
    public var role: ProcurementRole?
    public var signedOn: CalendarDate
    /// False once withdrawn.
    public var isActive: Bool
    public var amendments: Int
    /// 0 for "no interest".
    public var interestCount: Int
    public var recused: Bool
}

/// Which declarations `coi list` shows; every criterion given must match.
public struct DeclarationFilter: Sendable, Hashable {
    /// Annual declarations for this year, and procurement declarations signed within it.
    public var fiscalYear: FiscalYear?
    public var project: EGPProjectID?
    public var declarant: String?

    public init(fiscalYear: FiscalYear? = nil, project: EGPProjectID? = nil, declarant: String? = nil) {
        self.fiscalYear = fiscalYear
        self.project = project
        self.declarant = declarant
    }
}

/// Whether one committee seat is covered by a declaration.
public struct SeatDeclaration: Sendable, Hashable {
    /// Where the seat stands.
    public enum State: String, Sendable, Hashable {
        /// A declaration in force.
        case declared
        /// No declaration for this person, project and role.
        case missing
        /// Only a withdrawn one.
        case withdrawn

        public var label: LocalizedLabel {
            switch self {
            case .declared: LocalizedLabel(th: "ยื่นแล้ว", en: "declared")
            case .missing: LocalizedLabel(th: "ยังไม่ยื่น", en: "missing")
            case .withdrawn: LocalizedLabel(th: "ถอนแล้ว ยังไม่ยื่นใหม่", en: "withdrawn, none since")
            }
        }
    }

    public var seat: CommitteeSeat
    public var state: State
    public var declarationID: String?
    public var recused: Bool
}

/// A declared interest whose party matches a given party, for cross-checks (a winner, a gift's giver).
public struct InterestMatch: Sendable, Hashable {
    public var declarationID: String
    public var declarant: String
    public var department: String
    public var project: String?
    public var partyName: String?
    public var relationship: Relationship
    public var isActive: Bool
}

/// Typed reads of the declarations read model.
public enum DeclarationQueries {
    /// Declarations matching `filter`, by signing day then id.
    public static func list(
        _ store: any EventStore, filter: DeclarationFilter = DeclarationFilter()
    ) async throws -> [DeclarationSummary] {
        var conditions: [String] = []
        var arguments: [any SQLValueConvertible] = []
        if let year = filter.fiscalYear {
            conditions.append(
                """
                ((kind = 'annual' AND fiscal_year = ?) OR (kind = 'procurement' AND signed_on >= ? AND signed_on \
                <= ?))
                """
            )
            arguments += [year.be, year.start.description, year.end.description]
        }
        if let project = filter.project {
            conditions.append("project = ?")
            arguments.append(project.rawValue)
        }
        if let declarant = filter.declarant {
            conditions.append("declarant = ?")
            arguments.append(declarant)
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try await store.query(
            "SELECT * FROM coi_declarations \(whereClause) ORDER BY signed_on, declaration_id", arguments
        ).map(summary)
    }

    /// Every project's recorded committee seats, by e-GP project id, each committee by role then staff id.
    ///
    /// For cross-checks that look at every committee at once (Oversight's red flags): an agency records tens
    /// of committees a year, so all of them fit in memory.
    public static func allSeats(_ store: any EventStore) async throws -> [String: [CommitteeSeat]] {
        var seats: [String: [CommitteeSeat]] = [:]
        let rows = try await store.query(
            "SELECT project, staff_id, role FROM coi_committee_seats ORDER BY project, role, staff_id")
        for row in rows {
            guard let project = row.string("project"), let staff = row.string("staff_id"), let role = row.string("role")
            else { continue }
            seats[project, default: []].append(CommitteeSeat(staffID: staff, role: try ProcurementRole(parsing: role)))
        }
        return seats
    }

    /// Each seat of `project`'s recorded committee with whether it is covered; nil when no committee was recorded.
    public static func seats(_ store: any EventStore, project: EGPProjectID) async throws -> [SeatDeclaration]? {
        let seats = try await store.query(
            "SELECT staff_id, role FROM coi_committee_seats WHERE project = ? ORDER BY role, staff_id",
            [project.rawValue]
        )
        guard !seats.isEmpty else { return nil }
        let declarations = try await list(store, filter: DeclarationFilter(project: project))
        return try seats.map { row in
            let seat = CommitteeSeat(
                staffID: row.string("staff_id") ?? "", role: try ProcurementRole(parsing: row.string("role") ?? ""))
            let mine = declarations.filter { $0.declarant == seat.staffID && $0.role == seat.role }
            if let active = mine.first(where: \.isActive) {
                return SeatDeclaration(seat: seat, state: .declared, declarationID: active.id, recused: active.recused)
            }
            return SeatDeclaration(
                seat: seat, state: mine.isEmpty ? .missing : .withdrawn, declarationID: mine.first?.id, recused: false)
        }
    }

    /// Declared interests whose party matches `party` by ``PartyReference/matches(_:)``: the same tax id
    /// when both have one, else the same normalised name. Withdrawn declarations are included and marked.
    public static func interests(
        matching party: PartyReference, in store: any EventStore
    ) async throws -> [InterestMatch] {
        // The parameter's presence is decided here rather than with `? IS NULL` in SQL, which PostgreSQL
        // cannot type.
        let key = party.normalizedName
        let condition: String
        let arguments: [any SQLValueConvertible]
        if let taxID = party.taxID {
            condition = "i.tax_id = ? OR (i.tax_id IS NULL AND i.name_key <> '' AND i.name_key = ?)"
            arguments = [taxID.digits, key]
        } else {
            condition = "i.name_key <> '' AND i.name_key = ?"
            arguments = [key]
        }
        let rows = try await store.query(
            """
            SELECT i.declaration_id, i.party_name, i.relationship, d.declarant, d.department, d.project, d.status
            FROM coi_interests i JOIN coi_declarations d ON d.declaration_id = i.declaration_id
            WHERE \(condition)
            ORDER BY i.declaration_id, i.position
            """,
            arguments
        )
        return rows.map { row in
            InterestMatch(
                declarationID: row.string("declaration_id") ?? "", declarant: row.string("declarant") ?? "",
                department: row.string("department") ?? "", project: row.string("project"),
                partyName: row.string("party_name"),
                relationship: Relationship(rawValue: row.string("relationship") ?? "") ?? .personal,
                isActive: row.string("status") == "active"
            )
        }
    }

    static func summary(_ row: SQLRow) throws -> DeclarationSummary {
        DeclarationSummary(
            id: row.string("declaration_id") ?? "",
            declarant: row.string("declarant") ?? "",
            department: row.string("department") ?? "",
            kind: DeclarationSubject.Kind(rawValue: row.string("kind") ?? "") ?? .annual,
            fiscalYear: row.int("fiscal_year").map(FiscalYear.init(be:)),
            project: row.string("project"),
            role: try row.string("role").map(ProcurementRole.init(parsing:)),
            signedOn: try CalendarDate.parse(row.string("signed_on") ?? ""),
            isActive: row.string("status") == "active",
            amendments: row.int("amendments") ?? 0,
            interestCount: row.int("interest_count") ?? 0,
            recused: row.bool("recused") ?? false
        )
    }
}
