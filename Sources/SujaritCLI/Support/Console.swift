import ArgumentParser
import Foundation
import Presentation

/// Writing to the two standard streams. Results go to standard output, messages and progress to standard
/// error, so that `sujarit … --format csv > file.csv` captures only the data.
///
/// Everything goes through ``TerminalText``: stored text (a risk's title, an imported winner's name, a bad
/// value quoted in an error) may hold escape sequences that would clear the screen, retitle the window or
/// hide text, so control characters are shown as symbols (`␛`) on both streams; only the colour codes
/// Sujarit paints itself pass, and CRLF line ends (CSV) are kept.
///
/// Output that cannot be written (a full disk behind `> file`) ends the command with a message and exit status
/// 1 (``outputFailed(_:)``), never a crash; a reader that went away (`| head -1`) ends it quietly.
enum Console {
    /// Writes `text` to standard output; ends the command when it cannot be written.
    static func out(_ text: String = "", terminator: String = "\n") {
        write(safe(text + terminator))
    }

    /// Writes UTF-8 `bytes` (a list's chunk of output) to standard output, made safe as ``out(_:terminator:)``
    /// makes text: bytes with no control character to show, nearly all, go as they are, without being checked
    /// into a `String` first. Ends the command when they cannot be written.
    static func out(utf8 bytes: [UInt8]) {
        guard bytes.withUnsafeBufferPointer(isClean) else {
            return out(String(decoding: bytes, as: UTF8.self), terminator: "")
        }
        do {
            try StandardStream.output.write(bytes)
        } catch {
            outputFailed(error)
        }
    }

    /// Writes `text` to standard output as it is (a line editor's cursor moves); ends the command when it cannot.
    static func write(_ text: String) {
        do {
            try StandardStream.output.write(text)
        } catch {
            outputFailed(error)
        }
    }

    /// Writes a message line to standard error. If even that fails there is nowhere left to say anything:
    /// the message is dropped, and the command's exit status still tells.
    static func err(_ text: String) {
        try? StandardStream.error.write(safe(text + "\n"))
    }

    /// Ends the command whose output could not be written. The store needs nothing undone: a command prints
    /// after its transaction commits (or between whole transactions), and ending inside one leaves it
    /// uncommitted, so the store holds what was recorded before, never half of it.
    static func outputFailed(_ error: StandardStream.WriteError) -> Never {
        if error.isClosedPipe {
            // The reader has what it wanted: end as a closed pipe ends a program, quietly (status 141), also when
            // a library (the PostgreSQL client's event loop) made SIGPIPE ignored.
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            Foundation.exit(128 + SIGPIPE)
        }
        err(
            """
            Error: could not write the output (\(error.stream)) — เขียนผลลัพธ์ไม่ได้: \(error.reason). Send it where \
            there is room (another file or disk, a pipe); the store keeps whatever the command recorded before, whole.
            """)
        Foundation.exit(ExitCode.failure.rawValue)
    }

    /// `text` with control characters made visible, colours and CRLF line ends kept.
    static func safe(_ text: String) -> String {
        // CRLF is one Character in Swift: keep it (CSV line ends) while a lone CR, which rewrites the line, is shown.
        // Nearly all text holds nothing to show, so its UTF-8 bytes are scanned first and it is returned as it is.
        guard !isClean(text) else { return text }
        let crlf: Character = "\r\n"
        return text.split(separator: crlf, omittingEmptySubsequences: false)
            .map { TerminalText.safe(String($0), keepingColors: true) }
            .joined(separator: "\r\n")
    }

    /// Whether `text` holds no control character but tab, line feed and CR before a line feed: C0 and DEL are
    /// single bytes, C1 characters are 0xC2 followed by 0x80–0x9F. A CR LF pair is one `Character` that
    /// ``safe(_:)`` keeps, so text whose only CRs end lines is returned by it unchanged.
    static func isClean(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8(isClean)
    }

    /// Whether the UTF-8 `bytes` hold no control character to show (as the text overload checks).
    static func isClean(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 {
                let lineEnd = byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A
                if !lineEnd && byte != 0x0A && byte != 0x09 { return false }
            } else if byte == 0x7F || (previous == 0xC2 && byte >= 0x80 && byte < 0xA0) {
                return false
            }
            previous = byte
        }
        return true
    }
}
