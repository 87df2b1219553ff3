import Foundation
import Procurement

/// Runs a ``RedFlagEngine`` on a thread of its own while the caller reads projects, so that reading the store
/// and computing the rules use two cores.
///
/// The reader hands projects over in chunks (the read model's pages of 500, or
/// ``ProcurementProjectSource/chunkSize``) through a queue of at most ``queueLimit`` chunks; when the engine
/// falls behind, the reader waits, so memory holds a few thousand projects in transit whatever the size of the
/// run. A chunk is moved, not copied: the reader's side neither retains nor releases a project's fields. The
/// engine takes the projects in the order they were read, so it finds exactly the candidates one thread would;
/// they go to a ``CandidateSpool`` as they are found.
///
/// The engine gets a thread rather than a task: the reader's callback is synchronous and waits for room in
/// the queue, and a task waiting that way would hold one of the few threads the engine's task would need.
final class EngineWorker: @unchecked Sendable {
    /// Chunks waiting at most: the reader waits beyond that.
    static let queueLimit = 8

    private let condition = NSCondition()
    // Shared under `condition`.
    private var queue: [[ProcurementProject]] = []
    private var closed = false
    private var failure: (any Error)?
    private var outcome: Result<Void, any Error>?
    private var waiter: CheckedContinuation<Void, any Error>?
    // The worker thread's alone until it finishes, then the caller's.
    private var engine: RedFlagEngine
    private var spool = CandidateSpool()

    private init(engine: RedFlagEngine) {
        self.engine = engine
    }

    /// Streams `source` through `engine` on a second thread and returns every candidate it found, with how
    /// many projects it read.
    ///
    /// - throws: What the source or the engine threw (``OversightError/projectsNotGrouped(department:)``,
    ///   a money total that does not fit, a ``TemporaryFileError``), after the thread has stopped.
    static func run(
        _ engine: RedFlagEngine, over source: any ProcurementProjectSource
    ) async throws -> (spool: CandidateSpool, projects: Int) {
        let worker = EngineWorker(engine: engine)
        let thread = Thread { worker.work() }
        thread.name = "sujarit-flags-engine"
        thread.start()
        do {
            try await source.forEachChunk { try worker.push($0) }
            try worker.close(failing: nil)
        } catch {
            try? worker.close(failing: error)
            try? await worker.finished()
            throw error
        }
        try await worker.finished()
        return (worker.spool, worker.engine.projectCount)
    }

    /// Tells the worker no more comes (`error`: stop without finishing).
    private func close(failing error: (any Error)?) throws {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        if let error, failure == nil { failure = error }
        condition.broadcast()
    }

    /// Queues `chunk`; waits while the queue is full. Throws the engine's error once it has failed.
    private func push(_ chunk: consuming [ProcurementProject]) throws {
        guard !chunk.isEmpty else { return }
        condition.lock()
        defer { condition.unlock() }
        while queue.count >= Self.queueLimit, failure == nil { condition.wait() }
        if let failure { throw failure }
        queue.append(chunk)
        condition.broadcast()
    }

    /// Waits for the worker thread to finish.
    private func finished() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            condition.lock()
            if let outcome {
                condition.unlock()
                continuation.resume(with: outcome)
            } else {
                waiter = continuation
                condition.unlock()
            }
        }
    }

    /// The worker thread: takes chunks until the reader closes, then runs the statistical rules.
    private func work() {
        do {
            while var next = take() {
                // Moved out (reversed in place, then popped) rather than iterated: iterating copies each
                // project, retaining and later releasing every one of its fields (issue 17's profile). The
                // buffer's reverse moves the values; the array's own copies each one it swaps.
                next.withUnsafeMutableBufferPointer { $0.reverse() }
                while let project = next.popLast() {
                    try engine.consume(project)
                    for candidate in engine.takeCandidates() { try spool.add(candidate) }
                }
            }
            if let failure = stopped() { throw failure }
            try engine.finish({ try spool.add($0) }, stored: { try self.spool.add($0, cutOff: $1) })
            end(.success(()))
        } catch {
            end(.failure(error))
        }
    }

    /// The next chunk, or nil once the reader has closed (or either side failed) and the queue is empty.
    private func take() -> [ProcurementProject]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty, !closed, failure == nil { condition.wait() }
        guard failure == nil, !queue.isEmpty else { return nil }
        condition.broadcast()
        return queue.removeFirst()
    }

    private func stopped() -> (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return failure
    }

    private func end(_ result: Result<Void, any Error>) {
        condition.lock()
        if case .failure(let error) = result, failure == nil { failure = error }
        queue.removeAll()
        outcome = result
        let waiting = waiter
        waiter = nil
        condition.broadcast()
        condition.unlock()
        waiting?.resume(with: result)
    }
}
