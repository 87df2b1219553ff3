import EventStore
import Sujarit

/// The procurement projection's batch form: a page of the log written with each touched row once.
///
/// A contract file's rows (``ContractsRecorded``'s records, or one ``ContractRecorded`` each in older logs) each
/// upsert their project (`contract_records + 1`, the latest title, budget, prices) and contract. Run one by
/// one on PostgreSQL, every update of a project row leaves a version that the rebuild's later updates of it
/// step over, and every statement is parsed and planned on its own (~1,000 events/s, issue 17). Here the page's contract events are folded in memory,
/// per project and per contract, into the values the per-event statements would have left, and written as
/// multi-row upserts: one row per project and per contract.
///
/// The fold follows each column's rule in ``ProcurementProjection/statements(for:event:)`` exactly, reading
/// the same values as the per-event statements (``ProcurementProjection/ContractRows``), so that both forms keep
/// one meaning:
///
/// - `contract_records` adds the number of events; `department_name`, `contract_fiscal_year`, the title,
///   the method, the budget and the prices take the last value given (a missing one never erases);
/// - `department_id` takes the first e-GP id given, else the first `name:` department, else `''` (a
///   department known by name gives way to an id, never the other way round);
/// - `fiscal_year` on a new project is the last explicit year, else the first row's fallback;
/// - a contract's row is the last record of it.
///
/// Announcements also change the project row, in an order that matters, so a feed event ends the fold
/// before its own statements run. Events that touch other tables (bidders, imports) run as they come.
extension ProcurementProjection {
    /// The statements that apply `events`, consecutive events of the log, with the contract events between two
    /// feed events folded: each project and contract they touch written once (see the extension's comment).
    ///
    /// SQLite's replay, its appends and PostgreSQL all run this form: a page of 1,000 contract rows is about 30
    /// multi-row statements instead of 2,000 single-row ones, each of which cost a statement-cache look-up
    /// (hashing its SQL text), a bind-and-step round and the arrays of a ``SQLStatement``.
    public func statements(forBatch events: [RecordedEvent]) throws -> [SQLStatement] {
        var statements: [SQLStatement] = []
        var fold = ContractFold()
        for event in events {
            switch event.type {
            case ContractsRecorded.eventType:
                let recorded = try RecordedContracts.of(event)
                for rows in recorded.rows { fold.add(rows) }
                fold.record(recorded.keys)
            case ContractRecorded.eventType:
                let rows = try ContractRows.of(event)
                fold.add(rows)
                fold.recordKnown(rows.ledgerKey(payload: event.payload))
            case AnnouncementsPublished.eventType, AnnouncementPublished.eventType:
                statements += fold.statements()
                fold = ContractFold()
                statements += try self.statements(for: event)
            default:
                statements += try self.statements(for: event)
            }
        }
        return statements + fold.statements()
    }
}

/// Consecutive contract records (``ContractsRecorded``, ``ContractRecorded``) folded into one row per project and
/// one per contract, and their keys in the ledger written together.
struct ContractFold {
    /// A project's row as the events so far would leave it.
    struct ProjectRow {
        /// The project's insert arguments (the first event's, with the folded values written in).
        var values: [SQLValue]
        var records: Int64
    }

    private var projects: [String: ProjectRow] = [:]
    private var contracts: [ContractKey: [SQLValue]] = [:]
    /// The ledger keys of ``ContractsRecorded``'s records, and of the older per-row events (which may repeat
    /// nothing, but are kept as ``ProcurementProjection/statements(for:)`` keeps them).
    private var keys: [ProcurementLedger.Key] = []
    private var knownKeys: [ProcurementLedger.Key] = []

    struct ContractKey: Hashable, Comparable {
        var project: String
        var contract: String

        static func < (left: ContractKey, right: ContractKey) -> Bool {
            (left.project, left.contract) < (right.project, right.contract)
        }
    }

    /// The width of a project's values (``ProcurementProjection/ContractRows/project``).
    static let projectWidth = 11

    /// Folds one event's rows in.
    mutating func add(_ rows: ProcurementProjection.ContractRows) {
        let values = rows.project
        guard case .text(let project) = values[0] else { preconditionFailure("a project row starts with its id") }
        if let slot = projects.index(forKey: project) {
            // Changed where it lies: a copy taken out of the dictionary would copy its values (a retain each).
            Self.fold(values, into: &projects.values[slot])
        } else {
            projects[project] = ProjectRow(values: values, records: 1)
        }
        if let row = rows.contract, case .text(let contract) = row[1] {
            contracts[ContractKey(project: project, contract: contract)] = row
        }
    }

