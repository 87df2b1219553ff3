import Agency
import EventStore
import Foundation
import Sujarit

/// The register's commands against a store: load the register and the directory, let the ledger decide,
/// and append the whole decision in one transaction with the versions read, so that two clerks working at
/// once get a conflict instead of overwriting each other, and a refused command writes nothing.
public struct RiskService: Sendable {
    public let store: any EventStore

    public init(store: any EventStore) { self.store = store }

    /// Runs a decision and appends its events (none when it decides nothing). With `dryRun`, appends nothing.
    ///
    /// When another writer appended to one of the streams in between (five members scoring at once), the
    /// store refuses the whole batch; the decision is then taken again on the fresh register, up to eight
    /// times (each conflict means another writer succeeded, so a committee scoring at once is covered).
    /// That is safe because nothing is written blindly: every retry re-checks every rule.
    @discardableResult
    public func perform<Result>(
        _ context: CommandContext, dryRun: Bool = false,
        _ body: (inout RiskLedger, AgencyDirectory, inout Decision) throws -> Result
    ) async throws -> (result: Result, decision: Decision) {
        var attempt = 1
        while true {
            var ledger = try await RiskLedger.load(from: store)
            let directory = try await AgencyDirectory.load(from: store)
            var decision = Decision(context: context)
            let result = try body(&ledger, directory, &decision)
            do {
                if !dryRun, !decision.appends.isEmpty { _ = try await store.append(decision.appends) }
                return (result, decision)
            } catch let error as EventStoreError {
                guard case .versionConflict = error, attempt < 8 else { throw error }
                attempt += 1
            }
        }
    }

    /// The register as it stands.
    public func ledger() async throws -> RiskLedger { try await RiskLedger.load(from: store) }

    /// Records the categories and matrices of a `Registers/` folder (`risk-categories.yaml`, `matrices/`).
    public func configure(
        registers folder: String, context: CommandContext
    ) async throws -> RiskLedger.ConfigurationChanges {
        let categories = try RiskCategory.loadList((folder as NSString).appendingPathComponent("risk-categories.yaml"))
        let matrices = try RiskMatrix.loadFolder((folder as NSString).appendingPathComponent("matrices"))
        guard !matrices.isEmpty else {
            throw RiskRegisterError.fileProblem(
                file: (folder as NSString).appendingPathComponent("matrices"), line: nil,
                message: "no matrix files (*.yaml) found")
        }
        return try await perform(context) { ledger, _, decision in
            try ledger.configure(categories: categories, matrices: matrices, into: &decision)
        }.result
    }

    /// Every event of one risk's stream, oldest first: its full history for `risk show`.
    public func history(of id: RiskID) async throws -> [RecordedEvent] {
        let events = try await store.events(in: try RiskIdentified.stream(id))
        guard !events.isEmpty else { throw RiskRegisterError.unknownRisk(id.description) }
        return events
    }
}

extension RiskService {
    /// Imports a register file: `.csv` as CSV, anything else as YAML (JSON is YAML too). All or nothing:
    /// the first problem, with its file and line, stops the import before anything is written.
    /// Measures' `dimension` codes are read against `dimensions` (`Registers/plan-dimensions.yaml`).
    public func importFile(
        _ path: String, dryRun: Bool, dimensions: PlanDimensions = .shipped, context: CommandContext
    ) async throws -> ImportSummary {
        // Refuses a FIFO or device unopened, and a file over the size cap unread.
        let text: String
        do { text = try ConfigNode.readText(path) } catch {
            throw RiskRegisterError.fileProblem(file: path, line: nil, message: error.message)
        }
        return try await perform(context, dryRun: dryRun) { ledger, directory, decision in
            if path.lowercased().hasSuffix(".csv") {
                return try RegisterCSV.apply(text, file: path, ledger: &ledger, directory: directory, into: &decision)
            }
            return try RegisterImport.apply(
                try ConfigNode.parse(text, file: path), ledger: &ledger, directory: directory, dimensions: dimensions,
                into: &decision)
        }.result
    }
}
