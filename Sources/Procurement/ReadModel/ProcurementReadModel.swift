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
    /// Each page is read in one read transaction, the next while `body` works on this one: projects imported
    /// while the walk is under way may or may not be seen, but each project is seen whole.
    public static func forEachProject(
        in store: any EventStore, fiscalYear: FiscalYear? = nil, departmentID: String? = nil, pageSize: Int = 500,
        _ body: (ProcurementProject) throws -> Void
    ) async throws {
        try await forEachProject(
            in: .whole(store), fiscalYear: fiscalYear, departmentID: departmentID, pageSize: pageSize, body)
    }

    /// Calls `body` with each project of the scope matching the filters, a page at a time (see the form that
    /// takes a store): with `method`, only the projects bought by it (``ProcurementProject/method``); with
    /// `limit`, only the first that many, and no page after theirs is read (`procurement list --limit` shows the
    /// first few of a national store).
    public static func forEachProject(
        in scope: ProcurementScope, fiscalYear: FiscalYear? = nil, departmentID: String? = nil,
        method: ProcurementMethod? = nil, limit: Int? = nil, pageSize: Int = 500,
        _ body: (ProcurementProject) throws -> Void
    ) async throws {
        let size = limit.map { min(pageSize, max($0, 1)) } ?? pageSize
        let select: @Sendable (ProjectPageKey?) -> ProjectSelection = { last in
            pageSelection(
                after: last?.projectID ?? "", fiscalYear: fiscalYear, departmentID: departmentID, method: method,
                scope: scope, pageSize: size)
        }
        try await walk(in: scope.store, pageSize: size, limit: limit, select, reading: .projects, body)
    }

    /// Calls `body` with every project of the scope, ordered by department and then project id, a page at a time
    /// (see ``forEachProject(in:fiscalYear:departmentID:pageSize:_:)``): a department's projects together,
    /// as `flags run`'s engine takes them. A scope that sees every department is one walk of the
    /// `(department_id, project_id)` index, not one walk per department: a national store's ~7,850 departments of a
    /// few dozen projects each were as many partial pages and as many trips to the database. A scope that lists its
    /// departments walks each of them.
    public static func forEachProjectByDepartment(
        in scope: ProcurementScope, pageSize: Int = 500, _ body: (ProcurementProject) throws -> Void
    ) async throws {
        try await forEachPageByDepartment(in: scope, pageSize: pageSize) { page in try moveOut(consume page, body) }
    }

    /// ``forEachProjectByDepartment(in:pageSize:_:)`` a page at a time, in the same order: `body` owns each page
    /// (up to `pageSize` projects, a department's projects possibly split over pages), so a caller that hands the
    /// projects to another thread (`flags run`'s engine) moves the array and copies no project.
    public static func forEachPageByDepartment(
        in scope: ProcurementScope, pageSize: Int = 500, _ body: (consuming [ProcurementProject]) throws -> Void
    ) async throws {
        if let departments = scope.departments {
            // An agency's few departments on a shared server: one index range each. A row comparison beside the
            // scope's IN list makes PostgreSQL sort the rest of the agency's projects for every page.
            for department in departments {
                let select: @Sendable (ProjectPageKey?) -> ProjectSelection = { last in
                    pageSelection(
                        after: last?.projectID ?? "", fiscalYear: nil, departmentID: department, scope: scope,
                        pageSize: pageSize)
                }
                try await walkPages(in: scope.store, pageSize: pageSize, select, reading: .projects, body)
            }
            return
        }
        let select: @Sendable (ProjectPageKey?) -> ProjectSelection = { last in
            departmentPageSelection(after: last, pageSize: pageSize)
        }
        try await walkPages(in: scope.store, pageSize: pageSize, select, reading: .projects, body)
    }

    /// The selection of one page of ``forEachProjectByDepartment(in:pageSize:_:)``: the projects after `after` in
    /// (department, project) order of a scope that sees every department, read straight off the
    /// `(department_id, project_id)` index on both backends.
    static func departmentPageSelection(after: ProjectPageKey?, pageSize: Int) -> ProjectSelection {
        ProjectSelection(
            conditions: ["(p.department_id, p.project_id) > (?, ?)"],
            arguments: [.text(after?.departmentID ?? ""), .text(after?.projectID ?? "")],
            order: "p.department_id, p.project_id", limit: pageSize)
    }

    /// The query of one page of ``forEachProject(in:fiscalYear:departmentID:method:limit:pageSize:_:)``: the
    /// projects after `after` in key order. The indexes that end in the project id let both backends read a page
    /// straight off the index, so a page costs the same at the start and at the end of a large department
    /// (`ProcurementPagingPlanTests` checks SQLite's plan).
    static func pageQuery(
        after: String, fiscalYear: FiscalYear?, departmentID: String?, method: ProcurementMethod? = nil,
        scope: ProcurementScope? = nil, pageSize: Int
    ) -> (sql: String, arguments: [any SQLValueConvertible]) {
        let page = pageSelection(
            after: after, fiscalYear: fiscalYear, departmentID: departmentID, method: method, scope: scope,
            pageSize: pageSize
        ).projects
        return (page.sql, page.arguments)
    }

    /// The selection of one page of ``forEachProject(in:fiscalYear:departmentID:method:limit:pageSize:_:)``: the
    /// filters' projects after `after`, in project-id order.
    static func pageSelection(
        after: String, fiscalYear: FiscalYear?, departmentID: String?, method: ProcurementMethod? = nil,
        scope: ProcurementScope?, pageSize: Int
    ) -> ProjectSelection {
        var selection = filterSelection(
            fiscalYear: fiscalYear, departmentID: departmentID, method: method, scope: scope)
        selection.conditions.insert("p.project_id > ?", at: 0)
        selection.arguments.insert(.text(after), at: 0)
        selection.order = "p.project_id"
        selection.limit = pageSize
        return selection
    }

    /// The projects matching the filters, in no order: what a walk pages through and a count counts, so that
    /// both keep one meaning of each filter.
    ///
    /// The method is ``ProcurementProject/method``'s, contract data's key else the feed's, compared as stored:
    /// a key names one method and a method has one key (``ProcurementMethod/init(key:)``), so the rows Swift
    /// would keep are exactly those whose key equals the method's. A condition beside the index range the other
    /// filters use, it spares assembling the projects of every other method.
    static func filterSelection(
        fiscalYear: FiscalYear?, departmentID: String?, method: ProcurementMethod?, scope: ProcurementScope?
    ) -> ProjectSelection {
        var selection = ProjectSelection(conditions: [], arguments: [], order: nil, limit: nil)
        if let fiscalYear {
            selection.conditions.append("p.fiscal_year = ?")
            selection.arguments.append(.integer(Int64(fiscalYear.be)))
        }
        if let departmentID {
            selection.conditions.append("p.department_id = ?")
            selection.arguments.append(.text(departmentID))
        }
        if let method {
            selection.conditions.append("COALESCE(p.contract_method, p.feed_method) = ?")
            selection.arguments.append(.text(method.key))
        }
        if let scoped = scope?.condition(on: "p.department_id") {
            selection.conditions.append(scoped.sql)
            selection.arguments += scoped.arguments.map(\.sqlValue)
        }
        return selection
    }

    /// One project, or nil when the store knows nothing about it, with its announcements' titles (read
    /// from the events that recorded them).
    public static func project(_ id: EGPProjectID, in store: any EventStore) async throws -> ProcurementProject? {
        try await project(id, in: .whole(store))
    }

    /// One project of the scope, or nil when the scope does not see it (another agency's project is not there).
    public static func project(_ id: EGPProjectID, in scope: ProcurementScope) async throws -> ProcurementProject? {
        var selection = ProjectSelection(
            conditions: ["p.project_id = ?"], arguments: [.text(id.rawValue)], order: nil, limit: nil)
        if let scoped = scope.condition(on: "p.department_id") {
            selection.conditions.append(scoped.sql)
            selection.arguments += scoped.arguments.map(\.sqlValue)
        }
        let results = try await scope.store.query(together: selection.statements(titles: true))
        return try await assemble(results, in: scope.store, titles: true).first
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

    /// How many projects of the scope match the filters (with `method`, those bought by it), without reading
    /// them: the same filters as ``forEachProject(in:fiscalYear:departmentID:method:limit:pageSize:_:)``.
    public static func count(
        in scope: ProcurementScope, fiscalYear: FiscalYear? = nil, departmentID: String? = nil,
        method: ProcurementMethod? = nil
    ) async throws -> Int {
        let count = filterSelection(
            fiscalYear: fiscalYear, departmentID: departmentID, method: method, scope: scope
        ).count
        return try await scope.store.query(count.sql, count.arguments).first?.int("n") ?? 0
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

    /// The columns of a project row, read by position (``ProjectColumn``): change both together.
    static let projectColumns = """
        p.project_id, p.department_id, COALESCE(p.department_name, d.name) AS department_name, p.fiscal_year, \
        p.feed_title, p.contract_title, p.feed_method, p.contract_method, p.budget_satang, p.reference_price_satang, \
        p.agreed_price_satang
        """

    /// Projects (`p`) with the name their feed imports gave their department (`d`), for contract data's
    /// name where it has none.
    static let projectsWithNames =
        "procurement_projects p LEFT JOIN procurement_departments d ON d.department_id = p.department_id"
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
