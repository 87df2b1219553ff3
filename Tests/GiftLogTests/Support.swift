import Agency
import EventStore
import Foundation
import GiftLog
import Sujarit
import Testing
import TestSupport

/// A fresh store with the example directory loaded, and a service whose "today" is fixed.
struct GiftFixture {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    /// 15 October 2025 (2568 BE), after FY2568 ended.
    static let today = try! CalendarDate(year: 2025, month: 10, day: 15)

    let store: any EventStore
    let service: GiftLogService
    /// The fixed instant commands run at: 10:00 in Bangkok on the fixture's today.
    let now: Date
    /// The fixture's folder, removed when the fixture goes.
    let folder: TemporaryFolder

    init(today: CalendarDate = GiftFixture.today) async throws {
        folder = try TemporaryFolder("sujarit-gift")
        store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("s.db").path, projections: [DirectoryProjection(), GiftLogProjection()]
        )
        let directory = try DirectoryFile.load(
            Self.root.appendingPathComponent("Registers/examples/takbai/agency.yaml").path)
        try await DirectoryService(store: store).load(directory, context: CommandContext(actor: "admin"))
        now = today.startOfDay.addingTimeInterval(10 * 3600)
        service = GiftLogService(store: store)
    }

    /// A command by `actor` at the fixture's fixed instant.
    func context(_ actor: String) -> CommandContext { CommandContext(actor: actor, now: now) }

    static func date(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    static let supplier = PartyReference(name: "บริษัท ตากใบวัสดุภัณฑ์ จำกัด", taxID: try! TaxID(validating: "0965560001238"))

    /// A gift received by `person` from `giver`; `deals` marks the giver as having business before the agency.
    static func received(
        _ value: Int64, on day: String, person: String = "kittipong", from giver: PartyReference = supplier,
        occasion: String = "ปีใหม่ 2568", relative: String? = nil, general: Bool = false, deals: Bool = false
    ) -> GiftDraft {
        GiftDraft(
            direction: .received, person: person, counterparty: giver, relative: relative, dealsWithAgency: deals,
            occasion: occasion, date: date(day), description: "ของขวัญ", value: .baht(value),
            givenToPeopleGenerally: general
        )
    }

    /// Runs `body`, which must throw `expected`, and checks that the log did not move.
    @discardableResult
    func expectRefusal(
        _ expected: GiftLogError, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
    ) async throws -> Bool {
        let before = try await store.lastSequence()
        do {
            try await body()
            Issue.record("expected \(expected), but the command succeeded", sourceLocation: sourceLocation)
            return false
        } catch let error as GiftLogError {
            if error != expected { Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation) }
            let after = try await store.lastSequence()
            if after != before {
                Issue.record("the log moved from \(before) to \(after)", sourceLocation: sourceLocation)
            }
            return error == expected && after == before
        }
    }

    /// The assessment of `id` as of `asOf`.
    func assessment(_ id: String, asOf: CalendarDate = GiftFixture.today) async throws -> GiftAssessment {
        let all = try await service.assessedEntries(asOf: asOf)
        return try #require(all.first { $0.entry.id.description == id }?.assessment)
    }
}
