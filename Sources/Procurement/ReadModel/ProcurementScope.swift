import Agency
import EventStore

/// Which procurement data a reader sees: the store that holds it, and the e-GP departments it may see there.
///
/// A SQLite file or a database holding one store keeps its agency's own imports: the scope is the whole store.
/// On a shared PostgreSQL server the e-GP and contract data are kept once, in the public-data store every agency
/// reads (``EventStore/publicDataStore()``), so an agency sees there the departments that are its business: its
/// own and those its profile follows (`agency profile set --follows`). Every read of the procurement read model
/// (lists, a project, the red flags' walk, the gift log's parties with business) goes through one scope, made
/// once where the store is opened.
///
/// ```swift
/// let scope = try await ProcurementScope.agency(of: store)
/// try await ProcurementReadModel.forEachProject(in: scope) { project in … }
/// ```
public struct ProcurementScope: Sendable {
    /// The store whose procurement read model and events are read.
    public let store: any EventStore
    /// The e-GP departments seen, in order; nil sees every department in ``store``.
    public let departments: [String]?

    /// A scope of `departments` (nil: all) in `store`.
    public init(store: any EventStore, departments: [String]?) {
        self.store = store
        self.departments = departments.map { Array(Set($0)).sorted() }
    }

    /// Everything `store` holds: the scope of a store that keeps its own procurement data.
    public static func whole(_ store: any EventStore) -> ProcurementScope {
        ProcurementScope(store: store, departments: nil)
    }

    /// What the agency whose store is `store` sees: on a shared server, the public-data store narrowed to the
    /// agency's own e-GP department and the ones it follows (nothing, when its profile names none); elsewhere,
    /// the store itself.
    public static func agency(of store: any EventStore) async throws -> ProcurementScope {
        guard let shared = try store.publicDataStore() else { return .whole(store) }
        let profile = try await AgencyProfile.load(from: store)
        let own = profile?.departmentID.map { [$0] } ?? []
        return ProcurementScope(store: shared, departments: own + (profile?.followedDepartments ?? []))
    }

    /// Where an import into `store` records what it reads, and whether that is the shared public-data store
    /// (so the command can say that every agency of the server sees it, and that a file another agency imported
    /// already adds nothing).
    public static func importTarget(for store: any EventStore) throws -> (store: any EventStore, shared: Bool) {
        if let shared = try store.publicDataStore() { return (shared, true) }
        return (store, false)
    }

    /// Whether the scope sees `department`'s procurement.
    public func includes(department: String) -> Bool {
        departments?.contains(department) ?? true
    }

    /// The SQL condition that keeps rows whose `column` (a department id) is in the scope, with its arguments;
    /// nil when the scope sees every department.
    func condition(on column: String) -> (sql: String, arguments: [any SQLValueConvertible])? {
        guard let departments else { return nil }
        guard !departments.isEmpty else { return ("1 = 0", []) }
        let placeholders = Array(repeating: "?", count: departments.count).joined(separator: ", ")
        return ("\(column) IN (\(placeholders))", departments)
    }
}
