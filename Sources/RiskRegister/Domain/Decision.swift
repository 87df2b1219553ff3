import Agency
import EventStore
import Foundation
import Sujarit

/// Who acts and when: what every decision stamps on the events it returns.
public struct CommandContext: Sendable {
    /// The person at the keyboard (`--as`).
    public var actor: String
    /// The instant recorded as the events' `occurredAt`.
    public var now: Date
    /// The civil day in Bangkok the command counts as "today" (role checks, acceptance expiry).
    public var today: CalendarDate

    public init(actor: String, now: Date = Date(), today: CalendarDate? = nil) {
        self.actor = actor
        self.now = now
        self.today = today ?? CalendarDate.today(now: now)
    }
}

/// The events a decision wants to append, grouped by stream with the version each was read at.
///
/// Decisions are pure: they read a ``RiskLedger`` and the ``AgencyDirectory``, validate everything, and
/// return a batch, or throw before anything is written. The batch keeps one entry per stream, in first-seen
/// order, so a decision touching a stream twice (identify, then assess) appends both in one go.
public struct Decision: Sendable {
    public internal(set) var appends: [StreamAppend] = []
    let context: CommandContext

    public init(context: CommandContext) { self.context = context }

    /// Adds `event` to `stream`, expecting the stream at `version` (0: a new stream).
    mutating func add<Event: DomainEvent>(_ event: Event, to stream: StreamID, expecting version: Int, dedupeKey: String? = nil) throws {
        let proposed = try ProposedEvent(event, occurredAt: context.now, actor: context.actor, dedupeKey: dedupeKey)
        if let index = appends.firstIndex(where: { $0.stream == stream }) {
            appends[index].events.append(proposed)
        } else {
            appends.append(StreamAppend(stream: stream, expectedVersion: version == 0 ? .noStream : .exactly(version), events: [proposed]))
        }
    }

    /// How many events the batch holds.
    public var eventCount: Int { appends.reduce(0) { $0 + $1.events.count } }

    /// The batch's events, decoded back, for previews (`--dry-run`).
    public var eventTypes: [String] { appends.flatMap { $0.events.map(\.type) } }
}

extension AgencyDirectory {
    /// The staff member `id`, or an error saying the id is unknown.
    func requireMember(_ id: String) throws -> StaffMember {
        guard let member = member(id) else { throw RiskRegisterError.unknownStaff(id) }
        return member
    }

    /// Checks a department code against the directory.
    func requireDepartment(_ code: String) throws {
        guard department(code) != nil else {
            throw RiskRegisterError.unknownDepartment(code, known: departments.map(\.code))
        }
    }
}
