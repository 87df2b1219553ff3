import Foundation
import Presentation

/// Writing to the two standard streams. Results go to standard output, messages and progress to standard
/// error, so that `sujarit … --format csv > file.csv` captures only the data.
///
/// Everything goes through ``TerminalText``: stored text (a risk's title, an imported winner's name, a bad
/// value quoted in an error) may hold escape sequences that would clear the screen, retitle the window or
/// hide text, so control characters are shown as symbols (`␛`) on both streams; only the colour codes
/// Sujarit paints itself pass, and CRLF line ends (CSV) are kept.
enum Console {
    static func out(_ text: String = "", terminator: String = "\n") {
        FileHandle.standardOutput.write(Data(safe(text + terminator).utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data(safe(text + "\n").utf8))
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
        return copy.withUTF8 { bytes in
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
}
