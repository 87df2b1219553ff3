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
        guard
            text.unicodeScalars.contains(where: {
                ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
            })
        else { return text }
        let crlf: Character = "\r\n"
        return text.split(separator: crlf, omittingEmptySubsequences: false)
            .map { TerminalText.safe(String($0), keepingColors: true) }
            .joined(separator: "\r\n")
    }
}
