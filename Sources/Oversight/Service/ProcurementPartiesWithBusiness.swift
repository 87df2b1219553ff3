import Agency
import EventStore
import GiftLog
import Procurement
import Sujarit

/// The gift log's ``PartiesWithBusiness`` answered from the store's procurement data: a giver has business
/// before the agency around a gift's day when it won a contract of one of the agency's procurements, or
/// is on its bidder list, and the day falls within ``windowDays`` of that procurement's dated span (first
/// announcement to the later of its last announcement and the contract's end).
///
/// Oversight implements it because it may read both registers; GiftLog only declares the question.
/// `gift log` and `gift import` pass it to ``GiftLogService``.
public struct ProcurementPartiesWithBusiness: PartiesWithBusiness {
    /// Days before a procurement's first dated day and after its last in which its winners and bidders
    /// still count as having business before the agency: 180, about half a fiscal year, covering the
    /// months in which a procurement is prepared before it is announced (the plan, the reference price)
    /// and in which a contract's delivery is inspected, paid and its defects claimed after it ends. The
    /// NACC notification (2563) and the PM Office regulation on gifts (2565) speak of "ผู้มีส่วนได้เสีย"
    /// without a number of days; an agency that needs another window passes it to ``init(store:departmentID:windowDays:)``.
    public static let defaultWindowDays = 180

    /// The procurement data asked: the store's own, or the agency's departments in a shared server's public data.
    public let scope: ProcurementScope
    /// The agency's e-GP department id: only its procurements count (and those the data gives no
    /// department for: a store holds its own agency's imports); nil counts every procurement in the store.
    public let departmentID: String?
    /// See ``defaultWindowDays``.
    public let windowDays: Int

    /// Creates the lookup from its parts.
    public init(store: any EventStore, departmentID: String?, windowDays: Int = Self.defaultWindowDays) {
        self.init(scope: .whole(store), departmentID: departmentID, windowDays: windowDays)
    }

    /// Creates the lookup over the procurement data of `scope`.
    public init(scope: ProcurementScope, departmentID: String?, windowDays: Int = Self.defaultWindowDays) {
        self.scope = scope
        self.departmentID = departmentID
        self.windowDays = windowDays
    }

    /// The lookup for the store's agency: its e-GP department id from the agency profile (`sujarit init --dept`),
    /// in the procurement data the agency sees (``ProcurementScope/agency(of:)``).
    public static func forAgency(in store: any EventStore) async throws -> ProcurementPartiesWithBusiness {
        ProcurementPartiesWithBusiness(
            scope: try await ProcurementScope.agency(of: store),
            departmentID: try await AgencyProfile.load(from: store)?.departmentID)
    }

    /// Each procurement in which `party` won or bid and whose span, widened by ``windowDays``, holds `day`,
    /// as `procurement: project 67119000333, winner; project 68099000016, bidder`; nil when none.
    public func business(with party: PartyReference, on day: CalendarDate) async throws -> String? {
        let found = try await ProcurementReadModel.participations(of: party, departmentID: departmentID, in: scope)
            .filter { $0.isWithin(windowDays, of: day) }
        var seen = Set<String>()
        let parts = found.map { "project \($0.projectID), \($0.role.rawValue)" }.filter { seen.insert($0).inserted }
        return parts.isEmpty ? nil : "procurement: " + parts.joined(separator: "; ")
    }
}
