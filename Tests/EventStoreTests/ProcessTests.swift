import EventStore
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A child process running `sujarit-store-torture`, with its output collected line by line.
final class TortureProcess: @unchecked Sendable {
    /// The tool, built beside the test bundle (`swift build` / `swift test` build every executable).
    static var executable: URL {
        get throws {
            let productsDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            let candidates = [
                productsDirectory.appendingPathComponent("sujarit-store-torture"),
                // On macOS the runner may live inside an .xctest bundle, three levels below the products.
                productsDirectory.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                    .appendingPathComponent("sujarit-store-torture"),
            ]
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
                throw ToolMissing(searched: candidates.map(\.path))
            }
            return found
        }
    }

    struct ToolMissing: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            """
            sujarit-store-torture is not built (looked for \(searched.joined(separator: ", "))); run 'swift \
            build' before 'swift test'
            """
        }
    }

    let process = Process()
    private let output = Pipe()
    private let errors = Pipe()
    private let lock = NSLock()
    private var lines: [String] = []
    private var commitTimes: [ContinuousClock.Instant] = []
    private var partial = Data()
    private var errorText = Data()
    /// Left by each pipe's reader at end of file.
    private let drained = DispatchGroup()

    init(_ arguments: [String]) throws {
        process.executableURL = try Self.executable
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Each pipe is drained by a thread of its own with blocking reads until the child's end closes it.
        // Not `readabilityHandler`: its dispatch source can still be registered when the pipe's descriptor
        // is closed and its number reused by another test's process, which crashed libdispatch's event loop
        // (signal 11 in _dispatch_event_loop_drain) under a busy parallel run.
        drain(output.fileHandleForReading) { $0.received($1) }
        drain(errors.fileHandleForReading) { process, data in process.lock.withLock { process.errorText += data } }
    }

    /// Reads `handle` on its own thread until end of file, passing each chunk to `body`.
    private func drain(_ handle: FileHandle, _ body: @escaping @Sendable (TortureProcess, Data) -> Void) {
        drained.enter()
        Thread.detachNewThread { [self] in
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                body(self, data)
            }
            drained.leave()
        }
    }

    private func received(_ data: Data) {
        lock.withLock {
            partial += data
            while let newline = partial.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: partial[partial.startIndex..<newline], as: UTF8.self)
                lines.append(line)
                if line.hasPrefix("committed ") { commitTimes.append(.now) }
                partial = Data(partial[partial.index(after: newline)...])
            }
        }
    }

    var outputLines: [String] { lock.withLock { lines } }

    /// The median time between two commits: how long one batch takes in this run.
    var batchDuration: Duration? {
        let times = lock.withLock { commitTimes }
        guard times.count >= 3 else { return nil }
        let intervals = zip(times.dropFirst(), times).map { $0 - $1 }.sorted()
        return intervals[intervals.count / 2]
    }
    var standardError: String { lock.withLock { String(decoding: errorText, as: UTF8.self) } }

    /// The sequence numbers the child reported as committed, in order.
    var committed: [Int64] {
        outputLines.compactMap { line in
            line.hasPrefix("committed ") ? Int64(line.dropFirst("committed ".count)) : nil
        }
    }

    /// Waits until `condition` holds, the process ends, or the timeout passes; returns whether it held.
    func wait(timeout: TimeInterval, until condition: (TortureProcess) -> Bool) async throws -> Bool {
        let deadline = Date() + timeout
        while Date() < deadline {
            if condition(self) { return true }
            if !process.isRunning { return condition(self) }
            try await Task.sleep(for: .milliseconds(5))
        }
        return condition(self)
    }

    /// Waits for the process to end; kills it and fails after `timeout`.
    func waitForExit(timeout: TimeInterval) async throws -> Int32 {
        let ended = try await wait(timeout: timeout) { !$0.process.isRunning }
        if !ended {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Issue.record("sujarit-store-torture did not finish in \(timeout) s: \(outputLines.suffix(3))")
        }
        process.waitUntilExit()
        // Let the pipe readers deliver what is left (the child's end of each pipe is closed now).
        _ = drained.wait(timeout: .now() + 5)
        return process.terminationStatus
    }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// The store as the torture tool keeps it, so the test can open it with the same read model.
struct TortureCount: Projection {
    var name: String { "torture_count" }
    var version: Int { 1 }
    var tables: [String] { ["torture_count"] }
    var schema: [String] { ["CREATE TABLE torture_count (event_type TEXT PRIMARY KEY, n BIGINT NOT NULL)"] }
    func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        [
            SQLStatement(
                """
                INSERT INTO torture_count (event_type, n) VALUES (?, 1) ON CONFLICT (event_type) DO UPDATE SET n \
                = torture_count.n + 1
                """,
                [event.type]
            )
        ]
    }
}

