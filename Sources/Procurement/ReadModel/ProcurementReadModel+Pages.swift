import EventStore
import Foundation
import Sujarit

/// Which projects one read of the read model takes: conditions on `procurement_projects p`, their order and how
/// many. Each read asks for the projects and, through the same conditions as a subquery, their announcements,
/// contracts and bidders, in one ``EventStore/query(together:)``: one trip to the database and one snapshot.
struct ProjectSelection: Sendable {
    /// SQL conditions on `p`, joined with AND.
    var conditions: [String]
    /// Their arguments, in placeholder order.
    var arguments: [SQLValue]
    /// The ORDER BY of the projects (`p.project_id`, or `p.department_id, p.project_id` for a walk by
    /// department); nil for a read of one project.
    var order: String?
    /// How many projects at most; nil for all that match.
    var limit: Int?

    /// The selection's tail: WHERE (when there are conditions), ORDER BY and LIMIT, with the arguments they take.
    private var tail: (sql: String, arguments: [SQLValue]) {
        var sql = conditions.isEmpty ? "" : "WHERE \(conditions.joined(separator: " AND "))"
        if let order { sql += " ORDER BY \(order)" }
        guard let limit else { return (sql, arguments) }
        return (sql + " LIMIT ?", arguments + [.integer(Int64(limit))])
    }

    /// `columns` of the selected projects, from `source` (`procurement_projects p`, or joined with more).
    func rows(_ columns: String, from source: String = "procurement_projects p") -> SQLStatement {
        let (sql, arguments) = tail
        return SQLStatement("SELECT \(columns) FROM \(source) \(sql)", arguments)
    }

    /// How many projects the selection holds, as `n` (for a selection of filters alone: no order, no limit).
    var count: SQLStatement { rows("COUNT(*) AS n") }

    /// The projects with their departments' names (columns by position: see ``ProjectColumn``).
    var projects: SQLStatement {
        rows(ProcurementReadModel.projectColumns, from: ProcurementReadModel.projectsWithNames)
    }

    /// The condition on a child table's `project_id` that keeps the selected projects' rows, with its arguments.
    var selected: (sql: String, arguments: [SQLValue]) {
        let (sql, arguments) = tail
        return ("project_id IN (SELECT p.project_id FROM procurement_projects p \(sql))", arguments)
    }

    /// The statements of one read: the projects, then their announcements, contracts and bidders, each keyed by
    /// the project id and in the order a project lists them. The announcements' events (`sequence`, `position`)
    /// are read only with `titles`, for ``ProcurementReadModel/assemble(_:in:titles:)``: a walk does not need them.
    func statements(titles: Bool) -> [SQLStatement] {
        let (selected, arguments) = self.selected
        return [
            projects,
            SQLStatement(
                "SELECT project_id, type, published\(titles ? ", sequence, position" : "") "
                    + "FROM procurement_announcements "
                    + "WHERE \(selected) ORDER BY project_id, published, sequence, position", arguments),
            SQLStatement(
                "SELECT project_id, contract_number, winner_name, winner_tax_id, signed, finishes, amount_satang, "
                    + "agreed_satang FROM procurement_contracts WHERE \(selected) "
                    + "ORDER BY project_id, signed, sequence", arguments),
            SQLStatement(
                "SELECT project_id, bidder_name FROM procurement_bidders WHERE \(selected) "
                    + "ORDER BY project_id, sequence, position", arguments),
        ]
    }
}

/// The place of each column of ``ProcurementReadModel/projectColumns``: pages are read by position, not by
/// looking each name up in each row.
enum ProjectColumn {
    static let projectID = 0
    static let departmentID = 1
    static let departmentName = 2
    static let fiscalYear = 3
    static let feedTitle = 4
    static let contractTitle = 5
    static let feedMethod = 6
    static let contractMethod = 7
    static let budget = 8
    static let referencePrice = 9
    static let agreedPrice = 10
}

/// Where a walk stands: the last project read and its department.
struct ProjectPageKey: Sendable {
    var departmentID: String
    var projectID: String
}

/// What a walk reads of each page: the statements of its selection, the first of them the project rows with the
/// project and department ids as their first two columns (``ProjectColumn``: where the next page starts), and
/// the values their results make, in the order of the project rows. Whole projects (``projects``) or only the
/// columns a caller needs (``ProcurementReadModel/forEachPricedProject(in:fiscalYear:departmentID:method:pageSize:_:)``)
/// are paged the same way.
struct PageReader<Row: Sendable>: Sendable {
    var statements: @Sendable (ProjectSelection) -> [SQLStatement]
    var rows: @Sendable ([[SQLRow]], any EventStore) async throws -> [Row]
}

