/// One line being typed at a terminal: the text, the cursor and the earlier lines to recall, changed key by key.
///
/// A value without input or output, so the editing rules can be followed one key at a time: `LineReader`
/// feeds it the keys a `KeyDecoder` found in the terminal's bytes and draws what it holds.
struct LineEditor {
    /// What a key does to the line.
    enum Key: Equatable {
        case text(String), left, right, home, end, backspace, delete, up, down, enter, endOfInput, interrupt
        case clear, killToEnd
    }

    /// What the line is after a key.
    enum Outcome: Equatable {
        case editing
        case done(String)
        case endOfInput
        case interrupted
    }

    /// The text typed so far.
    private(set) var text = ""
    /// How many `Character`s stand before the cursor.
    private(set) var cursor = 0
    /// The lines entered before, oldest first, for up and down.
    private(set) var history: [String] = []
    private var recalled: Int?
    private var draft = ""

    /// The text before the cursor, whose display width says where the cursor is.
    var beforeCursor: String { String(text.prefix(cursor)) }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .text(let typed):
            // Counted again after joining: a Thai vowel or tone mark typed after a consonant joins its Character.
            let before = beforeCursor + typed
            text = before + text.dropFirst(cursor)
            cursor = before.count
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        case .backspace:
            // One Unicode scalar, not a whole Character: a mistyped tone mark goes, its consonant stays.
            var before = beforeCursor
            guard !before.isEmpty else { break }
            before.unicodeScalars.removeLast()
            text = before + text.dropFirst(cursor)
            cursor = before.count
        case .delete:
            guard cursor < text.count else { break }
            text = beforeCursor + text.dropFirst(cursor + 1)
        case .up: recall(-1)
        case .down: recall(+1)
        case .clear: (text, cursor) = ("", 0)
        case .killToEnd: text = beforeCursor
        case .endOfInput:
            guard text.isEmpty else { return handle(.delete) }
            return .endOfInput
        case .interrupt: return .interrupted
        case .enter:
            let line = text
            if !line.isEmpty, history.last != line { history.append(line) }
            (text, cursor, recalled, draft) = ("", 0, nil, "")
            return .done(line)
        }
        return .editing
    }

    /// Moves through the history: -1 to an older line, +1 to a newer one and at last back to the line being typed.
    private mutating func recall(_ step: Int) {
        guard !history.isEmpty else { return }
        let current = recalled ?? history.count
        if current == history.count { draft = text }
        let next = min(max(current + step, 0), history.count)
        recalled = next == history.count ? nil : next
        text = next == history.count ? draft : history[next]
        cursor = text.count
    }
}

/// Turns the bytes a terminal sends into keys: UTF-8 text, control keys (Ctrl-A, Ctrl-E, Ctrl-U, …) and the
/// escape sequences of arrow, Home, End and Delete keys, in both the normal (`ESC [ A`) and the application
/// (`ESC O A`) forms. Unknown sequences are swallowed whole, never typed into the line as `^[[…`.
struct KeyDecoder {
    private var pending: [UInt8] = []

    /// The keys in `bytes`, keeping an unfinished character or sequence for the next call.
    mutating func keys(from bytes: [UInt8]) -> [LineEditor.Key] {
        pending += bytes
        var keys: [LineEditor.Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, length) = Self.key(at: index, in: pending) else { break }
            if let key { keys.append(key) }
            index += length
        }
        pending.removeFirst(index)
        return keys
    }

    /// The key starting at `start` and how many bytes it takes; nil when the bytes stop before it ends.
    private static func key(at start: Int, in bytes: [UInt8]) -> (LineEditor.Key?, Int)? {
        let byte = bytes[start]
        switch byte {
        case 0x1B: return escape(at: start, in: bytes)
        case 0x0D, 0x0A: return (.enter, 1)
        case 0x7F, 0x08: return (.backspace, 1)
        case 0x01: return (.home, 1)
        case 0x05: return (.end, 1)
        case 0x02: return (.left, 1)
        case 0x06: return (.right, 1)
        case 0x10: return (.up, 1)
        case 0x0E: return (.down, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x03: return (.interrupt, 1)
        case 0x15: return (.clear, 1)
        case 0x0B: return (.killToEnd, 1)
        case ..<0x20: return (nil, 1)
        default: break
        }
        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0
        guard length > 0 else { return (nil, 1) } // a stray continuation byte
        guard start + length <= bytes.count else { return nil }
        guard let text = String(validating: bytes[start..<start + length], as: UTF8.self) else { return (nil, 1) }
        return (.text(text), length)
    }

    /// `ESC [ … final` or `ESC O final`; any other byte after ESC is read as if ESC had not been typed.
    private static func escape(at start: Int, in bytes: [UInt8]) -> (LineEditor.Key?, Int)? {
        guard start + 1 < bytes.count else { return nil }
        let introducer = bytes[start + 1]
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else { return (nil, 1) }
        var end = start + 2
        // Parameter and intermediate bytes (0x20–0x3F) until the final byte (0x40–0x7E).
        while end < bytes.count, (0x20...0x3F).contains(bytes[end]) { end += 1 }
        guard end < bytes.count else { return nil }
        let parameters = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
        let key: LineEditor.Key? =
            switch (bytes[end], parameters) {
            case (UInt8(ascii: "A"), _): .up
            case (UInt8(ascii: "B"), _): .down
            case (UInt8(ascii: "C"), _): .right
            case (UInt8(ascii: "D"), _): .left
            case (UInt8(ascii: "H"), _), (UInt8(ascii: "~"), "1"), (UInt8(ascii: "~"), "7"): .home
            case (UInt8(ascii: "F"), _), (UInt8(ascii: "~"), "4"), (UInt8(ascii: "~"), "8"): .end
            case (UInt8(ascii: "~"), "3"): .delete
            default: nil
            }
        return (key, end - start + 1)
    }
}
