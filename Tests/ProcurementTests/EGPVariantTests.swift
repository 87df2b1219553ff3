import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// The e-GP feed variants of issue 22 (`Imports/egp-*.xml`, written by `Imports/make_egp_variants.py`): a
/// sub-unit's feed (deptsubId), legacy ShowHTMLFile links carrying the id the description lacks, an award
/// cancelled on its own day and awarded again, and a browser's UTF-8 copy with e-GP's declaration left in.
@Suite("e-GP feed variants")
struct EGPVariantTests {
    static let subUnit = try! EGPDepartmentID(parsing: "1509900857")
    static let files = [
        "egp-1509900857-2024-06-18-legacy.xml", "egp-1509900857-2025-01-21-award-cancelled.xml",
        "egp-1509900857-2025-03-19-utf8-resaved.xml",
    ]

    static func path(_ name: String) -> String {
        Corpus.root.appendingPathComponent("Imports/\(name)").path
    }

    @discardableResult
    static func importAll(into fixture: StoreFixture, _ names: [String] = files) async throws -> [FeedImportReport] {
        var reports: [FeedImportReport] = []
        for name in names {
            reports.append(
                try await FeedImporter(store: fixture.store).importFeed(
                    at: path(name), department: subUnit, departmentName: "เทศบาลตำบลศาลาใหม่",
                    context: StoreFixture.context))
        }
        return reports
    }

    @Test("department ids: 4 central, 7 local, 10 a sub-unit's deptsubId; the kind follows the length")
    func departmentKinds() throws {
        #expect(try EGPDepartmentID(parsing: "0304").kind == .central)
        #expect(try EGPDepartmentID(parsing: "6960501").kind == .local)
        let sub = try EGPDepartmentID(parsing: " ๑๕๐๙๙๐๐๘๕๗ ")
        #expect(sub.rawValue == "1509900857" && sub.kind == .subUnit && sub.kind.feedParameter == "deptsubId")
        for bad in ["150990085", "15099008570", "15099OO857", "1509-900857"] {
            #expect(throws: EGPIDError.invalidDepartmentID(bad)) { try EGPDepartmentID(parsing: bad) }
        }
        let message = EGPIDError.invalidDepartmentID("150990085").localizedDescription
        #expect(message.contains("10 for a sub-unit") && message.contains("deptsubId"), "\(message)")
        #expect(EGPDepartmentID.kind(of: "") == nil && EGPDepartmentID.kind(of: "1509900857") == .subUnit)
    }

    @Test("legacy links: the id is read from the ShowHTMLFile link when the description has none, and marked")
    func idsFromLegacyLinks() throws {
        let (announcements, summary) = try EGPFeedReader(path: Self.path(Self.files[0])).readAll()
        #expect(summary.encoding == .windows874Declared && summary.variant == .legacy)
        #expect(summary.itemsRead == 4 && summary.kept == 3 && summary.withoutID == 1 && summary.idsFromLink == 2)
        #expect(summary.links.legacy == 3 && summary.links.template == 0)
        let sources = Dictionary(
            uniqueKeysWithValues: announcements.map { ($0.projectID.rawValue, $0.projectIDSource) })
        #expect(sources == ["67069000101": .description, "67069000115": .link, "67069000120": .link])
        let fromLink = try #require(announcements.first { $0.projectID.rawValue == "67069000115" })
        // The description is kept as written (no id), the evidence of where the id came from.
        #expect(fromLink.sourceDescription.hasPrefix(", เฉพาะเจาะจง,") && fromLink.type == .winner)
        // Thai digits kept as published, runs of spaces made one for display and matching.
        #expect(fromLink.title.contains("หมายเลขทะเบียน บพ ๔๑๒๗") && !fromLink.title.contains("  "))
    }