extension PageReader<ProcurementProject> {
    /// Whole projects: announcements (without their titles), contracts and bidders.
    static var projects: Self {
        Self(
            statements: { $0.statements(titles: false) }, rows: { try await ProcurementReadModel.assemble($0, in: $1) })
    }
}

extension ProcurementReadModel {
    /// Walks the projects page by page, `select` giving each page's selection from where the last ended (nil for
    /// the first), and reads the next page while `body` works on this one: the database's reader and the
    /// caller's work run on two cores, and memory holds two pages. With `limit`, the walk stops after that many.
    static func walk<Row: Sendable>(
        in store: any EventStore, pageSize: Int, limit: Int? = nil,
        _ select: @escaping @Sendable (ProjectPageKey?) -> ProjectSelection, reading reader: PageReader<Row>,
        _ body: (Row) throws -> Void
    ) async throws {
        try await walkPages(in: store, pageSize: pageSize, limit: limit, select, reading: reader) { page in
            try moveOut(consume page, body)
        }
    }

    /// Hands `page`'s rows to `body` in order, moved out of the array (reversed in place, then popped) rather
    /// than iterated: iterating copies each project, retaining and later releasing every one of its fields.
    static func moveOut<Row>(_ page: consuming [Row], _ body: (Row) throws -> Void) rethrows {
        page.withUnsafeMutableBufferPointer { $0.reverse() }
        while let row = page.popLast() { try body(row) }
    }

    /// ``walk(in:pageSize:limit:_:reading:_:)`` a page at a time: `body` owns each page's rows (a caller that hands
    /// them to another thread moves the array, copying no project).
    ///
    /// With `limit`, the last page is cut to it and no page is read after it: `select`'s pages should then hold at
    /// most `limit` rows, so that a caller showing the first few reads no more than it shows.
    static func walkPages<Row: Sendable>(
        in store: any EventStore, pageSize: Int, limit: Int? = nil,
        _ select: @escaping @Sendable (ProjectPageKey?) -> ProjectSelection, reading reader: PageReader<Row>,
        _ body: (consuming [Row]) throws -> Void
    ) async throws {
        precondition(pageSize > 0, "pageSize must be positive")
        var left = limit ?? .max
        guard left > 0 else { return }
        var reading: Task<PageBox<Row>, any Error>? = Task {
            try await page(select(nil), pageSize, reader, in: store)
        }
        // A caller that stops early (its body threw) leaves no page being read behind it.
        defer { reading?.cancel() }
        while let current = reading {
            let box = try await current.value
            var rows = box.take()
            left -= rows.count
            if left <= 0 {
                rows.removeLast(-left)
                reading = nil
            } else {
                reading = box.next.map { key in Task { try await Self.page(select(key), pageSize, reader, in: store) } }
            }
            try body(consume rows)
        }
    }

    /// A page read by a task, whose rows the walk takes out: a task keeps its result until it is freed, so a
    /// page returned as a value would be shared, and a caller changing it would copy every project.
    private final class PageBox<Row>: @unchecked Sendable {
        /// The last row's key when the page was full (there may be more); nil when the walk is done.
        let next: ProjectPageKey?
        private var rows: [Row]

        init(rows: [Row], next: ProjectPageKey?) {
            self.next = next
            self.rows = rows
        }

        /// The rows, left to the caller alone (called once, by the walk, after the task is done).
        func take() -> [Row] {
            let taken = rows
            rows = []
            return taken
        }
    }

    /// Reads one page of a walk and makes its rows.
    private static func page<Row>(
        _ selection: ProjectSelection, _ pageSize: Int, _ reader: PageReader<Row>, in store: any EventStore
    ) async throws -> PageBox<Row> {
        let results = try await store.query(together: reader.statements(selection))
        let rows = results[0]
        var next: ProjectPageKey?
        if rows.count == pageSize, let last = rows.last, let id = last.string(at: ProjectColumn.projectID) {
            next = ProjectPageKey(departmentID: last.string(at: ProjectColumn.departmentID) ?? "", projectID: id)
        }
        return PageBox(rows: try await reader.rows(results, store), next: next)
    }

