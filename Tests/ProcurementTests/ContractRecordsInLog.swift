import EventStore
@testable import Procurement

extension Array where Element == RecordedEvent {
    /// The contract records these events hold, in the log's order: each ``ContractsRecorded``'s records, and each
    /// older ``ContractRecorded``.
    func contractRecords() throws -> [ContractRecorded] {
        try flatMap { event -> [ContractRecorded] in
            switch event.type {
            case ContractsRecorded.eventType: try event.decode(ContractsRecorded.self).records
            case ContractRecorded.eventType: [try event.decode(ContractRecorded.self)]
            default: []
            }
        }
    }
}
