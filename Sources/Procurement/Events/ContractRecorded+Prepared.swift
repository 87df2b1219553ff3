import EventStore
import Foundation

/// A ``ContractRecorded`` together with its rows in the procurement read model, worked out by the import's
/// reading thread and carried to the projection of the append that records it (``EventStore/DecodedPayload``).
///
/// Why: an import's store thread holds the write lock and is the import's critical path (issue 17); working out
/// a row's values there (the winner's name key, the `SQLValue` arrays) was about 6 % of its time at 1,000,000
/// rows, work that needs no database and that the reading thread, with time to spare, can do one batch ahead.
/// Only the row's sequence is left for the store to fill in (``ProcurementProjection/ContractRows/at(sequence:)``).
///
/// It is the same event: its type and schema version are ``ContractRecorded``'s, it encodes and decodes as
/// that event, and it is never stored as anything but that event's payload. The values are held in a box so
/// that handing one to the projection copies a reference, not the event's many strings.
struct PreparedContractRecord: DomainEvent, Equatable {
    static var eventType: String { ContractRecorded.eventType }
    static var schemaVersion: Int { ContractRecorded.schemaVersion }

    /// The event and its rows, immutable once made.
    private final class Box: Sendable {
        let event: ContractRecorded
        let rows: ProcurementProjection.ContractRows

        init(_ event: ContractRecorded) {
            self.event = event
            rows = ProcurementProjection.ContractRows(event, sequence: 0)
        }
    }

    private let box: Box

    /// The event recorded.
    var event: ContractRecorded { box.event }
    /// The event's rows, their sequence not yet known (0).
    var rows: ProcurementProjection.ContractRows { box.rows }

    /// Works out `event`'s rows.
    init(_ event: ContractRecorded) {
        box = Box(event)
    }

    init(from decoder: any Decoder) throws {
        self.init(try ContractRecorded(from: decoder))
    }

    func encode(to encoder: any Encoder) throws {
        try event.encode(to: encoder)
    }

    /// Decodes as ``ContractRecorded`` decodes, every schema version it reads.
    static func decode(payload: Data, schemaVersion: Int) throws -> Self {
        Self(try ContractRecorded.decode(payload: payload, schemaVersion: schemaVersion))
    }

    static func == (left: Self, right: Self) -> Bool {
        left.box === right.box || left.event == right.event
    }
}
