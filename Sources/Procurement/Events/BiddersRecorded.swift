import EventStore
import Foundation
import Sujarit

/// The bidders of a project were read from the CoST bidder list (`egpcost-bidder-<year>`), the only
/// published source that names every bidder, losers included.
///
/// Recorded in the project's stream `egp/<projectID>`, one event per run of rows about the same project.
/// The dedupe key holds a SHA-256 of the payload, so the same list imported twice adds nothing. The read
/// model keeps the union of every list recorded for a project, so a project without one has no bidders
/// (unknown), never zero.
public struct BiddersRecorded: DomainEvent, Hashable {
    public static let eventType = "BiddersRecorded"
    public static let schemaVersion = 1

    /// The e-GP project id.
    public var projectID: EGPProjectID
    /// The CoST project number, when given.
    public var costNumber: String?
    /// The fiscal year the list gives, if any.
    public var fiscalYear: FiscalYear?
    /// The bidders, as written, in file order.
    public var bidders: [PartyReference]

    /// Creates the event.
    public init(projectID: EGPProjectID, costNumber: String?, fiscalYear: FiscalYear?, bidders: [PartyReference]) {
        self.projectID = projectID
        self.costNumber = costNumber
        self.fiscalYear = fiscalYear
        self.bidders = bidders
    }

    /// `bidders1|<projectID>|<SHA-256 of the payload>`.
    public func dedupeKey() throws -> String {
        "bidders1|\(projectID.rawValue)|\(FileDigest.sha256Hex(try EventCoding.encode(self)))"
    }

    /// The project's stream, `egp/<projectID>`.
    public var stream: StreamID { ProcurementStreams.project(projectID) }
}
