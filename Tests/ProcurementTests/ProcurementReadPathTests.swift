import EventStore
import Foundation
import Sujarit
import Testing

@testable import Procurement

/// The read path of the procurement read model (issue 17): pages read in one trip each, the next while the caller
/// works, by project or by department, hand out exactly the projects of the plain queries, whole, in order.
@Suite("Procurement read path")
struct ProcurementReadPathTests {
    static let header = """
        _id,รหัสโครงการ,ชื่อโครงการ,ชื่อประเภทโครงการ,ชื่อหน่วยงาน,ชื่อหน่วยงานย่อย,วิธีจัดซื้อฯ,กลุ่มวิธีจัดซื้อฯ,\
        วันที่ประกาศ,งบประมาณ(บาท),ราคากลาง(บาท),ราคาตกลงซื้อ/จ้าง,ปีงบประมาณ,เลขนิติบุคคล,ชื่อผู้ชนะ,เลขที่สัญญา,\
        วันที่ลงนามสัญญา,วันที่สิ้นสุดสัญญา,งบสัญญา(บาท),สถานะสัญญา,วันที่เกิดรายการ,จังหวัด,สถานะโครงการ
        """

    /// The Tak Bai examples (feeds, contracts, a bidder list; department 6960501) and two more departments whose
    /// project ids interleave with each other's, so that department order is not project order.
    static func store() async throws -> StoreFixture {
        let fixture = try StoreFixture()
        try await fixture.importExamples()
        for (file, format) in [
            (ContractImportTests.csv, ContractSource?.none), ("takbai-cost-bidders-2568.csv", .costBiddersCSV),
        ] {
            _ = try await ContractImporter(store: fixture.store).importFile(
                at: Corpus.example(file), as: format,
                department: file == ContractImportTests.csv ? StoreFixture.takbai : nil,
                context: StoreFixture.context)
        }
        for (offset, department) in ["1111111", "0900001"].enumerated() {
            let rows = (0..<7).map { n in
                let id = "6710000\(String(format: "%04d", 2 * n + offset + 1))"
                return """
                    \(n + 1),\(id),จัดซื้อวัสดุ รายการที่ \(id),ซื้อ,หน่วยงาน \(department),หน่วยจัดซื้อ,เฉพาะเจาะจง,\
                    วิธีเฉพาะเจาะจง,2024-04-0\(n + 1),2100\(n).00,1830\(n).28,1684\(n).68,2567,0107544000108,ร้าน \(id),\
                    \(n)/2567,2024-04-0\(n + 1),2024-05-0\(n + 1),1684\(n).68,อยู่ระหว่างดำเนินการ,2024-04-03,นราธิวาส,\
                    จัดทำสัญญา/PO แล้ว
                    """
            }
            let path = fixture.folder.appendingPathComponent("\(department).csv").path
            try ([header] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            _ = try await ContractImporter(store: fixture.store).importFile(
                at: path, department: try EGPDepartmentID(parsing: department), context: StoreFixture.context)
        }
        return fixture
    }

    @Test("The walk by department is one walk per department, whatever the page size", arguments: [1, 2, 3, 7, 500])
    func byDepartment(pageSize: Int) async throws {
        let fixture = try await Self.store()
        defer { fixture.remove() }
        var expected: [ProcurementProject] = []
        let departments = try await ProcurementReadModel.departments(in: fixture.store)
        #expect(departments == ["0900001", "1111111", "6960501"])
        for department in departments {
            expected += try await ProcurementReadModel.projects(in: fixture.store, departmentID: department)
        }
        #expect(expected.count == 33 + 14)
        var walked: [ProcurementProject] = []
        try await ProcurementReadModel.forEachProjectByDepartment(in: .whole(fixture.store), pageSize: pageSize) {
            walked.append($0)
        }
        #expect(walked == expected)
        #expect(walked.first?.projectID.rawValue == "67100000002")
        let mine = try #require(walked.first { $0.projectID.rawValue == "67100000003" })
        #expect(mine.contracts.map(\.winnerName) == ["ร้าน 67100000003"])
        #expect(mine.contracts.first?.winnerTaxID?.digits == "0107544000108")
        #expect(mine.contracts.first?.signed == (try CalendarDate.parse("2024-04-02")))
        #expect(walked.contains { $0.bidders?.count == 3 } && walked.contains { !$0.timeline.isEmpty })

        var scoped: [ProcurementProject] = []
        let scope = ProcurementScope(store: fixture.store, departments: ["6960501", "0900001"])
        try await ProcurementReadModel.forEachProjectByDepartment(in: scope, pageSize: pageSize) { scoped.append($0) }
        #expect(scoped == expected.filter { $0.departmentID != "1111111" })
    }

    @Test("The walk by project hands out the projects of the plain query", arguments: [1, 2, 5, 500])
    func byProject(pageSize: Int) async throws {
        let fixture = try await Self.store()
        defer { fixture.remove() }
        let all = try await ProcurementReadModel.projects(in: fixture.store)
        #expect(all.map(\.projectID) == all.map(\.projectID).sorted() && all.count == 47)
        var walked: [ProcurementProject] = []
        try await ProcurementReadModel.forEachProject(in: fixture.store, pageSize: pageSize) { walked.append($0) }
        #expect(walked == all)
        var year: [ProcurementProject] = []
        try await ProcurementReadModel.forEachProject(
            in: fixture.store, fiscalYear: FiscalYear(be: 2567), pageSize: pageSize
        ) { year.append($0) }
        #expect(year == all.filter { $0.fiscalYear == FiscalYear(be: 2567) } && year.count == 14)
    }

    @Test("A walk stopped by its caller throws the caller's error and reads no further")
    func stopped() async throws {
        let fixture = try await Self.store()
        defer { fixture.remove() }
        struct Enough: Error {}
        var seen = 0
        await #expect(throws: Enough.self) {
            try await ProcurementReadModel.forEachProjectByDepartment(in: .whole(fixture.store), pageSize: 2) { _ in
                seen += 1
                if seen == 3 { throw Enough() }
            }
        }
        #expect(seen == 3)
    }

