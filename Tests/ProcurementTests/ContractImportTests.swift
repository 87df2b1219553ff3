import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// Importing contract data: the data.go.th CSV and the GovSpending JSON, their traps and broken copies.
@Suite("Contract import")
struct ContractImportTests {
    static let csv = "takbai-contracts-2568.csv"
    static let json = "takbai-egp-contract-2568.json"

    @discardableResult
    func importContracts(
        _ path: String, into fixture: StoreFixture, department: EGPDepartmentID? = StoreFixture.takbai
    ) async throws -> ContractImportReport {
        try await ContractImporter(store: fixture.store, batchSize: 4)
            .importFile(at: path, department: department, context: StoreFixture.context)
    }

    @Test func theExampleCSVIsReadRowByRow() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try await importContracts(Corpus.example(Self.csv), into: fixture)
        #expect(report.source == .dataGoThCSV)
        #expect(
            report.record.rowsRead == 15 && report.record.records == 15 && report.new == 15 && report.duplicates == 0)
        #expect(report.record.withoutContract == 1)
        #expect(report.record.scientificTaxIDs == 1 && report.record.invalidTaxIDs == 0)
        #expect(report.record.headerRepair == nil)

        let records = try await fixture.allEvents().contractRecords()
        let road = try #require(records.first { $0.projectID.rawValue == "67119000333" })
        #expect(road.project.budget == .baht(2_500_000) && road.project.referencePrice == .baht(2_456_000))
        #expect(road.project.agreedPrice == .baht(2_448_000) && road.project.fiscalYear == FiscalYear(be: 2568))
        #expect(road.project.announced == (try CalendarDate.parse("2024-11-26")))
        #expect(road.project.method == .eBidding && road.project.departmentName == "เทศบาลเมืองตากใบ")
        let contract = try #require(road.contract)
        #expect(contract.winnerName == "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา")
        #expect(
            contract.winnerTaxID == (try TaxID(validating: "0963550000121"))
                && contract.winnerTaxIDReading == .valid)
        #expect(try contract.contractNumber == "12/2568" && contract.signed == (try CalendarDate.parse("28 ม.ค. 68")))
        #expect(contract.finishes == (try CalendarDate.parse("2025-07-27")) && contract.amount == .baht(2_448_000))

        let cleaning = try #require(records.first { $0.projectID.rawValue == "67119000332" })
        #expect(cleaning.contract?.winnerTaxID == nil)
        #expect(cleaning.contract?.winnerTaxIDReading == .scientificNotation)
        #expect(cleaning.contract?.winnerTaxIDAsWritten == "9.65556E+11")
        #expect(cleaning.project.transactionDate == (try CalendarDate.parse("2025-02-10")))
    }

    @Test func theGovSpendingJSONIsRead() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try await importContracts(Corpus.example(Self.json), into: fixture, department: nil)
        #expect(report.source == .govSpendingJSON && report.record.rowsRead == 2 && report.new == 2)
        let events = try await fixture.allEvents().contractRecords()
        let consultant = try #require(events.first { $0.projectID.rawValue == "68019000015" })
        #expect(consultant.contract?.winnerName == "มหาวิทยาลัยนราธิวาสราชนครินทร์") // written `winner_name`
        #expect(consultant.project.budget == .baht(100_000) && consultant.project.fiscalYear == FiscalYear(be: 2568))
        #expect(consultant.contract?.signed == (try CalendarDate.parse("2025-02-03")))
        #expect(consultant.contract?.amount == .baht(95_000) && consultant.departmentID == nil)
        let diesel = try #require(events.first { $0.projectID.rawValue == "67119000341" })
        #expect(diesel.contract?.winnerName == "บริษัท นราปิโตรเลียม จำกัด" && diesel.project.agreedPrice == .baht(949_500))
    }

    @Test func reimportingAddsNothingAndACorrectedRowIsANewFact() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await importContracts(Corpus.example(Self.csv), into: fixture)
        let before = try await fixture.allEvents()
        let again = try await importContracts(Corpus.example(Self.csv), into: fixture)
        #expect(again.new == 0 && again.duplicates == 15 && again.alreadyImported)
        #expect(try await fixture.allEvents() == before)

        // The same file with one corrected amount: one new fact, and the read model shows the correction.
        var text = try String(contentsOfFile: Corpus.example(Self.csv), encoding: .utf8)
        text = text.replacingOccurrences(
            of: "\"2,448,000.00\",อยู่ระหว่างดำเนินการ", with: "\"2,447,000.00\",อยู่ระหว่างดำเนินการ")
        let url = fixture.folder.appendingPathComponent("corrected.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let corrected = try await importContracts(url.path, into: fixture)
        #expect(corrected.new == 1 && corrected.duplicates == 14 && !corrected.alreadyImported)
        let road = try #require(try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(road.contracts.count == 1)
        #expect(road.contracts.first?.amount == .baht(2_447_000))
    }

    @Test(
        "headers of 26 and 31 columns are matched by name",
        arguments: ["contracts-header-26.csv", "contracts-header-31.csv"])
    func repairedHeaders(_ name: String) async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try await importContracts(Corpus.bad(name), into: fixture)
        #expect(report.record.rowsRead == 2)
        let repair = try #require(report.record.headerRepair)
        #expect(repair.contains(name.contains("26") ? "เขต/อำเภอ, แขวง/ตำบล" : "3 (Eng) column(s) are not in the rows"))
        // Every value after the repaired columns is where it belongs, not shifted.
        let events = try await fixture.allEvents().contractRecords()
        let road = try #require(events.first { $0.projectID.rawValue == "67119000333" })
        #expect(
            road.project.district == "ตากใบ" && road.project.subdistrict == "เจ๊ะเห"
                && road.project.status == "จัดทำสัญญา/PO แล้ว")
        #expect(road.contract?.winnerName == "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา" && road.contract?.contractNumber == "12/2568")
        #expect(road.contract?.status == "อยู่ระหว่างดำเนินการ")
    }

    @Test(
        "a broken file is refused with its line and column and changes nothing",
        arguments: [
            ("contracts-shifted-columns.csv", 3, nil, "the row has 29 fields where 28 were expected"),
            ("contracts-wrong-date.csv", 2, 25, "วันที่ลงนามสัญญา: '31 มิ.ย. 68' is not a date"),
            ("contracts-bad-money.csv", 3, 10, "งบประมาณ(บาท): '7,20,000.00' is not an amount of baht"),
            ("contracts-cp874.csv", 1, 1, "the bytes are not UTF-8"),
            ("egp-contract-wrong-date.json", nil, nil, "data[1].contract[0].contract_date: '2025-02-30' is not a date"),
            ("egp-contract-error-page.json", nil, nil, "'data' is missing"),
        ] as [(String, Int?, Int?, String)])
    func brokenFiles(_ name: String, line: Int?, column: Int?, message: String) async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await importContracts(Corpus.example(Self.json), into: fixture)
        let before = try await fixture.allEvents()
        let dump = try await fixture.readModelDump()
        do {
            _ = try await importContracts(Corpus.bad(name), into: fixture)
            Issue.record("\(name) was accepted")
        } catch let error as ContractFileError {
            #expect(error.line == line)
            #expect(error.column == column)
            #expect(
                error.description.hasPrefix(
                    Corpus.bad(name) + (line.map { ":\($0)" } ?? "") + (column.map { ":\($0)" } ?? "") + ": error: "))
            #expect(error.description.contains(message), "\(error.description)")
            #expect(error.description.contains("What to do:"))
        }
        #expect(try await fixture.allEvents() == before)
        #expect(try await fixture.readModelDump() == dump)
    }

    @Test func taxIDsAreNeverGuessed() {
        #expect(ContractValues.taxID("1.05552E+11").reading == .scientificNotation)
        #expect(ContractValues.taxID("1.05552e+011").id == nil)
        #expect(ContractValues.taxID("๐๙๖๓๕๕๐๐๐๐๑๒๑").id?.digits == "0963550000121")
        #expect(ContractValues.taxID("0-9635-50000-12-1").reading == .valid)
        #expect(ContractValues.taxID("963550000121").reading == .invalid) // the leading 0 lost: not restored
        #expect(ContractValues.taxID("0963550000122").reading == .invalid) // wrong check digit: not corrected
        #expect(ContractValues.taxID("").reading == .absent && ContractValues.taxID(" - ").reading == .absent)
    }

    @Test func valuesAsTheSourcesWriteThem() throws {
        #expect(try ContractValues.date("21 มิ.ย. 67") == (try CalendarDate(year: 2024, month: 6, day: 21)))
        #expect(try ContractValues.date("21/06/2567") == (try CalendarDate(year: 2024, month: 6, day: 21)))
        #expect(try ContractValues.date("2024-06-21 00:00:00") == (try CalendarDate(year: 2024, month: 6, day: 21)))
        #expect(try ContractValues.date("") == nil)
        #expect(throws: ContractFileError.Problem.self) { try ContractValues.date("31 เม.ย. 67") }
        #expect(try ContractValues.money("156,000.00") == .baht(156_000))
        #expect(try ContractValues.money("๑๕๖,๐๐๐.๕๐") == Money(satang: 15_600_050))
        #expect(try ContractValues.money("-") == nil)
        #expect(throws: ContractFileError.Problem.self) { try ContractValues.money("1,56,000.00") }
        #expect(try ContractValues.fiscalYear("๒๕๖๘") == FiscalYear(be: 2568))
        #expect(throws: ContractFileError.Problem.self) { try ContractValues.fiscalYear("2025") }
    }

    @Test func csvQuotingBOMAndLineBreaksInsideFields() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("q.csv")
        try Data("\u{FEFF}a,\"b,1\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\r\n\r\nlast,1,2".utf8).write(to: url)
        var reader = try #require(CSVRecordReader(path: url.path))
        let first = try #require(try reader.next())
        #expect(first.fields == ["a", "b,1", "say \"hi\""] && first.line == 1)
        let second = try #require(try reader.next())
        #expect(second.fields == ["two\nlines", "x", ""] && second.line == 2)
        let third = try #require(try reader.next())
        #expect(third.fields == ["last", "1", "2"] && third.line == 5)
        #expect(try reader.next() == nil)
    }

    @Test func anUnknownHeaderIsNamed() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let url = fixture.folder.appendingPathComponent("odd.csv")
        try "รหัสโครงการ,ชื่อโครงการ,ยอดเงินรวม\n67119000333,ถนน,1\n".write(to: url, atomically: true, encoding: .utf8)
        await #expect(
            throws: ContractFileError(file: url.path, line: 1, column: 3, problem: .unknownHeader(name: "ยอดเงินรวม"))
        ) {
            try await importContracts(url.path, into: fixture)
        }
    }
}

