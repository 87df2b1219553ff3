import Mustache

/// Text for a template whose ids and codes are marked as such, so that `--thai-digits` gives Thai digits to the
/// running text and leaves every id and code as it is typed ("M-2568-001", "O35", a SHA-256): a reader types
/// them back into a command or a search box, and nobody types "M-๒๕๖๘-๐๐๑".
///
/// A view puts a `CodedText` where a `String` would go; ``ThaiText/localize(_:)`` converts only its text parts,
/// and Mustache prints it like a string (escaped in HTML). Empty, it counts as absent in a `{{#section}}`.
struct CodedText: MustacheCustomRenderable, CustomStringConvertible, Equatable {
    /// One run of the text: words and numbers a reader reads, or an id or code a reader types.
    enum Part: Equatable {
        case text(String)
        case code(String)

        var string: String {
            switch self {
            case .text(let text), .code(let text): text
            }
        }
    }

    var parts: [Part]

    init(_ parts: [Part]) { self.parts = parts }

    /// An id or code on its own, e.g. a measure's `M-2568-001` or an ITA item's `O35`.
    static func code(_ code: String) -> CodedText { CodedText([.code(code)]) }

    /// Codes separated by `separator`: `M-2568-001, M-2568-002`.
    static func codes(_ codes: [String], separator: String = ", ") -> CodedText {
        var parts: [Part] = []
        for (index, code) in codes.enumerated() {
            if index > 0 { parts.append(.text(separator)) }
            parts.append(.code(code))
        }
        return CodedText(parts)
    }

    /// A code followed by running text, e.g. a measure's id and its title.
    static func code(_ code: String, then text: String) -> CodedText {
        CodedText([.code(code), .text(text)])
    }

    /// A line a report value writes as an id, `separator` and text (`M-2568-003: เลยกำหนด 92 วัน`), taken
    /// apart for a template: `id`, a code, and `text`; a line that does not start with an id is all `text`.
    static func leadingCode(of line: String, before separator: String) -> [String: Any] {
        guard line.first?.isASCII == true, let range = line.range(of: separator) else { return ["text": line] }
        let code = line[..<range.lowerBound]
        guard !code.isEmpty, code.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else { return ["text": line] }
        return ["id": CodedText.code(String(code)), "text": String(line[range.upperBound...])]
    }

    var description: String { parts.map(\.string).joined() }
    var renderText: String { description }
    var isNull: Bool { parts.allSatisfy { $0.string.isEmpty } }

    /// The text parts changed by `transform` (Thai digits), the codes left alone.
    func mapText(_ transform: (String) -> String) -> CodedText {
        CodedText(
            parts.map {
                switch $0 {
                case .text(let text): .text(transform(text))
                case .code: $0
                }
            })
    }

    /// Every part changed by `transform` (escaping for Markdown), keeping which parts are codes.
    func mapAll(_ transform: (String) -> String) -> CodedText {
        CodedText(
            parts.map {
                switch $0 {
                case .text(let text): .text(transform(text))
                case .code(let code): .code(transform(code))
                }
            })
    }
}
