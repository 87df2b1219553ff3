import EventStore
import Foundation
import Sujarit

/// Typed queries over the `procurement` read model (``ProcurementProjection``): projects as
/// ``ProcurementProject`` values with their timelines and contracts, and the record of imported files.
///
/// Each query reads a ``ProcurementScope``: a store and the departments seen in it (an agency's on a shared
/// server). The forms that take a store read the whole store, as a SQLite file's own imports are read.
///
/// ```swift
/// let projects = try await ProcurementReadModel.projects(in: store, fiscalYear: FiscalYear(be: 2568))
/// try await ProcurementReadModel.forEachProject(in: scope, departmentID: "6960501") { project in … }
/// ```
public enum ProcurementReadModel {
    /// Every project matching the filters, ordered by project id. For national-scale data use
    /// ``forEachProject(in:fiscalYear:departmentID:pageSize:_:)``, which holds one page at a time.
    public static func projects(
        in store: any EventStore, fiscalYear: FiscalYear? = nil, departmentID: String? = nil
    ) async throws -> [ProcurementProject] {
        try await projects(in: .whole(store), fiscalYear: fiscalYear, departmentID: departmentID)
    }

    /// Every project of the scope matching the filters, ordered by project id.
    public static func projects(
        in scope: ProcurementScope, fiscalYear: FiscalYear? = nil, departmentID: String? = nil
    ) async throws -> [ProcurementProject] {
        var all: [ProcurementProject] = []
        try await forEachProject(in: scope, fiscalYear: fiscalYear, departmentID: departmentID) { all.append($0) }
        return all
    }

    /// Calls `body` with each project matching the filters, ordered by project id, reading `pageSize`
    /// projects (with their announcements and contracts) at a time, so memory stays flat however many
    /// there are.
    ///
    /// Each page is read in its own read transaction: projects imported while the walk is under way may or
    /// may not be seen, but each project is seen whole.
    public static func forEachProject(
        in store: any EventStore, fiscalYear: FiscalYear? = nil, departmentID: String? = nil, pageSize: Int = 500,
        _ body: (ProcurementProject) throws -> Void
    ) async throws {
        try await forEachProject(
            in: .whole(store), fiscalYear: fiscalYear, departmentID: departmentID, pageSize: pageSize, body)
    }

    /// Calls `body` with each project of the scope matching the filters, a page at a time (see the form that
    /// takes a store).
    public static func forEachProject(
        in scope: ProcurementScope, fiscalYear: FiscalYear? = nil, departmentID: String? = nil, pageSize: Int = 500,
        _ body: (ProcurementProject) throws -> Void
    ) async throws {
        precondition(pageSize > 0, "pageSize must be positive")
        var after = ""
        while true {
            let page = pageQuery(
                after: after, fiscalYear: fiscalYear, departmentID: departmentID, scope: scope, pageSize: pageSize)
            let rows = try await scope.store.query(page.sql, page.arguments)
            for project in try await assemble(rows, in: scope.store) { try body(project) }
            guard rows.count == pageSize, let last = rows.last?.string("project_id") else { return }
            after = last
        }
    }

    /// The query of one page of ``forEachProject(in:fiscalYear:departmentID:pageSize:_:)``: the projects after
    /// `after` in key order. The indexes that end in the project id let both backends read a page straight off
    /// the index, so a page costs the same at the start and at the end of a large department
    /// (`ProcurementPagingPlanTests` checks SQLite's plan).
    static func pageQuery(
        after: String, fiscalYear: FiscalYear?, departmentID: String?, scope: ProcurementScope? = nil, pageSize: Int
    ) -> (sql: String, arguments: [any SQLValueConvertible]) {
        var conditions = ["p.project_id > ?"]
        var arguments: [any SQLValueConvertible] = [after]
        if let fiscalYear {
            conditions.append("p.fiscal_year = ?")
            arguments.append(fiscalYear.be)
        }
        if let departmentID {
            conditions.append("p.department_id = ?")
            arguments.append(departmentID)
        }
        if let scoped = scope?.condition(on: "p.department_id") {
            conditions.append(scoped.sql)
            arguments += scoped.arguments
        }
        let sql =
            "SELECT \(projectColumns) FROM \(projectsWithNames) WHERE \(conditions.joined(separator: " AND ")) "
            + "ORDER BY p.project_id LIMIT ?"
        return (sql, arguments + [pageSize])
    }

