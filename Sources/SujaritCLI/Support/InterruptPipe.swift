import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C (SIGINT) turned into a byte on a pipe, so an interactive command can wait for input and Ctrl-C
/// together (`poll`) and end at a point of its choosing instead of being killed between two answers.
///
/// While it lives, SIGINT no longer ends the program: a dispatch source writes one byte to the pipe, which
/// ``readEnd`` makes readable until ``take()`` reads it. If a byte is still waiting when Ctrl-C comes again,
/// the program is not reading its input (it is stuck, or busy), so the default action is put back and the
/// signal raised again: a second Ctrl-C always ends the program. Nothing is global: the pipe's ends are
/// captured by the handler, and the default action is restored when the pipe goes.
final class InterruptPipe {
    /// The end to poll: readable once Ctrl-C was pressed.
    let readEnd: Int32
    private let writeEnd: Int32
    private let source: any DispatchSourceSignal

    init() throws {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        (readEnd, writeEnd) = (ends[0], ends[1])
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let (readEnd, writeEnd) = (readEnd, writeEnd)
        source.setEventHandler {
            var waiting = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
            if poll(&waiting, 1, 0) > 0 {
                // To the process, not this thread: dispatch's threads block SIGINT, so raise() would leave it
                // pending on this thread and the program running.
                signal(SIGINT, SIG_DFL)
                kill(getpid(), SIGINT)
            }
            var byte: UInt8 = 3
            _ = write(writeEnd, &byte, 1)
        }
        source.resume()
    }

    /// Reads the waiting byte, so that the next Ctrl-C counts as a first one again.
    func take() {
        var byte: UInt8 = 0
        _ = read(readEnd, &byte, 1)
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
        close(readEnd)
        close(writeEnd)
    }
}