    @Test("an id read from a link is stored (\"i\":\"link\"), decoded by both paths, and shown in the timeline")
    func idSourceIsStored() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try #require(try await Self.importAll(into: fixture, [Self.files[0]]).first)
        #expect(report.new == 3 && report.summary.idsFromLink == 2)
        let event = try #require(
            try await fixture.allEvents().first { $0.type == AnnouncementsPublished.eventType })
        let text = String(decoding: event.payload, as: UTF8.self)
        #expect(text.components(separatedBy: #""i":"link""#).count == 3, "\(text)")
        let fast = try #require(AnnouncementsPublished.fastDecode(event.payload))
        #expect(try EventCoding.decode(AnnouncementsPublished.self, from: event.payload) == fast)
        #expect(fast.encodedPayload() == (try EventCoding.encode(fast)))
        #expect(fast.announcements.filter { $0.projectIDSource == .link }.count == 2)
        let project = try #require(
            try await ProcurementReadModel.project(EGPProjectID("67069000115")!, in: fixture.store))
        #expect(project.timeline.map(\.projectIDSource) == [.link])
        #expect(project.departmentID == "1509900857")
        let record = try #require(try await ProcurementReadModel.imports(in: fixture.store).first?.feed)
        #expect(record.variant == .legacy && record.idsFromLink == 2 && record.departmentKind == .subUnit)
    }

    @Test("an award cancelled on its own day and awarded again: the timeline keeps both, the final award rules")
    func cancelledAndReawarded() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await Self.importAll(into: fixture, [Self.files[1]])
        let cancelled = try #require(
            try await ProcurementReadModel.project(EGPProjectID("68019000201")!, in: fixture.store))
        #expect(cancelled.timeline.map(\.type) == [.invitation, .winner, .awardCancelled])
        #expect(cancelled.awardHistory.cancelled == [1] && cancelled.awardHistory.cancels == [2: 1])
        #expect(cancelled.finalAwardDay == nil && cancelled.awarded == nil)
        #expect(cancelled.winnerAnnouncedDay == (try CalendarDate.parse("2025-01-21")))

        try await Self.importAll(into: fixture, [Self.files[2]])
        let road = try #require(
            try await ProcurementReadModel.project(EGPProjectID("68019000201")!, in: fixture.store))
        #expect(road.timeline.map(\.type) == [.invitation, .winner, .awardCancelled, .winner])
        #expect(road.awardHistory.final == 3 && road.awardHistory.cancelled == [1])
        #expect(road.awarded == (try CalendarDate.parse("2025-02-11")))
    }

    @Test("award history: same-day cancellation listed first, several cancellations, none imported")
    func awardHistoryOrders() throws {
        func entry(_ type: AnnouncementType, _ day: String) -> ProcurementProject.TimelineEntry {
            ProcurementProject.TimelineEntry(type: type, published: try! CalendarDate.parse(day), title: nil)
        }
        // A page listing the day newest first: the cancellation before the award it cancels.
        let newestFirst = AwardHistory([entry(.awardCancelled, "2025-01-21"), entry(.winner, "2025-01-21")])
        #expect(newestFirst.final == nil && newestFirst.cancelled == [1])
        // A cancellation whose award was never imported cancels nothing later.
        let orphan = AwardHistory([entry(.awardCancelled, "2025-01-20"), entry(.winner, "2025-01-21")])
        #expect(orphan.final == 1 && orphan.cancelled.isEmpty && orphan.cancels.isEmpty)
        // Award, cancel, award, cancel, award: the third is in force.
        let twice = AwardHistory([
            entry(.winner, "2025-01-01"), entry(.awardCancelled, "2025-01-02"), entry(.winner, "2025-01-10"),
            entry(.awardCancelled, "2025-01-11"), entry(.winner, "2025-01-20"),
        ])
        #expect(twice.final == 4 && twice.cancelled == [0, 2] && twice.first == 0)
    }

    @Test("a browser's UTF-8 copy with e-GP's declaration: mixed links, one id from a link, Thai digits kept")
    func resavedCopy() throws {
        let (announcements, summary) = try EGPFeedReader(path: Self.path(Self.files[2])).readAll()
        #expect(summary.encoding == .utf8MisdeclaredAsWindows874 && summary.variant == .mixed)
        #expect(summary.kept == 8 && summary.idsFromLink == 1 && summary.links.legacy == 2)
        let alum = announcements.filter { $0.title.contains("สารส้ม") }
        #expect(alum.count == 4 && alum.allSatisfy { !$0.title.contains("  ") })
        #expect(alum.filter { $0.title.contains("๔๐") }.count == 3)
        let chlorine = announcements.filter { $0.title.contains("คลอรีน") }
        #expect(chlorine.count == 3 && chlorine.allSatisfy { $0.method == .specific && $0.type == .winner })
    }

    @Test("the same files again add nothing; every variant's record names its department kind")
    func idempotentAcrossVariants() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let first = try await Self.importAll(into: fixture)
        #expect(first.map(\.new) == [3, 3, 8])
        let again = try await Self.importAll(into: fixture)
        #expect(again.allSatisfy { $0.new == 0 && $0.alreadyImported })
        let records = try await ProcurementReadModel.imports(in: fixture.store).compactMap(\.feed)
        #expect(records.map(\.variant) == [.legacy, .current, .mixed])
        #expect(records.allSatisfy { $0.departmentKind == .subUnit && $0.departmentID == "1509900857" })
        #expect(try await ProcurementReadModel.count(in: fixture.store, departmentID: "1509900857") == 11)
    }
}