    /// Files the keys of a ``ContractsRecorded``'s records in the ledger, refusing one already there.
    mutating func record(_ keys: [ProcurementLedger.Key]) {
        self.keys += keys
    }

    /// Files the key of an older ``ContractRecorded`` in the ledger, keeping one already there.
    mutating func recordKnown(_ key: ProcurementLedger.Key) {
        knownKeys.append(key)
    }

    /// Folds a later event's project values into `row`, by each column's rule (see the extension's comment).
    private static func fold(_ values: [SQLValue], into row: inout ProjectRow) {
        row.values[2] = department(row.values[2], then: values[2])
        for index in [3, 5, 6, 7, 8, 9, 10] where values[index] != .null { row.values[index] = values[index] }
        // A new project's fiscal year: the last explicit year, else the first row's fallback.
        if row.values[5] != .null { row.values[4] = row.values[5] }
        row.records += 1
    }

    /// The department a project keeps: an e-GP id over a `name:` department over none, the first of the best.
    static func department(_ kept: SQLValue, then next: SQLValue) -> SQLValue {
        rank(next) > rank(kept) ? next : kept
    }

    private static func rank(_ department: SQLValue) -> Int {
        guard case .text(let text) = department, !text.isEmpty else { return 0 }
        return text.hasPrefix(ContractRecorded.buyerNamePrefix) ? 1 : 2
    }

    /// The multi-row upserts of the folded rows, in key order (empty when nothing was folded).
    ///
    /// Why in key order: the rows then land on neighbouring pages of each table's B-tree, and each statement's
    /// journal copies a page once rather than once per row (see ``ProcurementProjection`` on the timeline).
    func statements() -> [SQLStatement] {
        var statements: [SQLStatement] = []
        // The entries sorted, not the keys: no second look-up (a hash of each key) per row.
        let projectOrder = projects.sorted { $0.key < $1.key }
        var next = 0
        for size in ProcurementProjection.chunkSizes(projectOrder.count) {
            var arguments: [SQLValue] = []
            arguments.reserveCapacity(size * (Self.projectWidth + 1))
            for (_, row) in projectOrder[next..<next + size] {
                arguments += row.values
                arguments.append(.integer(row.records))
            }
            next += size
            var upsert = SQLStatement(Self.texts[size]!.projects)
            upsert.arguments = arguments
            statements.append(upsert)
        }
        let contractOrder = contracts.sorted { $0.key < $1.key }
        next = 0
        for size in ProcurementProjection.chunkSizes(contractOrder.count) {
            var arguments: [SQLValue] = []
            arguments.reserveCapacity(size * 14)
            for (_, row) in contractOrder[next..<next + size] { arguments += row }
            next += size
            var upsert = SQLStatement(Self.texts[size]!.contracts)
            upsert.arguments = arguments
            statements.append(upsert)
        }
        return statements + ProcurementLedger.statements(recording: keys, ignoringKnown: false)
            + ProcurementLedger.statements(recording: knownKeys, ignoringKnown: true)
    }

    /// The statement texts for each of ``ProcurementProjection/chunkSizes(_:)``'s sizes, built once.
    static let texts: [Int: (projects: String, contracts: String)] = Dictionary(
        uniqueKeysWithValues: [64, 16, 4, 1].map { ($0, (upsertProjects($0), upsertContracts($0))) })

    /// `count` projects' folded contract data: the per-event upsert's rules, with the number of events added.
    static func upsertProjects(_ count: Int) -> String {
        """
        INSERT INTO procurement_projects (project_id, kind, department_id, department_name, fiscal_year, \
        contract_fiscal_year, contract_title, contract_method, budget_satang, reference_price_satang, \
        agreed_price_satang, contract_records, announcement_count) VALUES \
        \(ProcurementProjection.placeholders(count, width: 12).replacingOccurrences(of: "?)", with: "?,0)"))
        ON CONFLICT (project_id) DO UPDATE SET \(ProcurementProjection.contractAssignments),
            contract_records = procurement_projects.contract_records + excluded.contract_records
        """
    }

    /// `count` contracts' last records, each replacing what the table held.
    static func upsertContracts(_ count: Int) -> String {
        """
        INSERT INTO procurement_contracts (project_id, contract_key, contract_number, winner_name, winner_name_key, \
        winner_tax_id, tax_id_reading, signed, finishes, amount_satang, agreed_satang, status, source, sequence) \
        VALUES \(ProcurementProjection.placeholders(count, width: 14))
        ON CONFLICT (project_id, contract_key) DO UPDATE SET \(ProcurementProjection.contractReplacements)
        """
    }
}