/// Real processes against one SQLite file: killed with SIGKILL mid-batch, and writing at the same time.
@Suite("SQLiteEventStore with real processes", .serialized)
struct ProcessTests {
    @Test(
        "A writer killed with SIGKILL mid-batch leaves the log as it was before that batch", arguments: [false, true])
    func killedMidBatch(largeBatches: Bool) async throws {
        let dir = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("torture.db").path
        // Large batches (160 events of 16 KB, 2.6 MB, more than SQLite's page cache) make SQLite write pages to
        // the WAL before committing, so the kill also leaves uncommitted frames in the WAL file, not only an
        // open transaction in memory. Small ones are killed while the (slow) read model is being updated.
        let batchSize = largeBatches ? 160 : 50
        let arguments = [
            "append", "--store", path, "--batches", "100000", "--batch-size", "\(batchSize)", "--slow-projection",
            "--slow-micros", largeBatches ? "300" : "1000", "--payload-bytes", largeBatches ? "16384" : "64",
        ]
        var lastReported: Int64 = 0
        var roundsWithUncommittedFrames = 0
        for round in 1...4 {
            let child = try TortureProcess(arguments)
            let target = lastReported + Int64(batchSize * (2 + round % 3))
            let reached = try await child.wait(timeout: 60) { ($0.committed.last ?? 0) >= target }
            #expect(
                reached,
                "round \(round): the child committed \(child.committed.count) batches; stderr: \(child.standardError)")
            // Land inside the next batch's transaction, in its second half (where the large batches have
            // already spilled pages to the WAL and the slow read model is being updated).
            let batch = child.batchDuration ?? .milliseconds(50)
            try await Task.sleep(for: batch * Double.random(in: 0.45...0.9))
            child.kill9()
            #expect(child.process.terminationReason == .uncaughtSignal)
            let reported = child.committed.last ?? lastReported
            if WriteAheadLog.uncommittedFrames(atPath: path + "-wal") > 0 { roundsWithUncommittedFrames += 1 }

            let store = try SQLiteEventStore.open(at: path, projections: [TortureCount()])
            let last = try await store.lastSequence()
            #expect(last >= reported, "round \(round): committed \(reported) but the log ends at \(last)")
            #expect(
                last % Int64(batchSize) == 0, "round \(round): \(last) is not a whole number of batches of \(batchSize)"
            )
            #expect(last <= reported + Int64(batchSize), "round \(round): more than one batch beyond the last report")
            let report = try await store.verify(progress: nil)
            #expect(report.isIntact, "round \(round): \(String(describing: report.firstBreak))")
            #expect(report.eventsChecked == last)
            let checkpoint = try await store.query(
                "SELECT sequence FROM projection_checkpoints WHERE name = 'torture_count'")
            #expect(checkpoint.first?.int64("sequence") == last)
            let counted = try await store.query("SELECT sum(n) AS total FROM torture_count")
            #expect(counted.first?.int64("total") == last)
            // Each batch's own stream is whole: half a batch, never a part of it.
            var perStream: [StreamID: Int] = [:]
            try await store.forEachEvent(filter: EventFilter(category: "torture")) {
                perStream[$0.streamID, default: 0] += 1
            }
            let own = perStream.filter { $0.key.id != "shared" }
            #expect(own.values.allSatisfy { $0 == batchSize / 2 }, "round \(round): a batch stream was cut")
            #expect(perStream[try StreamID("torture/shared")] == own.count * (batchSize - batchSize / 2))

