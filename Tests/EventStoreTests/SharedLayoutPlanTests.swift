import EventStore
@testable import EventStorePostgres
import Foundation
import Testing

/// In the shared layout, a page of a large table still comes straight off an index in key order: row-level
/// security adds `agency = <one agency>` in front of the query's own conditions, and every index leads with the
/// agency, so the index's order is the page's. (An `agency = ANY (…)` condition would not promise that order,
/// and every page would sort the rest of its department again: issue 17's quadratic `flags run`.)
///
/// Runs when `SUJARIT_TEST_POSTGRES` names a server (always in CI).
@Suite(.enabled(if: PostgresHarness.fromEnvironment() != nil))
struct SharedLayoutPlanTests {
    /// Projects by department, paged by id: the shape of the procurement read model's pages.
    struct Pages: Projection {
        var name = "pages"
        var version = 1
        var tables: [String] { ["pages"] }
        var schema: [String] {
            [
                "CREATE TABLE pages (project_id TEXT PRIMARY KEY, department_id TEXT NOT NULL, n BIGINT NOT NULL)",
                "CREATE INDEX pages_department ON pages (department_id, project_id)",
            ]
        }

        func statements(for event: RecordedEvent) throws -> [SQLStatement] {
            [
                SQLStatement(
                    "INSERT INTO pages (project_id, department_id, n) VALUES (?, ?, ?)",
                    [String(format: "P%06d", event.sequence), "D\(event.sequence % 3)", event.sequence])
            ]
        }
    }

    @Test("a department's page reads an index range in order, with no sort, for staff and administrator alike")
    func pagesDoNotSort() async throws {
        let server = PostgresHarness(adminURL: PostgresHarness.fromEnvironment()!.adminURL, agency: "6302203")
        let database = try await server.newDatabase()
        let store = try PostgresEventStore.create(
            url: server.storeURL(of: database), projections: [Pages()], privacy: .none)
        for batch in 0..<6 {
            try await store.append(
                Fixture.events(500, from: batch * 500), to: Fixture.stream("risk/R-\(batch)"),
                expectedVersion: .noStream)
        }
        try await server.run(["ANALYZE pages"], on: database)
        let rows = try await store.query(
            """
            EXPLAIN SELECT project_id FROM pages WHERE project_id > ? AND department_id = ? ORDER BY project_id \
            LIMIT 100
            """, ["P001000", "D1"])
        let plan = rows.compactMap { $0.string("QUERY PLAN") }
        #expect(!plan.isEmpty)
        #expect(!plan.contains { $0.contains("Sort") }, "plan: \(plan.joined(separator: "\n"))")
        #expect(plan.contains { $0.contains("pages_department") }, "plan: \(plan.joined(separator: "\n"))")
        let page = try await store.query(
            "SELECT project_id FROM pages WHERE project_id > ? AND department_id = ? ORDER BY project_id LIMIT 3",
            ["P001000", "D1"])
        #expect(page.map { $0.string("project_id") } == ["P001003", "P001006", "P001009"])
    }
}
