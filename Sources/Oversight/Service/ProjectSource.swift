import EventStore
import Procurement

/// Where `flags run` reads procurement projects from: the store's procurement read model, a file, a generator.
///
/// A source calls `body` once per project and gives each department's projects together (the engine runs a
/// department's rules when the next department starts, so memory holds one department at a time).
public protocol ProcurementProjectSource: Sendable {
    /// Calls `body` with every project, a department's projects together.
    func forEachProject(_ body: (ProcurementProject) throws -> Void) async throws

    /// Calls `body` with every project in the order of ``forEachProject(_:)``, a few hundred at a time, each
    /// array `body`'s own: `flags run` hands the arrays to the engine's thread as they are, copying no project.
    func forEachChunk(_ body: (consuming [ProcurementProject]) throws -> Void) async throws
}

extension ProcurementProjectSource {
    /// Projects per chunk of the default ``forEachChunk(_:)``: enough that a hand-over between threads is rare,
    /// few enough to keep memory flat.
    public static var chunkSize: Int { 256 }

    /// ``forEachProject(_:)``'s projects in chunks of ``chunkSize``.
    public func forEachChunk(_ body: (consuming [ProcurementProject]) throws -> Void) async throws {
        var chunk: [ProcurementProject] = []
        chunk.reserveCapacity(Self.chunkSize)
        try await forEachProject { project in
            chunk.append(project)
            if chunk.count == Self.chunkSize {
                let full = chunk
                chunk = []
                chunk.reserveCapacity(Self.chunkSize)
                try body(consume full)
            }
        }
        if !chunk.isEmpty { try body(chunk) }
    }
}

/// Projects already in memory, grouped by department before they are handed out.
public struct ProjectList: ProcurementProjectSource {
    /// The projects, grouped by department.
    public let projects: [ProcurementProject]

    /// Creates the value from its parts.
    public init(_ projects: [ProcurementProject]) {
        self.projects = projects.enumerated()
            .sorted { ($0.element.departmentID, $0.offset) < ($1.element.departmentID, $1.offset) }
            .map(\.element)
    }

    /// Calls `body` with every project, a department's projects together.
    public func forEachProject(_ body: (ProcurementProject) throws -> Void) async throws {
        for project in projects { try body(project) }
    }
}

/// The procurement read model of a ``ProcurementScope`` (an agency's departments in the shared public data, or a
/// store's own imports), in department order, read a page at a time (the read model's walk by department), so
/// memory holds a page or two whatever the store's size.
public struct StoreProjectSource: ProcurementProjectSource {
    /// The procurement data walked.
    public let scope: ProcurementScope

    /// Every project `store` holds itself (a SQLite file, a database holding one store).
    public init(store: any EventStore) { scope = .whole(store) }

    /// The projects `scope` sees: ``ProcurementScope/agency(of:)`` for an agency's `flags run`.
    public init(scope: ProcurementScope) { self.scope = scope }

    /// The projects the agency whose store is `store` sees (``ProcurementScope/agency(of:)``): its own imports,
    /// or on a shared server its departments in the public data. What `flags run` walks.
    public static func agency(of store: any EventStore) async throws -> StoreProjectSource {
        StoreProjectSource(scope: try await ProcurementScope.agency(of: store))
    }

    /// Calls `body` with every project, a department's projects together.
    public func forEachProject(_ body: (ProcurementProject) throws -> Void) async throws {
        // One walk of the read model in (department, project) order: each department's projects come together.
        try await ProcurementReadModel.forEachProjectByDepartment(in: scope, body)
    }

    /// The read model's pages as they are read, in the order of ``forEachProject(_:)``.
    public func forEachChunk(_ body: (consuming [ProcurementProject]) throws -> Void) async throws {
        try await ProcurementReadModel.forEachPageByDepartment(in: scope, body)
    }
}
