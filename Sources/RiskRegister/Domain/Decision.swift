import Agency
import EventStore
import Foundation
import Sujarit

/// The events a decision wants to append, grouped by stream with the version each was read at.
///
/// Decisions are pure: they read a ``RiskLedger`` and the ``AgencyDirectory``, validate everything, and
/// return a batch, or throw before anything is written. The batch keeps one entry per stream, in first-seen
/// order, so a decision touching a stream twice (identify, then assess) appends both in one go.
public struct Decision: Sendable {
    public internal(set) var appends: [StreamAppend] = []
    let context: CommandContext

    public init(context: CommandContext) { self.context = context }

    /// Adds `event` to `stream`, expecting the stream at `version` (0: a new stream) unless the batch already
    /// writes to it, and returns the event as it will stand in the stream (without its place in the log), for
    /// the decision to fold into its working ledger with ``RiskLedger/apply(_:)``.
    mutating func add<Event: DomainEvent>(
        _ event: Event, to stream: StreamID, expecting version: Int, dedupeKey: String? = nil
    ) throws -> RecordedEvent {
        let proposed = try ProposedEvent(event, occurredAt: context.now, actor: context.actor, dedupeKey: dedupeKey)
        let streamVersion: Int
        if let index = appends.firstIndex(where: { $0.stream == stream }) {
            appends[index].events.append(proposed)
            streamVersion = appends[index].expectedVersion.base + appends[index].events.count
        } else {
            let expected: ExpectedVersion = version == 0 ? .noStream : .exactly(version)
            appends.append(StreamAppend(stream: stream, expectedVersion: expected, events: [proposed]))
            streamVersion = version + 1
        }
        // Not yet in the log: no sequence or hash. Folds read only the stream, version and payload, which they
        // decode from the bytes to be appended, as a replay will.
        return RecordedEvent(
            sequence: 0, streamID: stream, streamVersion: streamVersion, type: proposed.type,
            schemaVersion: proposed.schemaVersion, occurredAt: proposed.occurredAt, recordedAt: proposed.occurredAt,
            actor: proposed.actor, payload: proposed.payload, dedupeKey: proposed.dedupeKey,
            previousHash: .genesis, hash: .genesis
        )
    }

    /// How many events the batch holds.
    public var eventCount: Int { appends.reduce(0) { $0 + $1.events.count } }

    /// The batch's events, decoded back, for previews (`--dry-run`).
    public var eventTypes: [String] { appends.flatMap { $0.events.map(\.type) } }
}

extension RiskLedger {
    /// Proposes `event` on `stream` and folds it into this working ledger through ``apply(_:)``, the very
    /// function that loading the store uses: a decision never sets the state it expects by hand, so what the
    /// next rule of the same batch sees is exactly what replaying the log after the append will give.
    mutating func record<Event: DomainEvent>(
        _ event: Event, to stream: StreamID, expecting version: Int, into decision: inout Decision
    ) throws {
        try apply(try decision.add(event, to: stream, expecting: version))
    }
}

private extension ExpectedVersion {
    /// The stream's version before a batch that expects this.
    var base: Int {
        if case .exactly(let version) = self { return version }
        return 0
    }
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
