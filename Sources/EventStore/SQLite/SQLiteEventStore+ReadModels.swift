import Foundation
import GRDB

extension SQLiteEventStore {
    /// Replays the log into a ``ReadModelScratch`` beside the store, with the store attached to it read for
    /// read, then compares each read-model table both ways, in one transaction that sees one snapshot.
    ///
    /// The store itself is only read. The scratch is deleted afterwards, whatever happens.
    public func verifyReadModels(progress: ProgressHandler?) async throws -> ReadModelReport {
        try await mapErrors {
            let scratch = try ReadModelScratch(projections: projections, near: path, lockTimeout: lockTimeout)
            defer { scratch.remove() }
            return try scratch.compare(withSQLiteStoreAt: path, progress: progress)
        }
    }
}
