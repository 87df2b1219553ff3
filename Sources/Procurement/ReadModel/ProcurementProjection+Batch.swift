import EventStore
import Sujarit

/// The procurement projection's batch form: a page of the log written with each touched row once.
///
/// A contract file records one ``ContractRecorded`` per row, and each upserts its project (`contract_records
/// + 1`, the latest title, budget, prices) and its contract. Run one by one on PostgreSQL, every update of a
/// project row leaves a version that the rebuild's later updates of it step over, and every statement is parsed
/// and planned on its own (~1,000 events/s, issue 17). Here the page's contract events are folded in memory,
/// per project and per contract, into the values the per-event statements would have left, and written as
/// multi-row upserts: one row per project and per contract.
///
/// The fold follows each column's rule in ``ProcurementProjection/statements(for:event:)`` exactly, reading
/// the values from the per-event statements' own arguments, so that both forms keep one meaning:
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
    public func statements(forBatch events: [RecordedEvent]) throws -> [SQLStatement] {
        var statements: [SQLStatement] = []
        var fold = ContractFold()
        for event in events {
            switch event.type {
            case ContractRecorded.eventType:
                let perEvent = try self.statements(for: event)
                if !fold.add(perEvent) {
                    // Statements of a shape the fold does not know: keep the order by running them as they are.
                    statements += fold.statements()
                    fold = ContractFold()
                    statements += perEvent
                }
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

/// Consecutive ``ContractRecorded`` events folded into one row per project and one per contract.
struct ContractFold {
    /// A project's row as the events so far would leave it, from their arguments.
    struct ProjectRow {
        /// The project's insert arguments (the first event's, with the folded values written in).
        var values: [SQLValue]
        var records: Int64
    }

    private var projects: [String: ProjectRow] = [:]
    private var projectOrder: [String] = []
    private var contracts: [ContractKey: [SQLValue]] = [:]
    private var contractOrder: [ContractKey] = []

    struct ContractKey: Hashable {
        var project: SQLValue
        var contract: SQLValue
    }

    /// The per-event statements' argument counts: the project upsert and the contract upsert.
    static let projectWidth = 11, contractWidth = 14

    /// Folds one event's per-event statements in; false, with nothing folded, when they are not the two
    /// upserts the fold knows.
    mutating func add(_ statements: [SQLStatement]) -> Bool {
        guard (1...2).contains(statements.count), statements[0].arguments.count == Self.projectWidth,
            statements[0].sql.hasSuffix("contract_records = procurement_projects.contract_records + 1"),
            case .text(let project) = statements[0].arguments[0]
        else { return false }
        if statements.count == 2 {
            guard statements[1].arguments.count == Self.contractWidth,
                statements[1].sql.hasPrefix("INSERT INTO procurement_contracts")
            else { return false }
        }
        let values = statements[0].arguments
        if var row = projects[project] {
            row.values[2] = Self.department(row.values[2], then: values[2])
            for index in [3, 5, 6, 7, 8, 9, 10] where values[index] != .null { row.values[index] = values[index] }
            // A new project's fiscal year: the last explicit year, else the first row's fallback.
            if row.values[5] != .null { row.values[4] = row.values[5] }
            row.records += 1
            projects[project] = row
        } else {
            projects[project] = ProjectRow(values: values, records: 1)
            projectOrder.append(project)
        }
        if statements.count == 2 {
            let row = statements[1].arguments
            let key = ContractKey(project: row[0], contract: row[1])
            if contracts.updateValue(row, forKey: key) == nil { contractOrder.append(key) }
        }
        return true
    }

    /// The department a project keeps: an e-GP id over a `name:` department over none, the first of the best.
    static func department(_ kept: SQLValue, then next: SQLValue) -> SQLValue {
        rank(next) > rank(kept) ? next : kept
    }

    private static func rank(_ department: SQLValue) -> Int {
        guard case .text(let text) = department, !text.isEmpty else { return 0 }
        return text.hasPrefix(ContractRecorded.buyerNamePrefix) ? 1 : 2
    }

    /// The multi-row upserts of the folded rows (empty when nothing was folded).
    func statements() -> [SQLStatement] {
        var statements: [SQLStatement] = []
        var next = 0
        for size in ProcurementProjection.chunkSizes(projectOrder.count) {
            var arguments: [SQLValue] = []
            arguments.reserveCapacity(size * (Self.projectWidth + 1))
            for project in projectOrder[next..<next + size] {
                let row = projects[project]!
                arguments += row.values
                arguments.append(.integer(row.records))
            }
            next += size
            var upsert = SQLStatement(Self.upsertProjects(size))
            upsert.arguments = arguments
            statements.append(upsert)
        }
        next = 0
        for size in ProcurementProjection.chunkSizes(contractOrder.count) {
            var arguments: [SQLValue] = []
            arguments.reserveCapacity(size * Self.contractWidth)
            for key in contractOrder[next..<next + size] { arguments += contracts[key]! }
            next += size
            var upsert = SQLStatement(Self.upsertContracts(size))
            upsert.arguments = arguments
            statements.append(upsert)
        }
        return statements
    }

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
        ON CONFLICT (project_id, contract_key) DO UPDATE SET
            contract_number = excluded.contract_number, winner_name = excluded.winner_name,
            winner_name_key = excluded.winner_name_key, winner_tax_id = excluded.winner_tax_id,
            tax_id_reading = excluded.tax_id_reading, signed = excluded.signed, finishes = excluded.finishes,
            amount_satang = excluded.amount_satang, agreed_satang = excluded.agreed_satang,
            status = excluded.status, source = excluded.source, sequence = excluded.sequence
        """
    }
}
