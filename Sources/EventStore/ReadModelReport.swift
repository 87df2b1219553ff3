import Foundation

/// The result of comparing every read model with the one the log produces: the log replayed through the
/// projections into a scratch database, each table compared row by row with the live one, both ways.
///
/// Reports read read-model tables, not the log, so a row edited in a read model (a red flag dismissed, a score
/// changed with a SQL tool) would change a report while the hash chain stays intact. This report is what
/// `sujarit verify` and every live report check before trusting those tables.
public struct ReadModelReport: Sendable, Hashable {
    /// The sequence of the last event replayed: the state of the log the read models were compared with.
    public var sequence: Int64
    /// How many read-model tables were compared.
    public var tablesChecked: Int
    /// The tables that differ from what the log produces, in projection order.
    public var differences: [ReadModelDifference]
    /// Projections whose recorded checkpoint is not this build's version at the last sequence.
    public var checkpoints: [CheckpointProblem]

    public init(
        sequence: Int64, tablesChecked: Int, differences: [ReadModelDifference], checkpoints: [CheckpointProblem]
    ) {
        self.sequence = sequence
        self.tablesChecked = tablesChecked
        self.differences = differences
        self.checkpoints = checkpoints
    }

    /// Whether every table and checkpoint matches the log.
    public var isConsistent: Bool { differences.isEmpty && checkpoints.isEmpty }

    /// The same findings without the example rows: for a viewer who may not read personal data, since a
    /// row of a declarations or gifts table names a person. Counts and table names stay.
    public func withoutRowExamples() -> ReadModelReport {
        var report = self
        for index in report.differences.indices {
            report.differences[index].changedExamples = []
            report.differences[index].missingExamples = []
            report.differences[index].extraExamples = []
        }
        return report
    }

    /// Throws ``ReadModelMismatch`` naming the first table (or checkpoint) that differs; does nothing when the
    /// read models match the log.
    public func requireConsistent(location: String) throws {
        guard isConsistent else { throw ReadModelMismatch(location: location, report: self) }
    }
}

/// One read-model table that is not what the log produces.
public struct ReadModelDifference: Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the table.
    public enum Kind: Sendable, Hashable {
        /// The table is not in the store at all (dropped).
        case tableMissing
        /// The table lacks columns the projection creates (it was altered or recreated).
        case columnsMissing([String])
        /// The table's rows differ: see ``missingRows`` and ``extraRows``.
        case rows
    }

    /// The projection that owns the table.
    public var projection: String
    /// The table's name.
    public var table: String
    /// Whether the table is missing, lacks columns, or holds other rows.
    public var kind: Kind
    /// Rows the log produces that the table does not hold (deleted or edited rows, as they should be).
    public var missingRows: Int
    /// Rows the table holds that the log does not produce (inserted or edited rows, as they are now).
    public var extraRows: Int
    /// Up to three rows edited in place (the same key in the log's replay and in the store), each as its key
    /// and the columns that differ: `id='R-1': score 12 → 1` (see ``ReadModelRow``).
    public var changedExamples: [String]
    /// Missing rows with no row of the same key in the store, each as `column=value, …`; with the changed
    /// ones, three examples at most.
    public var missingExamples: [String]
    /// Extra rows with no row of the same key in the log's replay, each as `column=value, …`.
    public var extraExamples: [String]

    public init(
        projection: String, table: String, kind: Kind, missingRows: Int = 0, extraRows: Int = 0,
        changedExamples: [String] = [], missingExamples: [String] = [], extraExamples: [String] = []
    ) {
        self.projection = projection
        self.table = table
        self.kind = kind
        self.missingRows = missingRows
        self.extraRows = extraRows
        self.changedExamples = changedExamples
        self.missingExamples = missingExamples
        self.extraExamples = extraExamples
    }

    public var description: String {
        switch kind {
        case .tableMissing:
            "table \(table) (\(projection)) is missing from the store"
        case let .columnsMissing(columns):
            "table \(table) (\(projection)) lacks the column(s) \(columns.joined(separator: ", "))"
        case .rows:
            """
            table \(table) (\(projection)) differs from the log: \(missingRows) row(s) the log produces are \
            missing or changed, \(extraRows) row(s) are not produced by the log
            """
        }
    }
}

