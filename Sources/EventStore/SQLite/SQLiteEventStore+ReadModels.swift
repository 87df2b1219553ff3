import Foundation
import GRDB

extension SQLiteEventStore {
    /// Replays the log into a ``ReadModelScratch`` beside the store, with the store attached to it read for
    /// read, then compares each read-model table both ways, in one transaction that sees one snapshot.
    ///
    /// Only the projections named in `names` when given. The store itself is only read. The scratch is deleted afterwards, whatever happens.
    public func verifyReadModels(only names: Set<String>?, progress: ProgressHandler?) async throws -> ReadModelReport {
        try await mapErrors {
            let checked = projections.filter { names?.contains($0.name) ?? true }
            let scratch = try ReadModelScratch(projections: checked, near: path, lockTimeout: lockTimeout)
            defer { scratch.remove() }
            return try scratch.compare(withSQLiteStoreAt: path, progress: progress)
        }
    }
}
