import Agency
import AuditPlans
import EventStore
import Foundation
import Oversight
import Procurement
import Sujarit
import Testing
import TestSupport

/// An audit sample's population read from the example procurement data (issue 17): the columns the items take,
/// read alone, give the items the assembled projects gave, so every draw from them is the same.
@Suite("Procurement population")
struct ProcurementPopulationTests {
    /// The test's folder, removed when the test ends.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder("sujarit-population") }

    /// Tak Bai's example feeds (projects without contracts among them), contract data (CSV and GovSpending JSON)
    /// and a second department's contract data of another year and method.
    func store() async throws -> any EventStore {
        let store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("s.db").path, projections: [ProcurementProjection()])
        let examples = SettingsAndEngineTests.root.appendingPathComponent("Imports/examples")
        let takbai = try EGPDepartmentID(parsing: "6960501")
        let context = CommandContext(actor: "tester")
        for feed in [
            "takbai-6960501-2024-10-08-plan.xml", "takbai-6960501-2024-11-26.xml", "takbai-6960501-2025-01-14-utf8.xml",
            "takbai-6960501-2025-03-20.xml.gz", "takbai-6960501-2025-09-25-page1.xml",
        ] {
            _ = try await FeedImporter(store: store).importFeed(
                at: examples.appendingPathComponent(feed).path, department: takbai, context: context)
        }
        for file in ["takbai-contracts-2568.csv", "takbai-egp-contract-2568.json"] {
            _ = try await ContractImporter(store: store).importFile(
                at: examples.appendingPathComponent(file).path, department: takbai, context: context)
        }
        let csv = try String(
            contentsOf: examples.appendingPathComponent("takbai-contracts-2568.csv"), encoding: .utf8)
        let other = csv.replacingOccurrences(of: ",2568,", with: ",2567,")
            .replacingOccurrences(of: "เฉพาะเจาะจง", with: "คัดเลือก")
            .replacingOccurrences(of: "6711900", with: "6722900").replacingOccurrences(of: "6809900", with: "6622900")
        let path = folder.appendingPathComponent("other.csv").path
        try other.write(toFile: path, atomically: true, encoding: .utf8)
        _ = try await ContractImporter(store: store).importFile(
            at: path, department: try EGPDepartmentID(parsing: "1509900857"), context: context)
        return store
    }

    @Test("The items are the assembled projects' ids, titles and agreed prices, and draw the same samples")
    func sameItemsAndDraws() async throws {
        let store = try await store()
        let projects = try await ProcurementReadModel.projects(in: store)
        #expect(Set(projects.map(\.departmentID)).count >= 2 && Set(projects.map(\.fiscalYear)).count >= 2)
        #expect(projects.contains { $0.contracts.isEmpty } && projects.contains { $0.agreedPrice != nil })
        let filters = [
            ProcurementPopulationFilter(), ProcurementPopulationFilter(method: .specific),
            ProcurementPopulationFilter(method: .selection, fiscalYear: FiscalYear(be: 2567)),
            ProcurementPopulationFilter(departmentID: "6960501", method: .specific, fiscalYear: FiscalYear(be: 2568)),
            ProcurementPopulationFilter(departmentID: "1509900857"),
        ]
        for filter in filters {
            let expected =
                projects.filter { project in
                    (filter.departmentID.map { project.departmentID == $0 } ?? true)
                        && (filter.method.map { project.method == $0 } ?? true)
                        && (filter.fiscalYear.map { project.fiscalYear == $0 } ?? true)
                }
                .map { PopulationItem(id: $0.projectID.rawValue, title: $0.title, amount: $0.agreedPrice) }
            let items = try await ProcurementPopulation.items(in: store, filter: filter)
            #expect(items == expected, "\(filter.description)")
            #expect(!items.isEmpty, "\(filter.description)")
            for method in [SamplingMethod.random, .mus] {
                let walked = try await SampleDraw.draw(method: method, size: 3, seed: 2568) { body in
                    try await ProcurementPopulation.forEachItem(in: .whole(store), filter: filter, body)
                }
                #expect(walked == (try SampleDraw.draw(expected, method: method, size: 3, seed: 2568)))
            }
        }
    }
}
