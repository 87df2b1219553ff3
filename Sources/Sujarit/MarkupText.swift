/// Text made safe for the markup Sujarit writes: HTML (reports, heatmaps) and Markdown, which renders any HTML
/// it contains. The one escaping function every renderer calls, so a title such as `<script>` or
/// `<img onerror=…>` typed into a register shows as text in every output instead of running.
public enum MarkupText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as entities: safe inside HTML elements and quoted
    /// attribute values, and shown unchanged by Markdown viewers (which read entities).
    public static func htmlEscaped(_ text: String) -> String { escaped(text, markdown: false) }

    /// `text` for a Markdown table cell or line: HTML escaped, `|` escaped so it does not split the cell, and
    /// line breaks (`\r\n`, `\n` or `\r`) written `<br>` so the row stays one line.
    public static func markdownCell(_ text: String) -> String { escaped(text, markdown: true) }

    /// One pass over `text`'s UTF-8 bytes. Every character replaced is ASCII, and in UTF-8 an ASCII byte is never
    /// part of another character, so bytes are exact where characters were not: a walk by `Character` took `"`
    /// or `<` followed by a combining mark as one other character and let it through, and a quote left that way
    /// still ends an HTML attribute. Bytes are also what a national list needs: Foundation's
    /// `replacingOccurrences`, four times per cell, was 60 % of `procurement list --format md`.
    private static func escaped(_ text: String, markdown: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            case UInt8(ascii: "|") where markdown: out += "\\|".utf8
            case UInt8(ascii: "\r") where markdown: out += "<br>".utf8
            // The `\n` of a `\r\n` is the same break as its `\r`, already written.
            case UInt8(ascii: "\n") where markdown: if previous != UInt8(ascii: "\r") { out += "<br>".utf8 }
            default: out.append(byte)
            }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }
}
