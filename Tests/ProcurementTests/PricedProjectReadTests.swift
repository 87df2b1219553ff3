import EventStore
import Foundation
import Sujarit
import Testing

@testable import Procurement

/// The narrow reads of the read model (issue 17): `forEachPricedProject` hands out exactly the id, title and agreed
/// price of the projects `forEachProject` assembles, a method filter and a count keep the meaning the Swift filter
/// had, and a walk with a limit stops at it.
@Suite("Procurement priced read, method filter, count and limit")
struct PricedProjectReadTests {
    /// The read path's store (three departments, feeds and contracts of 2567 and 2568) and a fourth department's
    /// projects with the agreed price's every case: two contracts each with a price (their total), two where one
    /// has none (the project's figure), one with no price at all (none), and an e-bidding project among them.
    static func store() async throws -> StoreFixture {
        let fixture = try await ProcurementReadPathTests.store()
        let rows = [
            ("68200000001", "e-bidding", "1/2568", "1000.00", "1000.00"),
            ("68200000001", "e-bidding", "2/2568", "2000.50", "2000.50"),
            ("68200000002", "specific", "3/2568", "500.00", "500.00"),
            ("68200000002", "specific", "4/2568", "", ""),
            ("68200000003", "specific", "5/2568", "", ""),
        ]
        let lines = rows.enumerated().map { n, row in
            let (id, method, contract, agreed, amount) = row
            let (name, group) =
                method == "e-bidding"
                ? ("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "วิธีประกาศเชิญชวนทั่วไป") : ("เฉพาะเจาะจง", "วิธีเฉพาะเจาะจง")
            return """
                \(n + 1),\(id),จ้างซ่อมถนน \(id),จ้างก่อสร้าง,หน่วยงาน 2222222,หน่วยจัดซื้อ,\(name),\(group),\
                2025-01-0\(n + 1),5000.00,4000.00,\(agreed),2568,0107544000108,ร้าน \(contract),\(contract),\
                2025-02-0\(n + 1),2025-03-0\(n + 1),\(amount),อยู่ระหว่างดำเนินการ,2025-02-03,นราธิวาส,จัดทำสัญญา/PO แล้ว
                """
        }
        let path = fixture.folder.appendingPathComponent("2222222.csv").path
        try ([ProcurementReadPathTests.header] + lines).joined(separator: "\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        _ = try await ContractImporter(store: fixture.store).importFile(
            at: path, department: try EGPDepartmentID(parsing: "2222222"), context: StoreFixture.context)
        return fixture
    }

    /// The filters compared: none, each alone, together, and an agency's scope.
    static let filters: [(year: FiscalYear?, department: String?, method: ProcurementMethod?, scoped: Bool)] = [
        (nil, nil, nil, false), (FiscalYear(be: 2568), nil, nil, false), (nil, "2222222", nil, false),
        (nil, nil, .specific, false), (nil, nil, .eBidding, false), (FiscalYear(be: 2568), "6960501", .specific, false),
        (FiscalYear(be: 2567), nil, .specific, false), (nil, nil, .selection, false), (nil, nil, nil, true),
        (nil, nil, .specific, true),
    ]

    @Test("The priced read gives the assembled projects' ids, titles and agreed prices", arguments: [1, 2, 7, 500])
    func sameAsAssembled(pageSize: Int) async throws {
        let fixture = try await Self.store()
        defer { fixture.remove() }
        let all = try await ProcurementReadModel.projects(in: fixture.store)
        // The cases the store is for, so that the comparisons below cannot pass on a store without them.
        let byID = Dictionary(uniqueKeysWithValues: all.map { ($0.projectID.rawValue, $0) })
        #expect(byID["68200000001"]?.contracts.count == 2 && byID["68200000001"]?.agreedPrice == Money(satang: 300_050))
        #expect(byID["68200000002"]?.contracts.count == 2 && byID["68200000002"]?.agreedPrice == .baht(500))
        #expect(byID["68200000003"]?.contracts.count == 1 && byID["68200000003"]?.agreedPrice == nil)
        #expect(all.contains { $0.contracts.isEmpty && $0.agreedPrice == nil })
        #expect(Set(all.map(\.departmentID)) == ["0900001", "1111111", "2222222", "6960501"])
        #expect(Set(all.compactMap(\.method)).isSuperset(of: [.specific, .eBidding]))

        for filter in Self.filters {
            let scope =
                filter.scoped
                ? ProcurementScope(store: fixture.store, departments: ["2222222", "0900001"]) : .whole(fixture.store)
            var assembled: [PricedProject] = []
            try await ProcurementReadModel.forEachProject(
                in: scope, fiscalYear: filter.year, departmentID: filter.department, pageSize: pageSize
            ) { project in
                guard filter.method.map({ project.method == $0 }) ?? true else { return }
                assembled.append(
                    PricedProject(projectID: project.projectID, title: project.title, agreedPrice: project.agreedPrice))
            }
            var priced: [PricedProject] = []
            try await ProcurementReadModel.forEachPricedProject(
                in: scope, fiscalYear: filter.year, departmentID: filter.department, method: filter.method,
                pageSize: pageSize
            ) { priced.append($0) }
            #expect(priced == assembled, "filter \(filter)")
            #expect(filter.method != .specific || !priced.isEmpty, "filter \(filter)")

            var filtered = 0
            try await ProcurementReadModel.forEachProject(
                in: scope, fiscalYear: filter.year, departmentID: filter.department, method: filter.method,
                pageSize: pageSize
            ) { project in
                #expect(filter.method.map { project.method == $0 } ?? true)
                filtered += 1
            }
            #expect(filtered == assembled.count, "filter \(filter)")
            let count = try await ProcurementReadModel.count(
                in: scope, fiscalYear: filter.year, departmentID: filter.department, method: filter.method)
            #expect(count == assembled.count, "filter \(filter)")
        }
    }

    @Test("A walk with a limit hands out the first projects and stops", arguments: [1, 2, 500])
    func limited(pageSize: Int) async throws {
        let fixture = try await Self.store()
        defer { fixture.remove() }
        let specific = try await ProcurementReadModel.projects(in: fixture.store).filter { $0.method == .specific }
        #expect(specific.count > 5)
        for limit in [0, 1, 3, 5, specific.count, specific.count + 4] {
            var walked: [ProcurementProject] = []
            try await ProcurementReadModel.forEachProject(
                in: .whole(fixture.store), method: .specific, limit: limit, pageSize: pageSize
            ) { walked.append($0) }
            #expect(walked == Array(specific.prefix(limit)), "limit \(limit)")
        }
    }
}
