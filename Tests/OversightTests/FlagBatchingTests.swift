import Agency
import EventStore
import Foundation
import Procurement
import Sujarit
import Testing

@testable import Oversight

/// A national run finds more flags than memory should hold at once: they wait on disk in numbering order
/// (`CandidateSpool`) and are recorded a batch per append; lists are read a page at a time off an index.
@Suite("Flags recorded in batches and listed in pages")
struct FlagBatchingTests {
    /// `count` projects, each agreed above its budget: one price-above-budget flag each.
    static func overBudget(_ count: Int) -> [ProcurementProject] {
        (1...count).map { Build.project($0, agreed: 120_000, budget: 100_000, awarded: "2025-03-01") }
    }

    @Test("More flags than a batch: all recorded, numbered in order over several appends; a second run adds none")
    func batches() async throws {
        let fixture = try await FlagsFixture()
        let count = RedFlagService.batchSize + CandidateSpool.memoryLimit / 20
        let before = try await fixture.store.lastSequence()
        let first = try await fixture.run(Self.overBudget(count))
        #expect(first.raisedByIndicator[.priceAboveBudget] == count)
        for year in Set(first.raised.map(\.fiscalYear)) {
            let numbers = first.raised.filter { $0.fiscalYear == year }.map(\.number)
            #expect(numbers == Array(1...numbers.count), "numbered 1, 2, 3… per fiscal year without a gap")
        }
        let after = try await fixture.store.lastSequence()
        #expect(after - before == Int64(first.raised.count), "one event per flag, no more")
        let listed = try await RedFlagQueries.list(fixture.store, filter: RedFlagFilter(indicator: .priceAboveBudget))
        #expect(listed.count == count)

        let second = try await fixture.run(Self.overBudget(count))
        #expect(second.raised.isEmpty && second.revised.isEmpty && second.unchanged == first.found)
        #expect(try await fixture.store.lastSequence() == after)
    }

    @Test("The spool gives back every candidate, from memory and from its file, in numbering order")
    func spoolOrder() async throws {
        let candidates = Build.flags(Self.overBudget(CandidateSpool.memoryLimit + 300))
        #expect(candidates.count >= CandidateSpool.memoryLimit + 300)
        var spool = CandidateSpool()
        for candidate in candidates.reversed() { try spool.add(candidate) }
        var back: [FlagCandidate] = []
        try await spool.forEachBatch(of: 777) { back += $0 }
        #expect(back == candidates.inNumberingOrder)
    }

    @Test("Counts, the first few and the escalated risks, read by query, are what walking every flag gives")
    func summaryQueries() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run(Self.overBudget(25) + FlagsFixture.projects)
        let escalated = try await fixture.flagID(.coiCommittee)
        let (_, risk) = try await fixture.service.escalateToRisk(
            escalated, department: nil, owner: "surachai", context: CommandContext(actor: "anan"))
        let dismissed = try #require(try await RedFlagQueries.list(fixture.store).last { $0.id != escalated })
        _ = try await fixture.service.dismiss(dismissed.id, reason: "ตรวจแล้ว", context: CommandContext(actor: "anan"))

        let whole = try await RedFlagQueries.list(fixture.store)
        let years: [FiscalYear?] = Set(whole.map(\.id.fiscalYear)).sorted { $0.be < $1.be } + [nil]
        for year in years {
            let walked = whole.filter { year == nil || $0.id.fiscalYear == year }
            var expected: [String: Int] = [:]
            for flag in walked { expected["\(flag.indicator.rawValue) \(flag.status.rawValue)", default: 0] += 1 }
            var counted: [String: Int] = [:]
            for line in try await RedFlagQueries.counts(fixture.store, fiscalYear: year) {
                counted["\(line.indicator.rawValue) \(line.status.rawValue)"] = line.count
            }
            #expect(counted == expected, "fiscal year \(String(describing: year))")
            #expect(Set(counted.keys.map { $0.split(separator: " ")[1] }).count >= (year == nil ? 3 : 1))
            guard let year else { continue }
            for status in RedFlag.Status.allCases {
                let first = try await RedFlagQueries.first(
                    3, in: fixture.store, filter: RedFlagFilter(fiscalYear: year, status: status))
                #expect(first == Array(walked.filter { $0.status == status }.prefix(3)))
            }
            #expect(
                try await RedFlagQueries.escalatedRiskIDs(fixture.store, fiscalYear: year)
                    == Set(walked.compactMap(\.riskID)).sorted())
        }
        #expect(whole.compactMap(\.riskID) == [risk.description])
        #expect(try await RedFlagQueries.first(0, in: fixture.store, filter: RedFlagFilter()).isEmpty)
    }

    @Test("Pages of the flag list are the whole list, in order")
    func pages() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run(Self.overBudget(25) + FlagsFixture.projects)
        let whole = try await RedFlagQueries.list(fixture.store)
        var paged: [RedFlagSummary] = []
        try await RedFlagQueries.forEach(fixture.store, pageSize: 4) { paged.append($0) }
        #expect(paged.map(\.id) == whole.map(\.id))
        #expect(whole.count > 25)
    }

    static let filters: [RedFlagFilter] = [
        RedFlagFilter(), RedFlagFilter(fiscalYear: FiscalYear(be: 2568)), RedFlagFilter(status: .open),
        RedFlagFilter(indicator: .splitYear),
    ]

    @Test("A page of the flag list reads the index in order: no temporary B-tree", arguments: 0..<filters.count)
    func plan(_ index: Int) async throws {
        let fixture = try await FlagsFixture()
        let page = RedFlagQueries.pageQuery(Self.filters[index], after: (2568, 10), pageSize: 1_000)
        let plan = try await fixture.store.query("EXPLAIN QUERY PLAN " + page.sql, page.arguments)
            .compactMap { $0.string("detail") }
        #expect(!plan.isEmpty)
        #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "plan: \(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN red_flags") && !$0.contains("INDEX") }, "plan: \(plan)")
    }
}
