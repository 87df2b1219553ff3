import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C while Chromium or LibreOffice prints a report: the printer is stopped and the print throws
/// ``PrintInterrupted``, so that every `defer` on the way out runs before the program ends.
///
/// A print takes seconds and keeps a browser or office profile of several megabytes in the temporary folder, and
/// the half-written file beside the target; Ctrl-C's default action would end the program before either is
/// removed, and every interrupted print would leave them behind. While a value lives, SIGINT stops the printer
/// instead. A second Ctrl-C, when the printer does not stop, ends the program at once, as it always does. The
/// default action is put back when the value goes (as the command line's `InterruptPipe` does).
final class PrintInterruption: @unchecked Sendable {
    private let lock = NSLock()
    private var printer: Process?
    private var interrupted = false
    private let source: any DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.interrupt() }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }

    /// Stops `process` when Ctrl-C comes, or at once if it came already.
    func watch(_ process: Process) {
        let stop = lock.withLock {
            printer = process
            return interrupted
        }
        if stop { process.terminate() }
    }

    /// Throws when Ctrl-C came while the value lived.
    /// - throws: ``PrintInterrupted`` naming `document`.
    func check(_ document: String) throws {
        if lock.withLock({ interrupted }) { throw PrintInterrupted(document: document) }
    }

    private func interrupt() {
        let (again, process) = lock.withLock {
            defer { interrupted = true }
            return (interrupted, printer)
        }
        if again {
            // To the process, not this thread: dispatch's threads block SIGINT, so raise() would wait forever.
            signal(SIGINT, SIG_DFL)
            kill(getpid(), SIGINT)
        }
        process?.terminate()
    }
}

extension Process {
    /// Starts the process from a thread of its own on which no signal is blocked.
    ///
    /// A child inherits the signal mask of the thread that starts it, and the threads async code runs on block
    /// SIGTERM among others: a printer started from one could be stopped neither on Ctrl-C nor after its timeout.
    func runWithNoSignalBlocked() throws {
        let outcome = StartOutcome()
        Thread.detachNewThread { [self] in
            var none = sigset_t()
            sigemptyset(&none)
            pthread_sigmask(SIG_SETMASK, &none, nil)
            do { try run() } catch { outcome.error = error }
            outcome.done.signal()
        }
        outcome.done.wait()
        if let error = outcome.error { throw error }
    }
}

/// What starting a process on another thread gave: set there before `done` is signalled, read after.
private final class StartOutcome: @unchecked Sendable {
    var error: (any Error)?
    let done = DispatchSemaphore(value: 0)
}

/// A print stopped by Ctrl-C: the printer was stopped and its temporary files removed.
public struct PrintInterrupted: Error, LocalizedError, Equatable, Sendable {
    /// What was being written: "PDF", "Word document".
    public var document: String

    /// Names what was being written.
    public init(document: String) { self.document = document }

    public var errorDescription: String? {
        "Stopped by Ctrl-C while printing: the \(document) was not written, and no temporary file is left."
    }
}
