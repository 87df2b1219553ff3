import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// Every published variant of data.go.th's contract data (issue 22): the files of `Imports/variants/`, each
/// read by column name, each recorded with the variant it was.
@Suite("Contract data variants")
struct ContractVariantTests {
    static func variant(_ name: String) -> String {
        Corpus.root.appendingPathComponent("Imports/variants/\(name)").path
    }

    @discardableResult
    func importFile(
        _ path: String, into fixture: StoreFixture, department: EGPDepartmentID? = StoreFixture.takbai,
        directory: DepartmentDirectory = DepartmentDirectory()
    ) async throws -> ContractImportReport {
        try await ContractImporter(store: fixture.store, batchSize: 4)
            .importFile(at: path, department: department, directory: directory, context: StoreFixture.context)
    }

    func recorded(_ fixture: StoreFixture) async throws -> [ContractRecorded] {
        try await fixture.allEvents().contractRecords()
    }

    @Test func theFY2568FileOf15ColumnsIsReadWithItsMethodColumnsSwappedBack() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try await importFile(Self.variant("takbai-2568-fy15.csv"), into: fixture)
        let provenance = try #require(report.record.provenance)
        #expect(provenance.variant == "data.go.th-csv/fy2568-15")
        #expect(provenance.columnsRead.count == 15 && provenance.columnsIgnored.isEmpty)
        #expect(provenance.methodColumnsSwapped == 4)
        #expect(report.record.rowsRead == 15 && report.record.withoutContract == 15)
        #expect(report.record.headerRepair == nil)
        let events = try await recorded(fixture)
        let road = try #require(events.first { $0.projectID.rawValue == "67119000333" })
        #expect(road.project.method == .eBidding && road.project.methodGroup == "ประกาศเชิญชวนทั่วไป")
        #expect(road.project.budget == .baht(2_500_000) && road.project.agreedPrice == .baht(2_448_000))
        let cleaning = try #require(events.first { $0.projectID.rawValue == "67119000332" })
        // `26-พ.ย.-67`, `720000.0` and `10/02/2568` as that row writes them.
        #expect(cleaning.project.announced == (try CalendarDate(year: 2024, month: 11, day: 26)))
        #expect(cleaning.project.budget == .baht(720_000))
        #expect(cleaning.project.transactionDate == (try CalendarDate(year: 2025, month: 2, day: 10)))
        let cancelled = try #require(events.first { $0.projectID.rawValue == "68019000012" })
        #expect(cancelled.project.agreedPrice == nil && cancelled.project.method == .selection)
        // Rows whose two columns both hold group names (เฉพาะเจาะจง / วิธีเฉพาะเจาะจง) read the same either way.
        let specific = try #require(events.first { $0.projectID.rawValue == "68099000001" })
        #expect(specific.project.method == .specific)
    }

    @Test func theDatastoreCSVDumpReadsByNameAndAddsNothingTheExampleHasAlready() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await importFile(Corpus.example("takbai-contracts-2568.csv"), into: fixture)
        let dump = try await fixture.readModelDump()
        let report = try await importFile(Self.variant("takbai-2568-datastore.csv"), into: fixture)
        let provenance = try #require(report.record.provenance)
        #expect(provenance.variant == "ckan-datastore-csv/standard-28")
        #expect(provenance.columnsIgnored == ["_id", "_full_text"] && provenance.columnsRead.count == 28)
        // Reordered columns, dashed tax ids and `28-ม.ค.-68` dates give the very same facts: all duplicates.
        #expect(report.record.rowsRead == 15 && report.new == 0 && report.duplicates == 15)
        let after = try await fixture.readModelDump().filter { !$0.hasPrefix("procurement_imports") }
        #expect(after == dump.filter { !$0.hasPrefix("procurement_imports") })
    }

    @Test func datastoreAPIPagesAreReadOneFileEach() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let folder = Self.variant("takbai-2568-datastore-pages")
        var rows = 0
        for page in ["page-1.json", "page-2.json", "page-3.json"] {
            let report = try await importFile(folder + "/" + page, into: fixture)
            #expect(report.record.provenance?.variant == "ckan-datastore-json/standard-28")
            #expect(report.record.provenance?.columnsIgnored == ["_id"])
            #expect(report.source == .dataGoThCSV)
            rows += report.record.rowsRead
        }
        #expect(rows == 15) // 8 + 7 + the empty page that ends the walk of _links.next
        let events = try await recorded(fixture)
        let road = try #require(events.first { $0.projectID.rawValue == "67119000333" })
        #expect(road.project.budget == .baht(2_500_000) && road.project.fiscalYear == FiscalYear(be: 2568))
        #expect(road.contract?.winnerTaxID?.digits == "0963550000121")
        // The same rows from the CSV are already there: the pages add nothing more.
        let again = try await importFile(Corpus.example("takbai-contracts-2568.csv"), into: fixture)
        #expect(again.new == 0 && again.duplicates == 15)
    }

    @Test func aNationalFileFilesEachRowUnderItsOwnBuyer() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        var directory = try DepartmentDirectory.load(Self.variant("departments-example.yaml"))
        directory.addAgency(name: "เทศบาลเมืองตากใบ", egpID: "6960501")
        let report = try await importFile(
            Self.variant("cgd-contract-2567-national.csv"), into: fixture, department: nil, directory: directory)
        let provenance = try #require(report.record.provenance)
        #expect(provenance.variant == "data.go.th-csv/header-31")
        #expect(provenance.columnsIgnored.count == 3 && provenance.columnsRead.count == 28)
        #expect(provenance.buyers == 4 && provenance.buyersWithEGPID == 2)
        #expect(provenance.maskedTaxIDs == 1 && report.record.invalidTaxIDs == 0)
        #expect(report.record.scientificTaxIDs == 1)
        let departments = try await ProcurementReadModel.departments(in: fixture.store)
        #expect(
            Set(departments) == [
                "6960501", "6960502", "name:กระทรวงสาธารณสุข / โรงพยาบาลตากใบ", "name:กรมทางหลวง / แขวงทางหลวงนราธิวาส",
            ])
        let events = try await recorded(fixture)
        let masked = try #require(events.first { $0.projectID.rawValue == "67039000044" })
        #expect(masked.contract?.winnerTaxIDReading == .masked && masked.contract?.winnerTaxID == nil)
        #expect(masked.contract?.winnerTaxIDAsWritten == "396050056xxxx")
        #expect(masked.project.budget == .baht(1_480) && masked.contract?.amount == .baht(1_480))
        #expect(masked.project.transactionDate == nil) // `-`
        let spaced = try #require(events.first { $0.projectID.rawValue == "67029000230" })
        #expect(spaced.contract?.winnerTaxID?.digits == "3960500345674" && spaced.buyerDepartment == "6960502")
        let highway = try #require(events.first { $0.projectID.rawValue == "66129000871" })
        #expect(highway.project.budget == .baht(285_000_000))
        #expect(highway.project.announced == (try CalendarDate(year: 2023, month: 12, day: 8))) // 8 ธ.ค. 66
        let hospital = try #require(events.first { $0.projectID.rawValue == "67059000512" })
        #expect(hospital.project.budget == nil && hospital.contract == nil)
        #expect(hospital.departmentID == nil && hospital.buyerDepartment == "name:กระทรวงสาธารณสุข / โรงพยาบาลตากใบ")
    }

    @Test func aFeedsDepartmentReplacesABuyerKnownOnlyByName() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await importFile(Corpus.example("takbai-contracts-2568.csv"), into: fixture, department: nil)
        #expect(try await ProcurementReadModel.departments(in: fixture.store).allSatisfy { $0.hasPrefix("name:") })
        try await fixture.importExamples(["takbai-6960501-2024-11-26.xml"])
        let road = try #require(try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(road.departmentID == "6960501")
        // A later national row known by name only does not take the project back.
        try await importFile(Self.variant("takbai-2568-fy15.csv"), into: fixture, department: nil)
        let again = try #require(
            try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(again.departmentID == "6960501")
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test func datesAsPublished() throws {
        let day = { (y: Int, m: Int, d: Int) in try CalendarDate(year: y, month: m, day: d) }
        #expect(try ContractValues.date("29 พ.ย. 67") == day(2024, 11, 29))
        #expect(try ContractValues.date("15-ก.ย.-64") == day(2021, 9, 15))
        #expect(try ContractValues.date("2024-11-29") == day(2024, 11, 29))
        #expect(try ContractValues.date("29/11/2567") == day(2024, 11, 29))
        #expect(try ContractValues.date("-") == nil)
        // Two-digit years are read near the row's fiscal year.
        let fy2568 = FiscalYear(be: 2568)
        #expect(try ContractValues.date("29/11/67", fiscalYear: fy2568) == day(2024, 11, 29))
        #expect(try ContractValues.date("15-ก.ย.-68", fiscalYear: fy2568) == day(2025, 9, 15))
        #expect(try ContractValues.date("1 ต.ค. 01", fiscalYear: FiscalYear(be: 2601)) == day(2058, 10, 1))
        #expect(try ContractValues.date("2024-11-29", fiscalYear: fy2568) == day(2024, 11, 29))
        #expect(throws: ContractFileError.Problem.self) { try ContractValues.date("29/11/67") }
    }

    @Test func identifiersAsPublished() {
        #expect(ContractValues.taxID("313060050xxxx").reading == .masked)
        #expect(ContractValues.taxID("3-1306-00500-XX-X").reading == .masked)
        #expect(ContractValues.taxID("313060050xxxx").id == nil)
        #expect(ContractValues.taxID("xxxxxxxxxxxxx").reading == .invalid)
        #expect(ContractValues.taxID("31306005xx12x").reading == .invalid)
        #expect(ContractValues.taxID("3.0556E+11").reading == .scientificNotation)
        #expect(ContractValues.taxID("1.05553E+12").reading == .scientificNotation)
        #expect(ContractValues.taxID("0 9635 50000 12 1").id?.digits == "0963550000121")
        #expect(ContractValues.taxID("0-9635-50000-12-1").id?.digits == "0963550000121")
    }

    @Test func amountsAsPublished() throws {
        #expect(try ContractValues.money("1,480") == .baht(1_480))
        #expect(try ContractValues.money("1480.0") == .baht(1_480))
        #expect(try ContractValues.money("285000000.0") == .baht(285_000_000))
        #expect(try ContractValues.money("") == nil)
    }

    @Test(
        "a file that is not contract data is refused with its place and changes nothing",
        arguments: [
            ("datastore-error.json", "datastore API refusing the request", "Not Found Error"),
            ("datastore-other-dataset.json", "result.fields[3].id: the header column 'จำนวนผู้ป่วย'", "restore it"),
            ("datastore-lists-without-fields.json", "result.fields: ", "without 'fields'"),
            ("contracts-two-digit-numeric-date.csv", ":3:4: error: วันที่ประกาศ: '26/11/67'", "two-digit year"),
        ])
    func refusals(_ name: String, place: String, detail: String) async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await importFile(Corpus.example("takbai-contracts-2568.csv"), into: fixture)
        let before = try await fixture.allEvents()
        let dump = try await fixture.readModelDump()
        await #expect(throws: ContractFileError.self) { try await importFile(Corpus.bad(name), into: fixture) }
        do { try await importFile(Corpus.bad(name), into: fixture) } catch let error as ContractFileError {
            #expect(error.description.hasPrefix(Corpus.bad(name)))
            #expect(error.description.contains(place) && error.description.contains(detail), "\(error)")
            #expect(error.description.contains("What to do:"))
        }
        #expect(try await fixture.allEvents() == before)
        #expect(try await fixture.readModelDump() == dump)
    }

    @Test func aShiftedFirstRowOfAShortFileNamesTheHeadersWidth() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("fy15.csv")
        let lines = try String(contentsOfFile: Self.variant("takbai-2568-fy15.csv"), encoding: .utf8)
            .components(separatedBy: "\r\n")
        // An unquoted `2,500,000` in the first row: 17 fields under a header of 15.
        try (lines[0] + "\r\n" + lines[1].replacingOccurrences(of: "\"2,500,000\"", with: "2,500,000") + "\r\n")
            .write(to: file, atomically: true, encoding: .utf8)
        do {
            try await importFile(file.path, into: fixture)
            Issue.record("the shifted row was accepted")
        } catch let error as ContractFileError {
            #expect(error.line == 2 && error.description.contains("the row has 17 fields where 15 were expected"))
        }
        #expect(try await fixture.allEvents().isEmpty)
    }

    @Test func aDirectoryWithABadIDIsRefusedAtItsLine() {
        #expect {
            _ = try DepartmentDirectory.load(Corpus.bad("departments-bad-id.yaml"))
        } throws: { error in
            let text = (error as? LocalizedError)?.errorDescription ?? ""
            return text.contains("line 6") && text.contains("departments[2].egp_id") && text.contains("'69605'")
        }
    }

    @Test func theDirectoryMatchesNamesAsTheFilesWriteThem() throws {
        var directory = try DepartmentDirectory.load(Self.variant("departments-example.yaml"))
        #expect(directory.egpID(name: "กรมส่งเสริมการปกครองท้องถิ่น", subName: "เทศบาลตำบลเจ๊ะเห") == "6960502")
        #expect(directory.egpID(name: "กรมส่งเสริมการปกครองท้องถิ่น", subName: "เทศบาลตำบลอื่น") == nil)
        directory.addAgency(name: "เทศบาลเมืองตากใบ", egpID: "6960501")
        #expect(directory.egpID(name: "เทศบาลเมือง ตากใบ", subName: "กองช่าง") == "6960501")
        #expect(directory.egpID(name: "กรมส่งเสริมการปกครองท้องถิ่น", subName: "เทศบาลเมืองตากใบ") == "6960501")
        #expect(directory.origins.count == 2)
    }
}
