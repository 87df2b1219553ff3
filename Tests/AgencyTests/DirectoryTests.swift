import Agency
import EventStore
import Foundation
import Sujarit
import Testing
import TestSupport

@Suite("Agency directory")
struct DirectoryTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// The test's folder, removed when the test ends.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder("sujarit-agency") }

    func makeStore() throws -> any EventStore {
        return try SQLiteEventStore.create(
            at: folder.appendingPathComponent("s.db").path, projections: [DirectoryProjection()])
    }

    @Test("The example directory loads, with a committee of five and the privacy roles")
    func exampleLoads() throws {
        let file = try DirectoryFile.load(
            Self.root.appendingPathComponent("Registers/examples/takbai/agency.yaml").path)
        #expect(file.departments.count == 6)
        let committee = file.staff.filter { $0.has(.committeeMember) || $0.has(.committeeChair) }
        #expect(committee.count == 5)
        #expect(file.staff.contains { $0.has(.auditor) })
        #expect(file.staff.contains { $0.has(.legalOfficer) })
        #expect(file.staff.allSatisfy { $0.has(.staff) })
    }

    @Test("Loading records one event per change, and loading again adds nothing")
    func idempotentLoad() async throws {
        let store = try makeStore()
        let service = DirectoryService(store: store)
        let file = try DirectoryFile.load(
            Self.root.appendingPathComponent("Registers/examples/takbai/agency.yaml").path)
        let first = try await service.load(file, context: CommandContext(actor: "admin"))
        #expect(first.departments.count == 6)
        let events = try await store.lastSequence()
        #expect(events == Int64(file.departments.count + file.staff.count))
        let again = try await service.load(file, context: CommandContext(actor: "admin"))
        #expect(again.isEmpty)
        #expect(try await store.lastSequence() == events)

        var changed = file
        changed.staff[0].position = "ตำแหน่งใหม่"
        let third = try await service.load(changed, context: CommandContext(actor: "admin"))
        #expect(third.staff.map(\.id) == [changed.staff[0].id])
        let directory = try await AgencyDirectory.load(from: store)
        #expect(directory.member(changed.staff[0].id)?.position == "ตำแหน่งใหม่")
    }

    @Test(
        "Errors name the file, the line and the field",
        arguments: [
            ("staff:\n  - id: a\n    name: ก\n    position: ข\n    department: NOPE\n", 5, "unknown department 'NOPE'"),
            ("departments:\n  - code: A\n    name: ก\n  - code: A\n    name: ข\n", 4, "appears twice"),
            ("departments:\n  - code: A\n    nmae: ก\n", 3, "unknown field 'nmae'"),
            (
                """
                departments:\n  - code: A\n    name: ก\nstaff:\n  - id: a\n    name: ก\n    position: ข\n    \
                department: A\n    roles: [boss]\n
                """,
                9, "unknown role 'boss'"
            ),
            ("staff:\n  - id: a\n    name: ก\n    position: ข\n", 2, "'department' is missing"),
            ("departments: [\n", 2, "not valid YAML"),
            (
                """
                departments:\n  - code: A\n    name: ก\nstaff:\n  - id: a\n    name: ก\n    position: ข\n    \
                department: A\n    since: 31 เม.ย. 68\n
                """,
                9, "since"
            ),
        ])
    func errorsArePlaced(yaml: String, line: Int, message: String) throws {
        do {
            _ = try DirectoryFile.parse(try ConfigNode.parse(yaml, file: "agency.yaml"))
            Issue.record("expected an error containing \(message)")
        } catch let error as ConfigurationError {
            #expect(error.file == "agency.yaml")
            #expect(error.line == line, "\(error.localizedDescription)")
            #expect(error.localizedDescription.contains(message), "\(error.localizedDescription)")
        }
    }

    @Test("Service dates bound who counts as serving")
    func serving() throws {
        let member = StaffMember(
            id: "a", name: "ก", position: "ข", department: "A", roles: [.staff],
            since: try CalendarDate(year: 2020, month: 1, day: 1),
            until: try CalendarDate(year: 2024, month: 12, day: 31))
        #expect(member.isServing(on: try CalendarDate(year: 2022, month: 6, day: 1)))
        #expect(!member.isServing(on: try CalendarDate(year: 2019, month: 12, day: 31)))
        #expect(!member.isServing(on: try CalendarDate(year: 2025, month: 1, day: 1)))
    }
}
