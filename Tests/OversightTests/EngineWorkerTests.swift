import Foundation
import Procurement
import Sujarit
import Testing

@testable import Oversight

/// `flags run` computes the rules on a second thread while the store is read (`EngineWorker`): the candidates
/// must be exactly those of one thread, and a failure on either side must stop both and reach the caller.
@Suite("The engine on its own thread")
struct EngineWorkerTests {
    /// Projects over `departments` departments, several chunks' worth, with flags of several indicators.
    static func projects(_ count: Int, departments: Int) -> [ProcurementProject] {
        (1...count).map { number in
            Build.project(
                number, department: String(7_000_000 + number % departments),
                agreed: number % 3 == 0 ? 120_000 : 480_000, budget: 100_000,
                tax: Build.taxID(50_000_000 + number % 7), awarded: "2025-0\(1 + number % 9)-1\(number % 10)")
        }
    }

    /// The candidates in numbering order, for comparing runs.
    static func ordered(_ spool: CandidateSpool) async throws -> [FlagCandidate] {
        var all: [FlagCandidate] = []
        try await spool.forEachBatch(of: 1_000) { all += $0 }
        return all
    }

    @Test("More projects than the queue holds: the same candidates, in the same order, as one thread finds")
    func sameCandidates() async throws {
        let count = ProjectList.chunkSize * EngineWorker.queueLimit * 3 + 17
        let projects = ProjectList(Self.projects(count, departments: 40))
        let found = try await EngineWorker.run(RedFlagEngine(settings: RedFlagSettings()), over: projects)
        #expect(found.projects == count)

        var alone = CandidateSpool()
        for candidate in RedFlagEngine.evaluate(projects.projects, settings: RedFlagSettings()) {
            try alone.add(candidate)
        }
        let threaded = try await Self.ordered(found.spool)
        #expect(threaded.count > CandidateSpool.memoryLimit, "enough flags that some wait in the spool's file")
        #expect(threaded == (try await Self.ordered(alone)))
    }

    /// A national run's waiting candidates are in the engine's temporary file; those that pass their cut-off
    /// are spooled where they are (written once), and must come back with their cut-off as one thread finds them.
    @Test("Waiting candidates left in the engine's file: the same candidates, with their cut-offs, in the same order")
    func waitingInFile() async throws {
        let projects = ProjectList(Self.projects(ProjectList.chunkSize * 4, departments: 12))
        let engine = RedFlagEngine(settings: RedFlagSettings()).keepingWaiting(inMemory: 3)
        let found = try await EngineWorker.run(engine, over: projects)

        var alone = CandidateSpool()
        for candidate in RedFlagEngine.evaluate(projects.projects, settings: RedFlagSettings()) {
            try alone.add(candidate)
        }
        let threaded = try await Self.ordered(found.spool)
        #expect(
            threaded.filter { $0.evidence.cutOff != nil }.count > 3,
            "more candidates passed a cut-off than memory held: some were spooled from the engine's file")
        #expect(threaded == (try await Self.ordered(alone)))
    }

    @Test("A department that comes back is refused by the engine, and the reader stops with its error")
    func engineFailure() async throws {
        let grouped = Self.projects(ProjectList.chunkSize * 2, departments: 1)
        let source = Unordered(projects: grouped + [Build.project(1, department: "1111111")] + grouped)
        await #expect(throws: OversightError.projectsNotGrouped(department: grouped[0].departmentID)) {
            _ = try await EngineWorker.run(RedFlagEngine(settings: RedFlagSettings()), over: source)
        }
    }

    @Test("A reader that fails stops the engine, and its own error reaches the caller")
    func readerFailure() async throws {
        // Grouped by department, so that the engine has nothing to refuse: the reader's failure is the only one.
        let grouped = ProjectList(Self.projects(ProjectList.chunkSize * EngineWorker.queueLimit * 2, departments: 3))
        let source = Failing(projects: grouped.projects)
        await #expect(throws: Failing.Failure.self) {
            _ = try await EngineWorker.run(RedFlagEngine(settings: RedFlagSettings()), over: source)
        }
    }

    @Test("Sort keys written out in sorted runs and merged back: the same order as one sort in memory")
    func spoolRuns() async throws {
        let candidates = Build.flags(FlagBatchingTests.overBudget(CandidateSpool.memoryLimit + 300))
        var spool = CandidateSpool(runLength: 97)
        for candidate in candidates.reversed() { try spool.add(candidate) }
        #expect(spool.count == candidates.count)
        var back: [FlagCandidate] = []
        try await spool.forEachBatch(of: 500) { back += $0 }
        #expect(back == candidates.inNumberingOrder)
    }

    @Test("Two runs at once over batches of flags: each flag recorded once, numbered without a gap")
    func concurrentRuns() async throws {
        let fixture = try await FlagsFixture()
        let projects = FlagBatchingTests.overBudget(RedFlagService.batchSize * 2 + 300)
        async let first = fixture.run(projects)
        async let second = fixture.run(projects)
        let runs = try await [first, second]
        let found = runs[0].found
        #expect(runs[1].found == found && found >= projects.count)
        let raised = runs.flatMap(\.raised)
        #expect(raised.count == found, "every flag raised by one run or the other")
        #expect(Set(raised).count == raised.count, "no flag raised twice")
        for run in runs { #expect(run.raised.count + run.unchanged == found) }
        let listed = try await RedFlagQueries.list(fixture.store)
        #expect(listed.count == found)
        for year in Set(listed.map(\.id.fiscalYear)) {
            let numbers = listed.filter { $0.id.fiscalYear == year }.map(\.id.number)
            #expect(numbers == Array(1...numbers.count), "numbered 1, 2, 3… per fiscal year without a gap")
        }
    }

    /// Hands the projects over as given, without grouping them.
    struct Unordered: ProcurementProjectSource {
        let projects: [ProcurementProject]

        func forEachProject(_ body: (ProcurementProject) throws -> Void) async throws {
            for project in projects { try body(project) }
        }
    }

    /// Hands over half the projects, then fails as a lost database would.
    struct Failing: ProcurementProjectSource {
        struct Failure: Error {}
        let projects: [ProcurementProject]

        func forEachProject(_ body: (ProcurementProject) throws -> Void) async throws {
            for project in projects.prefix(projects.count / 2) { try body(project) }
            throw Failure()
        }
    }
}