    /// One project, or nil when the store knows nothing about it, with its announcements' titles (read
    /// from the events that recorded them).
    public static func project(_ id: EGPProjectID, in store: any EventStore) async throws -> ProcurementProject? {
        try await project(id, in: .whole(store))
    }

    /// One project of the scope, or nil when the scope does not see it (another agency's project is not there).
    public static func project(_ id: EGPProjectID, in scope: ProcurementScope) async throws -> ProcurementProject? {
        var sql = "SELECT \(projectColumns) FROM \(projectsWithNames) WHERE p.project_id = ?"
        var arguments: [any SQLValueConvertible] = [id.rawValue]
        if let scoped = scope.condition(on: "p.department_id") {
            sql += " AND " + scoped.sql
            arguments += scoped.arguments
        }
        let rows = try await scope.store.query(sql, arguments)
        return try await assemble(rows, in: scope.store, titles: true).first
    }

    /// The e-GP department ids that have projects, in order: for walking the read model one department at
    /// a time (``forEachProject(in:fiscalYear:departmentID:pageSize:_:)`` with each).
    public static func departments(in store: any EventStore) async throws -> [String] {
        try await departments(in: .whole(store))
    }

    /// The e-GP department ids of the scope that have projects, in order.
    public static func departments(in scope: ProcurementScope) async throws -> [String] {
        var sql = "SELECT DISTINCT department_id FROM procurement_projects"
        var arguments: [any SQLValueConvertible] = []
        if let scoped = scope.condition(on: "department_id") {
            sql += " WHERE " + scoped.sql
            arguments = scoped.arguments
        }
        return try await scope.store.query(sql + " ORDER BY department_id", arguments)
            .compactMap { $0.string("department_id") }
    }

    /// How many projects match the filters, without reading them.
    public static func count(
        in store: any EventStore, fiscalYear: FiscalYear? = nil, departmentID: String? = nil
    ) async throws -> Int {
        try await count(in: .whole(store), fiscalYear: fiscalYear, departmentID: departmentID)
    }

    /// How many projects of the scope match the filters.
    public static func count(
        in scope: ProcurementScope, fiscalYear: FiscalYear? = nil, departmentID: String? = nil
    ) async throws -> Int {
        var conditions = ["1 = 1"]
        var arguments: [any SQLValueConvertible] = []
        if let fiscalYear {
            conditions.append("p.fiscal_year = ?")
            arguments.append(fiscalYear.be)
        }
        if let departmentID {
            conditions.append("p.department_id = ?")
            arguments.append(departmentID)
        }
        if let scoped = scope.condition(on: "p.department_id") {
            conditions.append(scoped.sql)
            arguments += scoped.arguments
        }
        let rows = try await scope.store.query(
            "SELECT COUNT(*) AS n FROM procurement_projects p WHERE \(conditions.joined(separator: " AND "))", arguments
        )
        return rows.first?.int("n") ?? 0
    }

    /// The imported files, oldest first.
    public static func imports(in store: any EventStore) async throws -> [ImportRecord] {
        try await imports(in: .whole(store))
    }

