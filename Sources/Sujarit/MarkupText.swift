/// Text made safe for the markup Sujarit writes: HTML (reports, heatmaps) and Markdown, which renders any HTML
/// it contains. The one escaping function every renderer calls, so a title such as `<script>` or
/// `<img onerror=…>` typed into a register shows as text in every output instead of running.
public enum MarkupText {
    /// `text` with `&`, `<`, `>`, `"` and `'` written as entities: safe inside HTML elements and quoted
    /// attribute values, and shown unchanged by Markdown viewers (which read entities).
    public static func htmlEscaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// `text` for a Markdown table cell or line: HTML escaped, `|` escaped so it does not split the cell, and
    /// line breaks written `<br>` so the row stays one line.
    public static func markdownCell(_ text: String) -> String {
        htmlEscaped(text).replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>").replacingOccurrences(of: "\n", with: "<br>")
            .replacingOccurrences(of: "\r", with: "<br>")
    }
}
