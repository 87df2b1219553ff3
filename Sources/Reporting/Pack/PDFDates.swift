import Foundation
import Sujarit

/// Pins the creation and modification dates Chromium writes into a PDF (`/CreationDate (D:20261206202252…)`)
/// to a given day, so that printing the same HTML again gives the same bytes.
///
/// Chromium's PDFs differ between two prints of one page only in those two dates. The replacement has the
/// same length (`D:` and fourteen digits), so no byte offset of the file's cross-reference table moves.
public enum PDFDates {
    /// `pdf` with every `/CreationDate (D:…)` and `/ModDate (D:…)` set to midnight UTC of `day`.
    public static func pinned(_ pdf: Data, to day: CalendarDate) -> Data {
        let stamp = Array(
            String(format: "%04d%02d%02d000000", day.year, day.month, day.day).utf8)
        var bytes = [UInt8](pdf)
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let pattern = Array(key.utf8)
            var index = 0
            while index + pattern.count + stamp.count <= bytes.count {
                guard bytes[index] == pattern[0], Array(bytes[index..<index + pattern.count]) == pattern else {
                    index += 1
                    continue
                }
                let start = index + pattern.count
                let digits = bytes[start..<start + stamp.count]
                if digits.allSatisfy({ (0x30...0x39).contains($0) }) {
                    bytes.replaceSubrange(start..<start + stamp.count, with: stamp)
                }
                index = start
            }
        }
        return Data(bytes)
    }
}
