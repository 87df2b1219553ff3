import EventStore
import Sujarit
import Testing

@testable import Procurement

/// The page query of `ProcurementReadModel.forEachProject` reads straight off an index in key order, whatever the
/// filters: a temporary B-tree in its plan means every page sorts the whole department or year again, which made
/// `flags run` quadratic in a department's size (issue 17: 648 s on 1,000,000 projects).
@Suite("Procurement paging plan")
struct ProcurementPagingPlanTests {
    static let filters: [(FiscalYear?, String?, ProcurementMethod?)] = [
        (nil, nil, nil), (nil, "6960501", nil), (FiscalYear(be: 2568), nil, nil),
        (FiscalYear(be: 2568), "6960501", nil),
        (nil, nil, .specific), (nil, "6960501", .specific), (FiscalYear(be: 2568), nil, .specific),
        (FiscalYear(be: 2568), "6960501", .eBidding),
    ]

    @Test("no page sorts: SQLite's plan has no temporary B-tree", arguments: 0..<filters.count)
    func pagesReadInKeyOrder(_ index: Int) async throws {
        let fixture = try StoreFixture()
        try await fixture.importExamples()
        let (year, department, method) = Self.filters[index]
        let page = ProcurementReadModel.pageQuery(
            after: "67000000000", fiscalYear: year, departmentID: department, method: method, pageSize: 500)
        let plan = try await fixture.store.query("EXPLAIN QUERY PLAN " + page.sql, page.arguments)
            .compactMap { $0.string("detail") }
        #expect(!plan.isEmpty)
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "plan: \(plan)")
        #expect(plan.contains { $0.hasPrefix("SEARCH p USING") }, "plan: \(plan)")
    }

    /// A count by year or department counts an index range; one of every project, or of a method alone (no index
    /// holds it), reads every row once, which is what such a count is.
    @Test("a count by year or department reads an index range", arguments: [1, 2, 3, 5, 6, 7])
    func countsReadARange(_ index: Int) async throws {
        let fixture = try StoreFixture()
        try await fixture.importExamples()
        let (year, department, method) = Self.filters[index]
        let count = ProcurementReadModel.filterSelection(
            fiscalYear: year, departmentID: department, method: method, scope: nil
        ).count
        let plan = try await fixture.store.query("EXPLAIN QUERY PLAN " + count.sql, count.arguments)
            .compactMap { $0.string("detail") }
        #expect(plan.contains { $0.hasPrefix("SEARCH p USING") } && !plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }
}