            // Appending afterwards works and continues the chain.
            let receipt = try await store.append(
                [Fixture.event("AfterCrash", round)], to: Fixture.stream("check/after-\(round)"),
                expectedVersion: .noStream)
            #expect(receipt.sequences == (last + 1)...(last + 1))
            #expect(try await store.verify(progress: nil).isIntact)
            // The next round's batches are whole again only if this check event makes a whole batch: pad it.
            try await store.append(
                Fixture.events(batchSize - 1, type: "Padding"), to: Fixture.stream("check/pad-\(round)"),
                expectedVersion: .noStream)
            lastReported = try await store.lastSequence()
            #expect(lastReported % Int64(batchSize) == 0)
        }
        if largeBatches {
            #expect(
                roundsWithUncommittedFrames > 0, "no kill left half a batch in the WAL: the test did not test recovery")
        }
    }

    @Test("Four processes appending to one stream of one file: every event once, versions without gaps, chain intact")
    func contendedWriters() async throws {
        let dir = try SQLiteHarness.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("contended.db").path
        _ = try SQLiteEventStore.create(at: path, projections: [TortureCount()])
        let stream = "torture/contended"
        let counts = [60, 45, 50, 40]
        let children = try counts.enumerated().map { index, count in
            try TortureProcess([
                "write-contended", "--store", path, "--stream", stream, "--count", "\(count)", "--actor",
                "writer-\(index)",
            ])
        }
        var conflicts = 0
        for (index, child) in children.enumerated() {
            let status = try await child.waitForExit(timeout: 120)
            #expect(status == 0, "writer \(index): \(child.standardError)")
            let summary = try #require(child.outputLines.last, "writer \(index) printed nothing")
            let parts = summary.split(separator: " ")
            #expect(parts.count == 4 && parts[0] == "appended" && parts[1] == "\(counts[index])", "\(summary)")
            conflicts += parts.count == 4 ? Int(parts[3]) ?? 0 : 0
        }

        let store = try SQLiteEventStore.open(at: path, projections: [TortureCount()])
        let total = counts.reduce(0, +)
        #expect(try await store.lastSequence() == Int64(total))
        #expect(try await store.streamVersion(try StreamID(stream)) == total)
        let events = try await store.events(in: try StreamID(stream))
        #expect(events.map(\.streamVersion) == Array(1...total))
        #expect(Set(events.map { "\($0.streamID)#\($0.streamVersion)" }).count == total)
        // Each writer's events are all there, numbered 0..<count in its own order.
        for (index, count) in counts.enumerated() {
            let mine = events.filter { $0.actor == "writer-\(index)" }.map(\.payloadText)
            #expect(mine == (0..<count).map { #"{"actor":"writer-\#(index)","n":\#($0)}"# })
        }
        let report = try await store.verify(progress: nil)
        #expect(report.isIntact && report.eventsChecked == Int64(total))
        #expect(
            try await store.query("SELECT n FROM torture_count WHERE event_type = 'Contended'").first?.int("n") == total
        )
        _ = conflicts // retries vary from run to run; what matters is that none lost or doubled an event
    }

    @Test(
        """
        Eight processes on PostgreSQL over three shared streams: every event once, conflicts only to losers, \
        chain intact
        """,
        .enabled(if: PostgresHarness.fromEnvironment() != nil, "needs SUJARIT_TEST_POSTGRES (.ci/run sets it)")
    )
    func contendedWritersOnPostgres() async throws {
        let harness = try #require(PostgresHarness.fromEnvironment())
        let store = try await harness.makeStore(projections: [TortureCount()])
        defer { Task { await harness.dispose(store) } }
        let url = harness.url(of: PostgresHarness.database(of: store))
        let counts = [40, 35, 30, 45, 25, 40, 30, 35]
        let children = try counts.enumerated().map { index, count in
            try TortureProcess([
                "write-contended", "--store", url, "--stream", "torture/shared", "--streams", "3",
                "--count", "\(count)", "--actor", "writer-\(index)",
            ])
        }
        var conflicts = 0
        for (index, child) in children.enumerated() {
            let status = try await child.waitForExit(timeout: 300)
            #expect(status == 0, "writer \(index): \(child.standardError)")
            let parts = (child.outputLines.last ?? "").split(separator: " ")
            #expect(
                parts.count == 4 && parts[0] == "appended" && parts[1] == "\(counts[index])",
                "writer \(index): \(parts)")
            conflicts += parts.count == 4 ? Int(parts[3]) ?? 0 : 0
        }

        let total = counts.reduce(0, +)
        #expect(try await store.lastSequence() == Int64(total))
        var seen = Set<String>()
        for k in 0..<3 {
            let events = try await store.events(in: try StreamID("torture/shared-\(k)"))
            #expect(events.map(\.streamVersion) == Array(1...events.count), "stream \(k) has gaps")
            for event in events { seen.insert("\(event.actor)#\(event.payloadText)") }
        }
        #expect(seen.count == total, "every event once: \(seen.count) distinct of \(total)")
        for (index, count) in counts.enumerated() {
            let mine = seen.filter { $0.hasPrefix("writer-\(index)#") }
            #expect(mine.count == count)
        }
        let report = try await store.verify(progress: nil)
        #expect(report.isIntact && report.eventsChecked == Int64(total))
        #expect(
            try await store.query("SELECT n FROM torture_count WHERE event_type = 'Contended'").first?.int("n") == total
        )
        // Eight writers on three streams collide; the losers were told, retried, and nothing was lost.
        #expect(conflicts > 0)
    }

    @Test("The torture tool refuses bad arguments with exit status 2")
    func toolUsage() async throws {
        let child = try TortureProcess(["append", "--store"])
        #expect(try await child.waitForExit(timeout: 30) == 2)
        #expect(child.standardError.contains("--store needs a value"))
    }
}

/// Reads an SQLite WAL file's frame headers (https://www.sqlite.org/fileformat2.html#walformat).
enum WriteAheadLog {
    /// How many valid frames follow the last commit frame: pages of a transaction that never committed.
    static func uncommittedFrames(atPath path: String) -> Int {
        guard let data = FileManager.default.contents(atPath: path), data.count >= 32 else { return 0 }
        let bytes = [UInt8](data)
        func word(_ offset: Int) -> UInt32 {
            bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
        }
        let pageSize = Int(word(8))
        let salts = (word(16), word(20))
        guard pageSize >= 512 else { return 0 }
        var offset = 32, frames = 0, lastCommit = 0
        while offset + 24 + pageSize <= bytes.count {
            guard (word(offset + 8), word(offset + 12)) == salts else { break }
            frames += 1
            if word(offset + 4) != 0 { lastCommit = frames } // a commit frame records the database size
            offset += 24 + pageSize
        }
        return frames - lastCommit
    }
}