    /// Every statement of a page reads an index range: the projects in key order without sorting, each child table
    /// by project id (never a scan of a table, which would make a national walk quadratic).
    @Test("Every statement of a page searches an index", arguments: [false, true], [false, true])
    func plans(byDepartment: Bool, titles: Bool) async throws {
        let fixture = try await Self.store()
        defer { fixture.remove() }
        let selection =
            byDepartment
            ? ProcurementReadModel.departmentPageSelection(
                after: ProjectPageKey(departmentID: "0900001", projectID: "6"), pageSize: 500)
            : ProcurementReadModel.pageSelection(
                after: "67000000000", fiscalYear: nil, departmentID: "6960501", scope: nil, pageSize: 500)
        for (index, statement) in selection.statements(titles: titles).enumerated() {
            let plan = try await fixture.store.query("EXPLAIN QUERY PLAN " + statement.sql, statement.arguments)
                .compactMap { $0.string("detail") }
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "statement \(index): \(plan)")
            if index == 0 { #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "plan: \(plan)") }
        }
    }

    /// The priced read's page (project rows, then their contracts' agreed prices) reads index ranges too, with and
    /// without a method, whose condition rides on the range the other filters give.
    @Test(
        "Every statement of a priced page searches an index", arguments: [nil, "6960501"],
        [nil, ProcurementMethod.specific])
    func pricedPlans(department: String?, method: ProcurementMethod?) async throws {
        let fixture = try await Self.store()
        defer { fixture.remove() }
        let selection = ProcurementReadModel.pageSelection(
            after: "67000000000", fiscalYear: nil, departmentID: department, method: method, scope: nil, pageSize: 500)
        let statements = PageReader<PricedProject>.priced.statements(selection)
        #expect(statements.count == 2)
        for (index, statement) in statements.enumerated() {
            let plan = try await fixture.store.query("EXPLAIN QUERY PLAN " + statement.sql, statement.arguments)
                .compactMap { $0.string("detail") }
            #expect(!plan.contains { $0.hasPrefix("SCAN") }, "statement \(index): \(plan)")
            if index == 0 { #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "plan: \(plan)") }
        }
    }
}
