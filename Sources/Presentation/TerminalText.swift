import Sujarit

/// Stored text made harmless for a terminal: control characters are shown as visible symbols instead of
/// being sent to the terminal.
///
/// Text in the store comes from people and imported files. An escape sequence in a risk's title or a
/// winner's name (ESC `[2J` clears the screen, OSC sets the window title or writes a hyperlink, some
/// terminals even answer queries into the input) would otherwise act on the terminal of whoever lists it.
/// What counts as a control character is ``InputText/isRefused(_:lines:)``'s rule for several-line text:
/// C0 except tab and line feed, DEL and C1; carriage return is shown too, since it rewrites the line. Each
/// becomes its Unicode control picture (ESC → `␛`, CR → `␍`, DEL → `␡`) or, for C1, `�`, so the reader
/// sees that something was there.
public enum TerminalText {
    /// `text` with every control character but tab and line feed replaced by a visible symbol.
    public static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnsafe(scalar) ? picture(scalar) : scalar)
        }
        return String(out)
    }

    /// `text` made safe as ``safe(_:)`` does, except that the colour codes Sujarit itself writes
    /// (``TerminalStyle``: bold, dim, the foreground colours and 24-bit backgrounds, reset) are kept. Used on
    /// whole lines of terminal output, where painted labels and stored text meet; nothing else — cursor
    /// movement, screen clearing, concealed text, OSC titles or links — gets through.
    public static func safe(_ text: String, keepingColors: Bool) -> String {
        guard keepingColors, text.unicodeScalars.contains("\u{1B}") else { return safe(text) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let end = colorSequenceEnd(scalars, from: index) {
                out.append(contentsOf: scalars[index...end])
                index = end + 1
                continue
            }
            let scalar = scalars[index]
            out.append(isUnsafe(scalar) ? picture(scalar) : scalar)
            index += 1
        }
        return String(out)
    }

    /// The index of the final `m` when a colour sequence Sujarit writes starts at `start`: ESC `[`, then
    /// codes 0, 1, 2, 22, 30–37, 39, 90–97 or a 24-bit colour `38;2;r;g;b` / `48;2;r;g;b`, then `m`.
    static func colorSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard scalars[start] == "\u{1B}", start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
        var end = start + 2
        while end < scalars.count, end - start < 32, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) {
            end += 1
        }
        guard end < scalars.count, scalars[end] == "m" else { return nil }
        let codes = String(String.UnicodeScalarView(scalars[(start + 2)..<end])).split(
            separator: ";", omittingEmptySubsequences: false
        ).map { Int($0) }
        var position = 0
        while position < codes.count {
            guard let code = codes[position] else { return nil }
            switch code {
            case 0, 1, 2, 22, 30...37, 39, 90...97:
                position += 1
            case 38, 48:
                guard position + 4 < codes.count, codes[position + 1] == 2,
                    codes[(position + 2)...(position + 4)].allSatisfy({ $0.map { (0...255).contains($0) } ?? false })
                else { return nil }
                position += 5
            default:
                return nil
            }
        }
        return end
    }

    /// Whether `scalar` must not reach a terminal as it is.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x0D || InputText.isRefused(scalar, lines: .multiple)
    }

    /// The symbol shown in place of a control character.
    static func picture(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)!
        case 0x7F: "\u{2421}"
        default: "\u{FFFD}"
        }
    }
}