    /// The files imported for the scope's departments, and those imported for no one department (a national
    /// contract file, whose rows carry their own buyers), oldest first.
    public static func imports(in scope: ProcurementScope) async throws -> [ImportRecord] {
        var sql =
            "SELECT sequence, kind, file, sha256, department_id, recorded_at, actor, record FROM procurement_imports"
        var arguments: [any SQLValueConvertible] = []
        if let scoped = scope.condition(on: "department_id") {
            sql += " WHERE department_id IS NULL OR " + scoped.sql
            arguments = scoped.arguments
        }
        return try await scope.store.query(sql + " ORDER BY sequence", arguments).map { row in
            ImportRecord(
                sequence: row.int64("sequence") ?? 0,
                kind: row.string("kind") == "feed" ? .feed : .contracts,
                file: row.string("file") ?? "", sha256: row.string("sha256") ?? "",
                departmentID: row.string("department_id"),
                recordedAt: Microseconds.date(row.int64("recorded_at") ?? 0), actor: row.string("actor") ?? "",
                payload: row.string("record") ?? "{}")
        }
    }

    // MARK: Assembling

    static let projectColumns = """
        p.project_id, p.department_id, COALESCE(p.department_name, d.name) AS department_name, p.fiscal_year, \
        p.feed_title, p.contract_title, p.feed_method, p.contract_method, p.budget_satang, p.reference_price_satang, \
        p.agreed_price_satang
        """

    /// Projects (`p`) with the name their feed imports gave their department (`d`), for contract data's
    /// name where it has none.
    static let projectsWithNames =
        "procurement_projects p LEFT JOIN procurement_departments d ON d.department_id = p.department_id"

    /// Turns project rows into values, reading their announcements and contracts in two queries, and with
    /// `titles` each announcement's title from the event that recorded it.
    static func assemble(
        _ rows: [SQLRow], in store: any EventStore, titles: Bool = false
    ) async throws -> [ProcurementProject] {
        guard !rows.isEmpty else { return [] }
        let ids = rows.compactMap { $0.string("project_id") }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        var timelines: [String: [ProcurementProject.TimelineEntry]] = [:]
        var titleSource = TitleSource(store: store)
        for row in try await store.query(
            "SELECT project_id, type, published, sequence, position FROM procurement_announcements "
                + "WHERE project_id IN (\(placeholders)) ORDER BY project_id, published, sequence, position",
            ids)
        {
            guard let id = row.string("project_id"),
                let type = row.string("type").flatMap(AnnouncementType.init(rawValue:)),
                let published = row.string("published").flatMap({ try? CalendarDate.parse($0) })
            else { continue }
            var read: TitleSource.Read?
            if titles, let sequence = row.int64("sequence"), let position = row.int("position") {
                read = try await titleSource.title(sequence: sequence, position: position)
            }
            timelines[id, default: []].append(
                ProcurementProject.TimelineEntry(
                    type: type, published: published, title: read?.title, projectIDSource: read?.projectIDSource))
        }
        var contracts: [String: [(contract: ProcurementProject.Contract, agreed: Money?)]] = [:]
        for row in try await store.query(
            """
            SELECT project_id, contract_number, winner_name, winner_tax_id, signed, finishes, amount_satang, \
            agreed_satang 
            """
                + "FROM procurement_contracts WHERE project_id IN (\(placeholders)) ORDER BY project_id, signed, sequence",
            ids)
        {
            guard let id = row.string("project_id") else { continue }
            let contract = ProcurementProject.Contract(
                winnerName: row.string("winner_name") ?? "",
                winnerTaxID: row.string("winner_tax_id").flatMap { try? TaxID(validating: $0) },
                contractNumber: row.string("contract_number"),
                signed: row.string("signed").flatMap { try? CalendarDate.parse($0) },
                finishes: row.string("finishes").flatMap { try? CalendarDate.parse($0) },
                amount: row.int64("amount_satang").map(Money.init(satang:)))
            contracts[id, default: []].append((contract, row.int64("agreed_satang").map(Money.init(satang:))))
        }
        var bidders: [String: [String]] = [:]
        for row in try await store.query(
            """
            SELECT project_id, bidder_name FROM procurement_bidders WHERE project_id IN (\(placeholders)) ORDER \
            BY project_id, sequence, position
            """,
            ids)
        {
            guard let id = row.string("project_id"), let name = row.string("bidder_name") else { continue }
            bidders[id, default: []].append(name)
        }
        return try rows.compactMap { row in
            guard let text = row.string("project_id"), let id = EGPProjectID(text) else { return nil }
            let own = contracts[text] ?? []
            let agreedPerContract = own.compactMap(\.agreed)
            // Checked: a store written by an older version (or edited directly) may hold amounts whose
            // total does not fit; the command then says so instead of crashing.
            let agreed =
                !own.isEmpty && agreedPerContract.count == own.count
                ? try agreedPerContract.total(of: "the agreed prices of the contracts of project \(text)")
                : row.int64("agreed_price_satang").map(Money.init(satang:))
            return ProcurementProject(
                projectID: id,
                departmentID: row.string("department_id") ?? "",
                departmentName: row.string("department_name"),
                title: row.string("contract_title") ?? row.string("feed_title") ?? "",
                method: (row.string("contract_method") ?? row.string("feed_method")).flatMap(
                    ProcurementMethod.init(key:)),
                fiscalYear: FiscalYear(be: row.int("fiscal_year") ?? id.beYear),
                budget: row.int64("budget_satang").map(Money.init(satang:)),
                referencePrice: row.int64("reference_price_satang").map(Money.init(satang:)),
                agreedPrice: agreed,
                contracts: own.map(\.contract),
                timeline: timelines[text] ?? [],
                bidders: bidders[text])
        }
    }
}