    /// A project's agreed price (``ProcurementProject/agreedPrice``) from its contracts' agreed prices, in the
    /// order the project lists them, and its own row's (`agreed_price_satang`): the contracts' total when each has
    /// one, else the row's (contract data's figure for the project; nil when no source gave one).
    static func agreedPrice(ofContracts agreed: [Money?], project: Int64?, id: String) throws -> Money? {
        let known = agreed.compactMap { $0 }
        guard !agreed.isEmpty, known.count == agreed.count else { return project.map(Money.init(satang:)) }
        // Checked: a store written by an older version (or edited directly) may hold amounts whose
        // total does not fit; the command then says so instead of crashing.
        return try known.total(of: "the agreed prices of the contracts of project \(id)")
    }

    /// Turns the rows of a ``ProjectSelection``'s statements into projects, in the order of the project rows,
    /// and with `titles` each announcement's title from the event that recorded it.
    ///
    /// Values the projection wrote are read in the form it wrote them: days through ``CalendarDate/parse(_:)``'s
    /// ISO fast path, tax ids through ``TaxID/init(validating:)``'s check of 13 digits. A row it did not write
    /// (a store edited by hand) reads as before, leaving out what does not parse, and `sujarit verify` names it.
    static func assemble(
        _ results: [[SQLRow]], in store: any EventStore, titles: Bool = false
    ) async throws -> [ProcurementProject] {
        let rows = results[0]
        guard !rows.isEmpty else { return [] }
        var place: [String: Int] = [:]
        place.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            if let id = row.string(at: ProjectColumn.projectID) { place[id] = index }
        }
        var timelines = Array(repeating: [ProcurementProject.TimelineEntry](), count: rows.count)
        var titleSource = TitleSource(store: store)
        for row in results[1] {
            guard let index = row.string(at: 0).flatMap({ place[$0] }),
                let type = row.string(at: 1).flatMap(AnnouncementType.init(rawValue:)),
                let published = row.string(at: 2).flatMap({ try? CalendarDate.parse($0) })
            else { continue }
            var read: TitleSource.Read?
            if titles, let sequence = row.int64(at: 3), let position = row.int64(at: 4) {
                read = try await titleSource.title(sequence: sequence, position: Int(position))
            }
            timelines[index].append(
                ProcurementProject.TimelineEntry(
                    type: type, published: published, title: read?.title, projectIDSource: read?.projectIDSource))
        }
        var contracts = Array(
            repeating: [(contract: ProcurementProject.Contract, agreed: Money?)](), count: rows.count)
        for row in results[2] {
            guard let index = row.string(at: 0).flatMap({ place[$0] }) else { continue }
            let contract = ProcurementProject.Contract(
                winnerName: row.string(at: 2) ?? "",
                winnerTaxID: row.string(at: 3).flatMap { try? TaxID(validating: $0) },
                contractNumber: row.string(at: 1),
                signed: row.string(at: 4).flatMap { try? CalendarDate.parse($0) },
                finishes: row.string(at: 5).flatMap { try? CalendarDate.parse($0) },
                amount: row.int64(at: 6).map(Money.init(satang:)))
            contracts[index].append((contract, row.int64(at: 7).map(Money.init(satang:))))
        }
        var bidders = Array(repeating: [String]?.none, count: rows.count)
        for row in results[3] {
            guard let index = row.string(at: 0).flatMap({ place[$0] }), let name = row.string(at: 1) else { continue }
            if bidders[index] == nil { bidders[index] = [name] } else { bidders[index]!.append(name) }
        }
        return try rows.enumerated().compactMap { index, row in
            guard let text = row.string(at: ProjectColumn.projectID), let id = EGPProjectID(text) else { return nil }
            let own = contracts[index]
            let agreed = try agreedPrice(
                ofContracts: own.map(\.agreed), project: row.int64(at: ProjectColumn.agreedPrice), id: text)
            return ProcurementProject(
                projectID: id,
                departmentID: row.string(at: ProjectColumn.departmentID) ?? "",
                departmentName: row.string(at: ProjectColumn.departmentName),
                title: row.string(at: ProjectColumn.contractTitle) ?? row.string(at: ProjectColumn.feedTitle) ?? "",
                method: (row.string(at: ProjectColumn.contractMethod) ?? row.string(at: ProjectColumn.feedMethod))
                    .flatMap(ProcurementMethod.init(key:)),
                fiscalYear: FiscalYear(be: row.int64(at: ProjectColumn.fiscalYear).map { Int($0) } ?? id.beYear),
                budget: row.int64(at: ProjectColumn.budget).map(Money.init(satang:)),
                referencePrice: row.int64(at: ProjectColumn.referencePrice).map(Money.init(satang:)),
                agreedPrice: agreed,
                contracts: own.map(\.contract),
                timeline: timelines[index],
                bidders: bidders[index])
        }
    }
}
