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

    /// The selection's tail: WHERE, ORDER BY and LIMIT, with the arguments they take.
    private var tail: (sql: String, arguments: [SQLValue]) {
        var sql = "WHERE \(conditions.joined(separator: " AND "))"
        if let order { sql += " ORDER BY \(order)" }
        guard let limit else { return (sql, arguments) }
        return (sql + " LIMIT ?", arguments + [.integer(Int64(limit))])
    }

    /// The projects with their departments' names (columns by position: see ``ProjectColumn``).
    var projects: SQLStatement {
        let (sql, arguments) = tail
        return SQLStatement(
            "SELECT \(ProcurementReadModel.projectColumns) FROM \(ProcurementReadModel.projectsWithNames) \(sql)",
            arguments)
    }

    /// The statements of one read: the projects, then their announcements, contracts and bidders, each keyed by
    /// the project id and in the order a project lists them. The announcements' events (`sequence`, `position`)
    /// are read only with `titles`, for ``ProcurementReadModel/assemble(_:in:titles:)``: a walk does not need them.
    func statements(titles: Bool) -> [SQLStatement] {
        let (sql, arguments) = tail
        let selected = "project_id IN (SELECT p.project_id FROM procurement_projects p \(sql))"
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

/// One page of a walk: its projects, and where the next page starts.
struct ProjectPage: Sendable {
    /// Where a walk stands: the last project read and its department.
    struct Key: Sendable {
        var departmentID: String
        var projectID: String
    }

    var projects: [ProcurementProject]
    /// The last row's key when the page was full (there may be more); nil when the walk is done.
    var next: Key?
}

extension ProcurementReadModel {
    /// Walks the projects page by page, `select` giving each page's selection from where the last ended (nil for
    /// the first), and reads the next page while `body` works on this one: the database's reader and the
    /// caller's work run on two cores, and memory holds two pages.
    static func walk(
        in store: any EventStore, pageSize: Int, _ select: @escaping @Sendable (ProjectPage.Key?) -> ProjectSelection,
        _ body: (ProcurementProject) throws -> Void
    ) async throws {
        try await walkPages(in: store, pageSize: pageSize, select) { page in try moveOut(consume page, body) }
    }

    /// Hands `page`'s projects to `body` in order, moved out of the array (reversed in place, then popped) rather
    /// than iterated: iterating copies each project, retaining and later releasing every one of its fields.
    static func moveOut(
        _ page: consuming [ProcurementProject], _ body: (ProcurementProject) throws -> Void
    ) rethrows {
        page.withUnsafeMutableBufferPointer { $0.reverse() }
        while let project = page.popLast() { try body(project) }
    }

    /// ``walk(in:pageSize:_:_:)`` a page at a time: `body` owns each page's projects (a caller that hands them
    /// to another thread moves the array, copying no project).
    static func walkPages(
        in store: any EventStore, pageSize: Int, _ select: @escaping @Sendable (ProjectPage.Key?) -> ProjectSelection,
        _ body: (consuming [ProcurementProject]) throws -> Void
    ) async throws {
        precondition(pageSize > 0, "pageSize must be positive")
        var reading: Task<PageBox, any Error>? = Task { PageBox(try await page(select(nil), pageSize, in: store)) }
        // A caller that stops early (its body threw) leaves no page being read behind it.
        defer { reading?.cancel() }
        while let current = reading {
            let box = try await current.value
            reading = box.next.map { key in Task { PageBox(try await Self.page(select(key), pageSize, in: store)) } }
            try body(box.take())
        }
    }

    /// A page read by a task, whose projects the walk takes out: a task keeps its result until it is freed, so a
    /// page returned as a value would be shared, and a caller changing it would copy every project.
    private final class PageBox: @unchecked Sendable {
        let next: ProjectPage.Key?
        private var projects: [ProcurementProject]

        init(_ page: ProjectPage) {
            next = page.next
            projects = page.projects
        }

        /// The projects, left to the caller alone (called once, by the walk, after the task is done).
        func take() -> [ProcurementProject] {
            let taken = projects
            projects = []
            return taken
        }
    }

    /// Reads and assembles one page of a walk.
    private static func page(
        _ selection: ProjectSelection, _ pageSize: Int, in store: any EventStore
    ) async throws -> ProjectPage {
        let results = try await store.query(together: selection.statements(titles: false))
        let rows = results[0]
        var next: ProjectPage.Key?
        if rows.count == pageSize, let last = rows.last, let id = last.string(at: ProjectColumn.projectID) {
            next = ProjectPage.Key(departmentID: last.string(at: ProjectColumn.departmentID) ?? "", projectID: id)
        }
        return ProjectPage(projects: try await assemble(results, in: store), next: next)
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
            let agreedPerContract = own.compactMap(\.agreed)
            // Checked: a store written by an older version (or edited directly) may hold amounts whose
            // total does not fit; the command then says so instead of crashing.
            let agreed =
                !own.isEmpty && agreedPerContract.count == own.count
                ? try agreedPerContract.total(of: "the agreed prices of the contracts of project \(text)")
                : row.int64(at: ProjectColumn.agreedPrice).map(Money.init(satang:))
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