/// Announcement titles read from the events that recorded them (the timeline keeps none), each event
/// read and decoded once, with where each announcement's project id was read.
struct TitleSource {
    /// One announcement's title and the source of its project id.
    struct Read {
        var title: String
        var projectIDSource: EGPAnnouncement.ProjectIDSource
    }

    let store: any EventStore
    private var titles: [Int64: [Read]] = [:]

    init(store: any EventStore) {
        self.store = store
    }

    /// The title of the announcement at `position` in the event `sequence`; nil when that event is not an
    /// announcement event.
    mutating func title(sequence: Int64, position: Int) async throws -> Read? {
        if titles[sequence] == nil {
            let event = try await store.read(afterSequence: sequence - 1, limit: 1, filter: .all).first
            switch event?.type {
            case AnnouncementsPublished.eventType?:
                titles[sequence] = try event!.decode(AnnouncementsPublished.self).announcements.map {
                    Read(title: $0.title, projectIDSource: $0.projectIDSource)
                }
            case AnnouncementPublished.eventType?:
                titles[sequence] = [
                    Read(title: try event!.decode(AnnouncementPublished.self).title, projectIDSource: .description)
                ]
            default:
                titles[sequence] = []
            }
        }
        let known = titles[sequence] ?? []
        return known.indices.contains(position) ? known[position] : nil
    }
}

/// One imported file, as the read model records it.
public struct ImportRecord: Sendable, Hashable {
    /// What kind of file it was.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An e-GP announcement feed.
        case feed
        /// Contract data (CSV or JSON).
        case contracts
    }

    /// The sequence of its ``FeedImported`` or ``ContractsImported`` event.
    public var sequence: Int64
    /// Feed or contract data.
    public var kind: Kind
    /// The file as named when imported.
    public var file: String
    /// SHA-256 of its bytes.
    public var sha256: String
    /// The department it was imported for, if one was given.
    public var departmentID: String?
    /// When it was recorded.
    public var recordedAt: Date
    /// Who imported it.
    public var actor: String
    /// The event's payload (JSON), with the counts.
    public var payload: String

    /// The feed record, for a feed.
    public var feed: FeedImported? {
        kind == .feed ? try? EventCoding.decode(FeedImported.self, from: Data(payload.utf8)) : nil
    }

    /// The contract-data record, for contract data.
    public var contracts: ContractsImported? {
        kind == .contracts ? try? EventCoding.decode(ContractsImported.self, from: Data(payload.utf8)) : nil
    }
}
