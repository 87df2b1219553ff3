import Agency
import Declarations
import EventStore
import Foundation
import Sujarit
import Testing
import TestSupport

/// A fresh store with the example directory loaded, and a service whose "today" is fixed.
struct DeclarationsFixture {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// 15 October 2025 (2568 BE), 10:00 in Bangkok.
    static let today = try! CalendarDate(year: 2025, month: 10, day: 15)

    let store: any EventStore
    let service: DeclarationService
    /// The store file, for opening a second connection to it.
    let path: String
    /// The fixture's folder, removed when the fixture goes.
    let folder: TemporaryFolder

    init() async throws {
        folder = try TemporaryFolder("sujarit-coi")
        path = folder.appendingPathComponent("s.db").path
        store = try SQLiteEventStore.create(at: path, projections: [DirectoryProjection(), DeclarationsProjection()])
        let directory = try DirectoryFile.load(
            Self.root.appendingPathComponent("Registers/examples/takbai/agency.yaml").path)
        try await DirectoryService(store: store).load(directory, context: CommandContext(actor: "admin"))
        service = DeclarationService(store: store)
    }

    /// A command by `actor` at 10:00 in Bangkok on the fixture's today.
    static func context(_ actor: String) -> CommandContext {
        CommandContext(actor: actor, now: today.startOfDay.addingTimeInterval(10 * 3600))
    }

    static func date(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    static var project: EGPProjectID { try! EGPProjectID(projectNumber: "67119000333") }

    static let firm = PartyReference(name: "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", taxID: try! TaxID(validating: "0963550000121"))

    /// Runs `body`, which must throw `expected`, and checks that the log did not move.
    func expectRefusal(_ expected: DeclarationsError, _ body: () async throws -> Void) async throws -> Bool {
        let before = try await store.lastSequence()
        do {
            try await body()
            return false
        } catch let error as DeclarationsError {
            if error != expected { Issue.record("expected \(expected), got \(error)") }
            let after = try await store.lastSequence()
            if after != before { Issue.record("the log moved from \(before) to \(after)") }
            return error == expected && after == before
        }
    }
}
