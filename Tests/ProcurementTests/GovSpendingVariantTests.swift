import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// GovSpending `egp-contract` as users save it: a page of a query, several pages, one record from the
/// API's record viewer (issue 22).
@Suite("GovSpending egp-contract variants")
struct GovSpendingVariantTests {
    static func variant(_ name: String) -> String {
        Corpus.root.appendingPathComponent("Imports/variants/\(name)").path
    }

    @discardableResult
    func importFile(
        _ path: String, into fixture: StoreFixture, department: EGPDepartmentID? = StoreFixture.takbai
    ) async throws -> ContractImportReport {
        // An empty directory, as the command gives: without --dept each buyer is filed by name.
        try await ContractImporter(store: fixture.store, batchSize: 3)
            .importFile(
                at: path, department: department, directory: DepartmentDirectory(), context: StoreFixture.context)
    }

    @Test func savedPagesOfAQueryAreReadPageByPage() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let folder = Self.variant("takbai-govspending-pages")
        let first = try await importFile(folder + "/page-1.json", into: fixture)
        let second = try await importFile(folder + "/page-2.json", into: fixture)
        #expect(first.record.provenance?.variant == "govspending-page")
        #expect(first.record.rowsRead == 7 && second.record.rowsRead == 7 && first.new + second.new == 14)
        #expect(first.record.scientificTaxIDs == 1)
        let keys = try #require(first.record.provenance)
        #expect(keys.columnsRead.contains("project_money") && keys.columnsRead.contains("contract[].winner_tin"))
        #expect(keys.columnsIgnored.isEmpty)
        // Page 2 once more: nothing new.
        let again = try await importFile(folder + "/page-2.json", into: fixture)
        #expect(again.alreadyImported && again.new == 0)
    }

    @Test func oneRecordAsTheRecordViewerShowsIt() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try await importFile(Self.variant("takbai-govspending-record.json"), into: fixture)
        #expect(report.record.provenance?.variant == "govspending-record")
        #expect(report.record.rowsRead == 1 && report.new == 1)
        let event = try #require(try await fixture.allEvents().contractRecords().first)
        #expect(event.projectID.rawValue == "67119000333" && event.contract?.winnerTaxID?.digits == "0963550000121")
        #expect(event.project.budget == .baht(2_500_000) && event.contract?.amount == .baht(2_448_000))
    }

    @Test(
        "the other wrappings of a record and a page",
        arguments: [
            (
                "{\"success\": true, \"data\": {\"project_id\": \"67119000333\", \"project_name\": \"ถนน\"}}",
                "govspending-record"
            ),
            ("[{\"project_id\": 67119000333, \"project_name\": \"ถนน\", \"contract\": []}]", "govspending-page"),
        ])
    func wrappings(_ json: String, variant: String) async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("saved.json")
        try Data(json.utf8).write(to: file)
        let report = try await importFile(file.path, into: fixture, department: nil)
        #expect(report.record.provenance?.variant == variant && report.record.rowsRead == 1)
        #expect(report.record.withoutContract == 1)
    }

    @Test func aRecordsErrorNamesItsKey() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("record.json")
        try Data(
            """
            {"project_id": "67119000333", "project_name": "ถนน", "contract": [{"winner": "หจก. ก", \
            "contract_date": "2025-02-30"}]}
            """.utf8
        ).write(to: file)
        do {
            try await importFile(file.path, into: fixture)
            Issue.record("the impossible date was accepted")
        } catch let error as ContractFileError {
            #expect(error.field == "contract[0].contract_date")
            #expect(error.description.contains("'2025-02-30' is not a date"))
        }
        #expect(try await fixture.allEvents().isEmpty)
    }

    @Test func withoutDeptEachProjectKeepsItsBuyer() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try await importFile(
            Self.variant("takbai-govspending-pages/page-1.json"), into: fixture, department: nil)
        #expect(report.record.provenance?.buyers == 4) // กองช่าง, สำนักปลัดเทศบาล, กองคลัง, กองการศึกษา
        let departments = try await ProcurementReadModel.departments(in: fixture.store)
        #expect(departments.contains("name:เทศบาลเมืองตากใบ / กองช่าง") && !departments.contains(""))
    }
}
