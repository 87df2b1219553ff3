import Agency
import EventStore
import Foundation
import Oversight
import Procurement
import Sujarit
import Testing
import TestSupport

/// Issue 19: the gift log's ``PartiesWithBusiness`` answered from the example contract data and CoST bidder list.
@Suite("Parties with business before the agency, from the procurement data")
struct ProcurementPartiesWithBusinessTests {
    /// The test's folder, removed when the test ends.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder("sujarit-business") }

    func store() async throws -> any EventStore {
        let store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("s.db").path, projections: [ProcurementProjection()])
        let examples = SettingsAndEngineTests.root.appendingPathComponent("Imports/examples")
        let importer = ContractImporter(store: store)
        let context = CommandContext(actor: "tester")
        _ = try await importer.importFile(
            at: examples.appendingPathComponent("takbai-contracts-2568.csv").path,
            department: try EGPDepartmentID(parsing: "6960501"), context: context
        )
        _ = try await importer.importFile(
            at: examples.appendingPathComponent("takbai-cost-bidders-2568.csv").path, as: .costBiddersCSV,
            context: context)
        return store
    }

    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }
    static let road = PartyReference(name: "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", taxID: try! TaxID(validating: "0963550000121"))

    @Test(
        """
        The road's winner, by tax id or by a differently written name, and a losing bidder are found; another \
        shop is not
        """
    )
    func found() async throws {
        let business = ProcurementPartiesWithBusiness(store: try await store(), departmentID: "6960501")
        // Hand-worked: project 67119000333's contract runs 28 Jan – 27 Jul 2025 (2 Jan 2025 is 26 days before
        // it starts); the partnership also won 68099000016 (26 Sep – 10 Oct 2025), more than 180 days later.
        let source = "procurement: project 67119000333, winner; project 67119000333, bidder"
        #expect(try await business.business(with: Self.road, on: Self.day("2 ม.ค. 68")) == source)
        #expect(
            try await business.business(with: PartyReference(name: "หจก.รุ่งเรือง การโยธา"), on: Self.day("2 ม.ค. 68"))
                == source)
        #expect(
            try await business.business(with: PartyReference(name: "บริษัท นราก่อสร้าง จำกัด"), on: Self.day("2 ม.ค. 68"))
                == "procurement: project 67119000333, bidder")
        #expect(
            try await business.business(with: PartyReference(name: "ร้านสมใจการค้า"), on: Self.day("2 ม.ค. 68")) == nil)
        // Same name, another tax id: not the winner (the tax ids differ); the bidder list gives no tax id, so
        // by PartyReference.matches the name decides there.
        let other = PartyReference(name: "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", taxID: Build.taxID(60_000_001))
        #expect(
            try await business.business(with: other, on: Self.day("2 ม.ค. 68"))
                == "procurement: project 67119000333, bidder")
    }

    @Test(
        """
        The window: 180 days before the contract's signing and after the last contract's end count, one day more \
        does not
        """
    )
    func window() async throws {
        let business = ProcurementPartiesWithBusiness(store: try await store(), departmentID: "6960501")
        #expect(business.windowDays == 180)
        // 28 Jan 2025 − 180 days = 1 Aug 2024; 10 Oct 2025 (68099000016's end) + 180 days = 8 Apr 2026.
        #expect(try await business.business(with: Self.road, on: Self.day("2024-08-01")) != nil)
        #expect(try await business.business(with: Self.road, on: Self.day("2024-07-31")) == nil)
        #expect(
            try await business.business(with: Self.road, on: Self.day("2026-04-08"))
                == "procurement: project 68099000016, winner")
        #expect(try await business.business(with: Self.road, on: Self.day("2026-04-09")) == nil)
    }

    @Test("Only the agency's procurements count: another department's id finds nothing")
    func otherAgency() async throws {
        let business = ProcurementPartiesWithBusiness(store: try await store(), departmentID: "0304")
        #expect(try await business.business(with: Self.road, on: Self.day("2 ม.ค. 68")) == nil)
    }
}
