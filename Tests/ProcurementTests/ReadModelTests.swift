import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// The procurement read model: projects joined from feeds and contract data, as `ProcurementProject`s.
@Suite("Procurement read model")
struct ReadModelTests {
    func fullFixture() async throws -> StoreFixture {
        let fixture = try StoreFixture()
        try await fixture.importExamples()
        _ = try await ContractImporter(store: fixture.store).importFile(
            at: Corpus.example(ContractImportTests.csv), department: StoreFixture.takbai, context: StoreFixture.context)
        return fixture
    }

    @Test func aProjectJoinsItsTimelineAndItsContract() async throws {
        let fixture = try await fullFixture()
        defer { fixture.remove() }
        let road = try #require(try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(road.departmentID == "6960501" && road.departmentName == "เทศบาลเมืองตากใบ")
        #expect(road.title.hasPrefix("ประกวดราคาจ้างก่อสร้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก"))
        #expect(road.method == .eBidding && road.fiscalYear == FiscalYear(be: 2568))
        #expect(road.timeline.map(\.type) == [.draftDocuments, .referencePrice, .invitation, .winner])
        // One project's timeline has its titles, read from the events; the walks over many leave them out.
        #expect(road.timeline.allSatisfy { $0.title?.contains("ถนนคอนกรีตเสริมเหล็ก") == true })
        #expect(road.timeline.first?.title?.hasPrefix("ร่างเอกสารประกวดราคา") == true)
        let walked = try #require(
            try await ProcurementReadModel.projects(in: fixture.store).first { $0.projectID == road.projectID })
        #expect(walked.timeline.map(\.type) == road.timeline.map(\.type))
        #expect(walked.timeline.allSatisfy { $0.title == nil })
        #expect(road.firstPublished(.invitation) == (try CalendarDate.parse("2024-11-26")))
        #expect(road.awarded == (try CalendarDate.parse("2025-01-14")))
        #expect(
            road.budget == .baht(2_500_000) && road.referencePrice == .baht(2_456_000)
                && road.agreedPrice == .baht(2_448_000))
        let contract = try #require(road.contracts.first)
        #expect(
            contract.winner.matches(
                PartyReference(name: "หจก. รุ่งเรืองการโยธา", taxID: try TaxID(validating: "0963550000121"))))
        #expect(contract.contractNumber == "12/2568")
    }

    @Test func feedOnlyAndContractOnlyFactsAreNilNotGuessed() async throws {
        let fixture = try await fullFixture()
        defer { fixture.remove() }
        // Announced only: no money, no contract.
        let design = try #require(
            try await ProcurementReadModel.project(EGPProjectID("68039000117")!, in: fixture.store))
        #expect(
            design.budget == nil && design.referencePrice == nil && design.agreedPrice == nil
                && design.contracts.isEmpty)
        #expect(design.method == .designOrSupervision(.selection) && design.bidders == nil)
        // Cancelled selection: money but no contract.
        let cancelled = try #require(
            try await ProcurementReadModel.project(EGPProjectID("68019000012")!, in: fixture.store))
        #expect(cancelled.budget == .baht(1_200_000) && cancelled.agreedPrice == nil && cancelled.contracts.isEmpty)
        #expect(cancelled.timeline.map(\.type) == [.winner, .awardCancelled])
        // Spoiled tax id: the winner has a name and no id.
        let cleaning = try #require(
            try await ProcurementReadModel.project(EGPProjectID("67119000332")!, in: fixture.store))
        #expect(
            cleaning.contracts.first?.winnerTaxID == nil
                && cleaning.contracts.first?.winnerName == "บริษัท ตากใบคลีนนิ่ง เซอร์วิส จำกัด")
        // An untitled amendment does not blank the project's title.
        #expect(cleaning.title == "ประกวดราคาจ้างทำความสะอาดสำนักงาน")
        #expect(cleaning.timeline.last?.title == "")
    }

    @Test func aFeedsDepartmentNameShowsUntilContractDataNamesOne() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let files = ExampleCorpusTests.expected.map(\.file)
        try await fixture.importExamples(Array(files.dropLast()))
        // Only the feed has spoken: its department's name, kept once for the department.
        let road = try #require(try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(road.departmentName == "เทศบาลเมืองตากใบ")
        let walked = try await ProcurementReadModel.projects(in: fixture.store, departmentID: "6960501")
        #expect(!walked.isEmpty && walked.allSatisfy { $0.departmentName == "เทศบาลเมืองตากใบ" })
        #expect(
            try await fixture.store.query("SELECT name FROM procurement_departments").map { $0.string("name") } == [
                "เทศบาลเมืองตากใบ"
            ])
        #expect(
            try await fixture.store.query("SELECT 1 FROM procurement_projects WHERE department_name IS NOT NULL")
                .isEmpty)

        // A later import naming the department otherwise renames it for every project without a name of its own.
        _ = try await FeedImporter(store: fixture.store).importFeed(
            at: Corpus.example(files.last!), department: StoreFixture.takbai,
            departmentName: "เทศบาลเมือง ตากใบ", context: StoreFixture.context)
        let renamed = try #require(
            try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(renamed.departmentName == "เทศบาลเมือง ตากใบ")
    }

    @Test func filtersAndStreamingGiveTheSameProjects() async throws {
        let fixture = try await fullFixture()
        defer { fixture.remove() }
        let all = try await ProcurementReadModel.projects(in: fixture.store)
        #expect(all.count == 33)
        #expect(all.map(\.projectID) == all.map(\.projectID).sorted())
        #expect(
            try await ProcurementReadModel.projects(in: fixture.store, fiscalYear: FiscalYear(be: 2568)).count == 33)
        #expect(try await ProcurementReadModel.projects(in: fixture.store, fiscalYear: FiscalYear(be: 2567)).isEmpty)
        #expect(try await ProcurementReadModel.projects(in: fixture.store, departmentID: "0304").isEmpty)
        var paged: [ProcurementProject] = []
        try await ProcurementReadModel.forEachProject(in: fixture.store, departmentID: "6960501", pageSize: 4) {
            paged.append($0)
        }
        #expect(paged == all)
        // The red-flag engineer's case: specific-method purchases bunched under 500,000 from one supplier.
        let bunched = all.filter { project in
            project.method == .specific && project.contracts.contains { $0.winnerTaxID?.digits == "0965560001238" }
                && (project.agreedPrice.map { $0 < .baht(500_000) && $0 > .baht(490_000) } ?? false)
        }
        #expect(bunched.count == 5)
    }

    @Test func olderFeedsImportedLaterDoNotMoveTheFirstAnnouncement() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await fixture.importExamples(["takbai-6960501-2025-01-14-utf8.xml", "takbai-6960501-2024-11-26.xml"])
        let road = try #require(try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(road.timeline.map(\.published.description) == ["2024-11-26", "2024-11-26", "2024-11-26", "2025-01-14"])
        // The latest titled announcement is the W0, though it was imported first.
        #expect(road.title.hasPrefix("ประกาศผู้ชนะการเสนอราคา"))
        let rows = try await fixture.store.query(
            "SELECT first_published, last_published FROM procurement_projects WHERE project_id = '67119000333'")
        #expect(
            rows.first?.string("first_published") == "2024-11-26"
                && rows.first?.string("last_published") == "2025-01-14")
    }

    @Test func contractDataAloneMakesAProject() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        _ = try await ContractImporter(store: fixture.store).importFile(
            at: Corpus.example(ContractImportTests.json), context: StoreFixture.context)
        let consultant = try #require(
            try await ProcurementReadModel.project(EGPProjectID("68019000015")!, in: fixture.store))
        #expect(consultant.departmentID == "" && consultant.departmentName == "เทศบาลเมืองตากใบ")
        #expect(consultant.timeline.isEmpty && consultant.fiscalYear == FiscalYear(be: 2568))
        // The feed brings the department later.
        try await fixture.importExamples(["takbai-6960501-2025-01-14-utf8.xml"])
        let joined = try #require(
            try await ProcurementReadModel.project(EGPProjectID("68019000015")!, in: fixture.store))
        #expect(joined.departmentID == "6960501" && joined.timeline.count == 1 && joined.agreedPrice == .baht(95_000))
    }

    @Test func rebuildingGivesTheSameReadModel() async throws {
        let fixture = try await fullFixture()
        defer { fixture.remove() }
        let before = try await fixture.readModelDump()
        _ = try await fixture.store.rebuildProjections(progress: nil)
        #expect(try await fixture.readModelDump() == before)
    }

    @Test func importsAreListedWithTheirDigests() async throws {
        let fixture = try await fullFixture()
        defer { fixture.remove() }
        let imports = try await ProcurementReadModel.imports(in: fixture.store)
        #expect(imports.map(\.kind) == Array(repeating: .feed, count: 5) + [.contracts])
        #expect(imports.last?.contracts?.scientificTaxIDs == 1)
        #expect(
            imports.first?.feed?.withoutID == 1 && imports.allSatisfy { $0.sha256.count == 64 && $0.actor == "tester" })
    }
}
