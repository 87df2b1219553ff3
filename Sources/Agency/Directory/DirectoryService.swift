import EventStore
import Foundation

/// Brings the store's directory in line with a directory file, recording each change as an event.
public struct DirectoryService: Sendable {
    let store: any EventStore

    public init(store: any EventStore) { self.store = store }

    /// What loading a file changes.
    public struct Changes: Sendable, Hashable {
        /// Departments new to the store or with changed names.
        public var departments: [Department]
        /// Staff new to the store or with any field changed.
        public var staff: [StaffMember]
        /// Entries identical to what the store has.
        public var unchanged: Int

        /// Whether loading would change nothing.
        public var isEmpty: Bool { departments.isEmpty && staff.isEmpty }
    }

    /// The changes loading `file` would make, without making them.
    public func changes(loading file: DirectoryFile) async throws -> Changes {
        let current = try await AgencyDirectory.load(from: store)
        let departments = file.departments.filter { current.department($0.code) != $0 }
        let staff = file.staff.filter { current.member($0.id) != $0 }
        let unchanged = file.departments.count + file.staff.count - departments.count - staff.count
        return Changes(departments: departments, staff: staff, unchanged: unchanged)
    }

    /// Records the changes loading `file` makes, in one atomic append; loading the same file again adds nothing.
    @discardableResult
    public func load(_ file: DirectoryFile, context: CommandContext) async throws -> Changes {
        let changes = try await changes(loading: file)
        guard !changes.isEmpty else { return changes }
        var appends: [StreamAppend] = []
        for department in changes.departments {
            let stream = try DepartmentDefined.stream(department.code)
            let version = try await store.streamVersion(stream)
            appends.append(
                StreamAppend(
                    stream: stream, expectedVersion: .exactly(version),
                    events: [
                        try ProposedEvent(
                            DepartmentDefined(department: department), occurredAt: context.now, actor: context.actor
                        )
                    ]))
        }
        for member in changes.staff {
            let stream = try StaffMemberDefined.stream(member.id)
            let version = try await store.streamVersion(stream)
            appends.append(
                StreamAppend(
                    stream: stream, expectedVersion: .exactly(version),
                    events: [
                        try ProposedEvent(
                            StaffMemberDefined(member: member), occurredAt: context.now, actor: context.actor)
                    ]))
        }
        _ = try await store.append(appends)
        return changes
    }
}