/// The CoST bidder list.
@Suite("Bidder lists")
struct BidderImportTests {
    @Test func biddersJoinTheirProjectsAndUnknownStaysUnknown() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try await fixture.importExamples(["takbai-6960501-2024-11-26.xml"])
        let report = try await ContractImporter(store: fixture.store).importFile(
            at: Corpus.example("takbai-cost-bidders-2568.csv"), as: .costBiddersCSV, context: StoreFixture.context)
        #expect(report.record.rowsRead == 4 && report.record.records == 2 && report.new == 2)
        let road = try #require(try await ProcurementReadModel.project(EGPProjectID("67119000333")!, in: fixture.store))
        #expect(road.bidders == ["ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", "บริษัท นราก่อสร้าง จำกัด", "ห้างหุ้นส่วนจำกัด ตากใบพัฒนา"])
        let cleaning = try #require(
            try await ProcurementReadModel.project(EGPProjectID("67119000332")!, in: fixture.store))
        #expect(cleaning.bidders?.count == 1)
        let market = try #require(
            try await ProcurementReadModel.project(EGPProjectID("67119000341")!, in: fixture.store))
        #expect(market.bidders == nil)
        let events = try await fixture.allEvents().filter { $0.type == BiddersRecorded.eventType }
        #expect(events.map(\.streamID.description) == ["egp/67119000333", "egp/67119000332"])
        #expect(try events[0].decode(BiddersRecorded.self).costNumber == "CoST-NRT-2568-0007")
        let again = try await ContractImporter(store: fixture.store).importFile(
            at: Corpus.example("takbai-cost-bidders-2568.csv"), as: .costBiddersCSV, context: StoreFixture.context)
        #expect(again.new == 0 && again.alreadyImported)
    }

    @Test func aListWithoutABidderColumnIsRefused() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let url = fixture.folder.appendingPathComponent("b.csv")
        try "รหัสโครงการ,ปีงบประมาณ\n67119000333,2568\n".write(to: url, atomically: true, encoding: .utf8)
        await #expect(throws: ContractFileError(file: url.path, line: 1, problem: .missingColumn(name: "bidder_name")))
        {
            try await ContractImporter(store: fixture.store)
                .importFile(at: url.path, as: .costBiddersCSV, context: StoreFixture.context)
        }
        #expect(try await fixture.store.lastSequence() == 0)
    }
}
