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
            appends.append(
                try await defining(
                    DepartmentDefined(department: department), in: DepartmentDefined.stream(department.code),
                    context: context))
        }
        for member in changes.staff {
            appends.append(
                try await defining(
                    StaffMemberDefined(member: member), in: StaffMemberDefined.stream(member.id), context: context))
        }
        _ = try await store.append(appends)
        return changes
    }

    /// `event` appended to `stream` expecting the version it has now, so a concurrent load conflicts.
    private func defining(
        _ event: some DomainEvent, in stream: StreamID, context: CommandContext
    ) async throws -> StreamAppend {
        StreamAppend(
            stream: stream, expectedVersion: .exactly(try await store.streamVersion(stream)),
            events: [try ProposedEvent(event, occurredAt: context.now, actor: context.actor)])
    }
}
