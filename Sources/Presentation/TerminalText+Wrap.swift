import Foundation
import Sujarit

extension TerminalText {
    /// `text` broken into lines of at most `width` display columns, for a table cell on a narrow terminal.
    ///
    /// Thai is written without spaces between words; its words are found with ICU's dictionary (through
    /// `NSRegularExpression`'s Unicode word boundaries). Where a line ends is chosen in this order, in the
    /// line's second half: at a space; between two Thai words, or where Thai meets a word of another script
    /// or after `/` `,` `;`; inside a Thai word wider than the line, between grapheme clusters (a consonant
    /// keeps its vowels and tone marks), never after a leading vowel (เ แ โ ใ ไ) nor before ะ า ำ ๅ ๆ ฯ.
    /// A word of another script (an id, a number, an English word) is broken only when it is wider than
    /// `width` itself. Line feeds in `text` start new lines; spaces at a break are dropped.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            wrapParagraph(Line(paragraph), width: width)
        }
    }

    /// The widest word of `text` that ``wrap(_:width:)`` keeps whole however narrow the line: a word of
    /// another script (an id, a number, an English word). Thai counts as breakable anywhere a Thai line may
    /// end, so this is quick (no dictionary) and is the narrowest a column of such text can be.
    public static func widestWord(_ text: String) -> Int {
        var widest = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = Line(paragraph, dictionary: false)
            var run = 0
            for index in line.characters.indices {
                if index > 0, line.breakClass(before: index) != .none { run = 0 }
                if !line.characters[index].isWhitespace { run += line.widths[index] }
                widest = max(widest, run)
            }
        }
        return widest
    }

    /// How good a place to end a line is: the higher, the better.
    enum BreakClass: Int, Comparable {
        case none = 0, insideThai, boundary, space
        static func < (lhs: BreakClass, rhs: BreakClass) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    private static func wrapParagraph(_ line: Line, width: Int) -> [String] {
        let characters = line.characters
        let widths = line.widths
        var lines: [String] = []
        var start = 0
        while start < characters.count {
            var end = start
            var used = 0
            while end < characters.count, used + widths[end] <= width {
                used += widths[end]
                end += 1
            }
            if end == characters.count {
                lines.append(String(characters[start..<end]).trimmingTrailingSpaces())
                break
            }
            let cut = end == start ? start + 1 : breakPosition(line, from: start, to: end, width: width)
            lines.append(String(characters[start..<cut]).trimmingTrailingSpaces())
            start = cut
            while start < characters.count, characters[start] == " " { start += 1 }
        }
        return lines.isEmpty ? [""] : lines
    }

    /// Where to end the line that holds `characters[start..<end]` and cannot hold `characters[end]`.
    private static func breakPosition(_ line: Line, from start: Int, to end: Int, width: Int) -> Int {
        let widths = line.widths
        var best: [BreakClass: Int] = [:]
        var lastAnywhere: Int?
        var used = widths[start..<end].reduce(0, +)
        // From the end back: the first position found of each class is the latest one.
        for index in stride(from: end, to: start, by: -1) {
            let kind = line.breakClass(before: index)
            if kind != .none {
                if lastAnywhere == nil { lastAnywhere = index }
                if 2 * used >= width, best[kind] == nil { best[kind] = index }
            }
            used -= widths[index - 1]
        }
        for kind in [BreakClass.space, .boundary, .insideThai] {
            if let index = best[kind] { return index }
        }
        return lastAnywhere ?? end
    }

}

/// One paragraph of text as ``TerminalText/wrap(_:width:)`` sees it: its characters, their widths, and where
/// its Thai words start.
private struct Line {
    let characters: [Character]
    let widths: [Int]
    /// The indices of the characters that start a Thai word (not the first of a Thai run).
    let thaiWordStarts: Set<Int>

    /// The paragraph `text`; `dictionary: false` leaves Thai words unfound (every break inside Thai is then
    /// ``TerminalText/BreakClass/insideThai``), which is quicker.
    init(_ text: Substring, dictionary: Bool = true) {
        characters = Array(text)
        widths = characters.map(\.displayWidth)
        let thai = dictionary && characters.contains(where: Self.isThai)
        thaiWordStarts = thai ? Self.wordStarts(String(text), characters) : []
    }

    /// Whether and how well a line may end before `characters[index]`.
    func breakClass(before index: Int) -> TerminalText.BreakClass {
        let previous = characters[index - 1]
        let next = characters[index]
        if previous.isWhitespace || next.isWhitespace { return .space }
        if Self.leadingVowels.contains(Self.first(previous)) || Self.following.contains(Self.first(next)) {
            return .none
        }
        switch (Self.isThai(previous), Self.isThai(next)) {
        case (true, true):
            return thaiWordStarts.contains(index) ? .boundary : .insideThai
        case (true, false), (false, true):
            // Thai against a word of another script; not against punctuation: "ม.ค." and "(ก)" stay whole.
            let other = Self.isThai(previous) ? next : previous
            return other.isLetter || other.isNumber ? .boundary : .none
        case (false, false):
            return "/,;".contains(previous) ? .boundary : .none
        }
    }

    /// Word boundaries as ICU's word break iterator finds them, with its Thai dictionary.
    private static func wordStarts(_ text: String, _ characters: [Character]) -> Set<Int> {
        let offsets = Set(
            wordBoundary.matches(in: text, range: NSRange(text.startIndex..., in: text)).map(\.range.location))
        var starts = Set<Int>()
        var utf16 = 0
        for (index, character) in characters.enumerated() {
            if index > 0, offsets.contains(utf16) { starts.insert(index) }
            utf16 += character.utf16.count
        }
        return starts
    }

    // An empty match at every word boundary; the pattern is a constant, so it compiles.
    private static let wordBoundary = try! NSRegularExpression(pattern: "\\b", options: [.useUnicodeWordBoundaries])

    private static func first(_ character: Character) -> Unicode.Scalar { character.unicodeScalars.first! }

    /// Thai letters, vowels and marks; not Thai digits, which are numbers and never broken.
    private static func isThai(_ character: Character) -> Bool {
        (0x0E01...0x0E4F).contains(first(character).value)
    }

    /// เ แ โ ใ ไ: written before the consonant they follow in speech; a syllable starts with them.
    private static let leadingVowels: Set<Unicode.Scalar> = [
        "\u{0E40}", "\u{0E41}", "\u{0E42}", "\u{0E43}", "\u{0E44}",
    ]
    /// ะ า ำ ๅ, ๆ and ฯ: they belong to the syllable before them.
    private static let following: Set<Unicode.Scalar> = [
        "\u{0E30}", "\u{0E32}", "\u{0E33}", "\u{0E45}", "\u{0E46}", "\u{0E2F}",
    ]
}