/// A projection's checkpoint that does not say "this version, up to the last event".
public struct CheckpointProblem: Sendable, Hashable, CustomStringConvertible {
    /// The projection's name.
    public var projection: String
    /// The version recorded, nil when there is no checkpoint or it is not a number.
    public var foundVersion: Int?
    /// The sequence recorded, nil when there is no checkpoint or it is not a number.
    public var foundSequence: Int64?
    /// This build's version of the projection.
    public var expectedVersion: Int
    /// The log's last sequence.
    public var expectedSequence: Int64

    public init(
        projection: String, foundVersion: Int?, foundSequence: Int64?, expectedVersion: Int, expectedSequence: Int64
    ) {
        self.projection = projection
        self.foundVersion = foundVersion
        self.foundSequence = foundSequence
        self.expectedVersion = expectedVersion
        self.expectedSequence = expectedSequence
    }

    public var description: String {
        let found =
            switch (foundVersion, foundSequence) {
            case let (version?, sequence?): "version \(version) at event #\(sequence)"
            case (nil, nil): "no valid checkpoint"
            case let (version, sequence):
                "version \(version.map(String.init) ?? "?") at event #\(sequence.map(String.init) ?? "?")"
            }
        return
            """
            the checkpoint of \(projection) records \(found), expected version \(expectedVersion) at event \
            #\(expectedSequence)
            """
    }
}

/// How a read-model row is written in a report: `column=value` pairs in the table's column order, text in
/// single quotes, long values shortened. Both backends use it, so the same row reads the same everywhere.
public enum ReadModelRow {
    /// The row `values` of `columns`, as one line.
    public static func describe(columns: [String], values: [SQLValue]) -> String {
        zip(columns, values).map { column, value in "\(column)=\(literal(value))" }.joined(separator: ", ")
    }

    /// A row edited in place: its key, then each column whose value differs, as the log has it → as found.
    public static func change(columns: [String], keys: [String], expected: [SQLValue], found: [SQLValue]) -> String {
        let key = keys.compactMap { key in columns.firstIndex(of: key).map { "\(key)=\(literal(expected[$0]))" } }
            .joined(separator: ", ")
        let changed = columns.indices.filter { expected[$0] != found[$0] }.map { index in
            "\(columns[index]) \(literal(expected[index])) → \(literal(found[index]))"
        }
        return "\(key): \(changed.joined(separator: ", "))"
    }

    static func literal(_ value: SQLValue) -> String {
        switch value {
        case .null: return "NULL"
        case let .integer(int): return String(int)
        case let .real(double): return String(double)
        case let .text(text):
            let short = text.count > 60 ? String(text.prefix(57)) + "…" : text
            return "'\(short.replacingOccurrences(of: "'", with: "''"))'"
        }
    }
}

/// The read models differ from the log: a report made from them would not say what the log says.
public struct ReadModelMismatch: Error, LocalizedError, Sendable, Hashable {
    /// The store's location.
    public var location: String
    /// What was found.
    public var report: ReadModelReport

    public init(location: String, report: ReadModelReport) {
        self.location = location
        self.report = report
    }

    public var errorDescription: String? {
        var findings = report.differences.map(\.description) + report.checkpoints.map(\.description)
        if findings.count > 3 { findings = Array(findings.prefix(3)) + ["and \(findings.count - 3) more"] }
        return
            """
            The read models of \(location) do not match the event log at event #\(report.sequence): \
            \(findings.joined(separator: "; ")). The report was not made. Run 'sujarit rebuild' to recompute them \
            from the log, then 'sujarit verify' to check.
            """
    }
}
