import Foundation

/// Normalisation shared by every parser in Sujarit.
extension String {
    /// The text with Thai digits made Arabic and surrounding whitespace (including no-break spaces and
    /// newlines) removed: the common first step before recognising dates, amounts and identifiers.
    var normalizedInput: String {
        ThaiDigits.toArabic(self).trimmingWhitespace
    }

    /// The text without leading and trailing whitespace, judged by the Unicode White_Space property.
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }

    /// True when the text is non-empty and made only of ASCII digits 0–9.
    var isASCIIDigits: Bool {
        !isEmpty && unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
    }
}

/// The one rule every importer and file reader applies to a text field before it is stored: no control
/// characters and no more than a length limit.
///
/// Control characters have no place in names, titles or notes and break what comes after the store:
/// PostgreSQL refuses a NUL inside text (so `sujarit migrate` would fail forever on a store that holds
/// one), terminals interpret escapes, and printed reports show garbage. Refused are C0 (U+0000–U+001F)
/// except tab, and line feed and carriage return where the field allows several lines; DEL (U+007F); and
/// C1 (U+0080–U+009F). The limits keep one huge field from costing hundreds of megabytes in every
/// projection and report that reads it.
public enum InputText {
    /// Whether a field may hold several lines.
    public enum Lines: Sendable, Hashable {
        /// One line: tab is the only control character allowed.
        case single
        /// Several lines: tab, line feed and carriage return are allowed.
        case multiple
    }

    /// The most UTF-8 bytes in a name, title, identifier or other one-line field: 4 KiB (about 1,300 Thai
    /// characters; real names and titles are under 500 bytes).
    public static let maxNameBytes = 4 << 10

    /// The most UTF-8 bytes in a note, description or other free text: 64 KiB.
    public static let maxNoteBytes = 64 << 10

    /// Checks `text`, throwing the first problem: a refused control character (with its position) or
    /// more bytes than `maxBytes`. Readers turn the problem into their own error naming file, line and field.
    public static func check(
        _ text: some StringProtocol, lines: Lines = .single, maxBytes: Int = maxNameBytes
    ) throws(InputTextError) {
        try check(String(text), lines: lines, maxBytes: maxBytes)
    }

    /// ``check(_:lines:maxBytes:)`` for a `String`, the form every reader has: the bytes are scanned in
    /// place. Imports check millions of fields (a 106 MB e-GP feed is about 100 MB of field text), so this
    /// is concrete rather than generic (a generic walk across modules went through a protocol witness per
    /// byte and made the feed reader five times slower) and reads the string's contiguous UTF-8 storage.
    public static func check(
        _ text: String, lines: Lines = .single, maxBytes: Int = maxNameBytes
    ) throws(InputTextError) {
        let count = text.utf8.count
        guard count <= maxBytes else { throw .tooLong(bytes: count, limit: maxBytes) }
        let clean =
            text.utf8.withContiguousStorageIfAvailable { isClean($0, lines: lines) }
            ?? isClean(Array(text.utf8), lines: lines)
        guard !clean else { return }
        var position = 0
        for scalar in text.unicodeScalars {
            position += 1
            if isRefused(scalar, lines: lines) { throw .controlCharacter(scalar.value, position: position) }
        }
    }

    /// Whether UTF-8 `bytes` hold no control character that `lines` refuses. C0 and DEL are single bytes;
    /// C1 characters are 0xC2 followed by 0x80–0x9F.
    @inline(__always)
    static func isClean(_ bytes: some Collection<UInt8>, lines: Lines) -> Bool {
        let multiple = lines == .multiple
        var previous: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 {
                if byte != 0x09 && !(multiple && (byte == 0x0A || byte == 0x0D)) { return false }
            } else if byte == 0x7F || (previous == 0xC2 && byte < 0xA0 && byte >= 0x80) {
                return false
            }
            previous = byte
        }
        return true
    }

    /// True for a control character that `lines` does not allow.
    public static func isRefused(_ scalar: Unicode.Scalar, lines: Lines = .single) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x0A, 0x0D: lines == .single
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}

/// Why a text field was refused by `InputText.check(_:lines:maxBytes:)`.
public enum InputTextError: Error, LocalizedError, Sendable, Hashable {
    /// The text holds a control character: its code point and its 1-based position, counted in Unicode
    /// scalars (code points), as editors that show a column in code points count it.
    case controlCharacter(UInt32, position: Int)
    /// The text is longer than the limit, in UTF-8 bytes.
    case tooLong(bytes: Int, limit: Int)

    /// The problem and what to do, without the place (the reader adds file, line and field).
    public var errorDescription: String? {
        switch self {
        case let .controlCharacter(value, position):
            "the text holds the control character \(Self.name(value)) at code point \(position); control characters "
                + "(NUL, escape, DEL and the like) are not accepted. Remove it: it usually comes from a damaged export or a copy from a binary file."
        case let .tooLong(bytes, limit):
            "the text is \(bytes) bytes long; at most \(limit) bytes are accepted. Shorten it, or check that the "
                + "file is not damaged (a missing quote makes one field swallow the rest of the file)."
        }
    }

    /// `U+0000 (NUL)` and the like.
    private static func name(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [
            0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x09: "TAB", 0x0A: "LF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL",
        ]
        return names[value].map { "\(code) (\($0))" } ?? code
    }
}
