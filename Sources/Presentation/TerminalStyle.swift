import Foundation

/// How to write for standard output: whether to colour (only for a terminal, and never when `NO_COLOR` is set,
/// https://no-color.org) and how wide tables may be (``TerminalSize``).
public struct TerminalStyle: Sendable {
    /// How wide a table may be on the terminal.
    public enum Width: Sendable, Hashable {
        /// Fit in this many columns: free-text columns wrap onto several lines, a table too wide even so is
        /// shown one record at a time; ids, codes and numbers are never wrapped or cut.
        case columns(Int)
        /// As wide as the cells, each cut at its column's `maxWidth` (a pipe, a file).
        case natural
        /// As wide as the cells, nothing cut or wrapped (`--wide`).
        case full
    }

    /// Whether ANSI colour codes may be written.
    public let colors: Bool
    /// How wide tables may be.
    public let width: Width

    /// Decides from the environment and whether the stream is a terminal; `wide` (`--wide`) lets tables run
    /// as wide as their cells.
    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        isTerminal: Bool = TerminalStyle.stdoutIsTerminal, wide: Bool = false
    ) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        colors = isTerminal && !noColor && !dumb
        let columns = TerminalSize.columns(
            environment: environment, isTerminal: isTerminal,
            measured: isTerminal ? TerminalSize.measured(STDOUT_FILENO) : nil)
        width = wide ? .full : columns.map(Width.columns) ?? .natural
    }

    /// A style with colours forced on or off and a given width (tests, files, `--color`).
    public init(colors: Bool, width: Width = .natural) {
        self.colors = colors
        self.width = width
    }

    /// Whether standard output is a terminal.
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal (progress bars go there).
    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// ANSI colours used by the tables and the heatmap.
    public enum Color: String, Sendable {
        case red = "31", green = "32", yellow = "33", blue = "34", magenta = "35", cyan = "36", gray = "90"
        case bold = "1", dim = "2"
    }

    /// `text` wrapped in the colour's escape codes, or unchanged when colours are off.
    public func paint(_ text: String, _ color: Color) -> String {
        colors ? "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// `text` on a 24-bit background colour given as `#rrggbb` (heatmap cells), or unchanged.
    public func background(_ text: String, hex: String) -> String {
        guard colors, let (r, g, b) = Self.rgb(hex) else { return text }
        let luminance = (299 * r + 587 * g + 114 * b) / 1000
        let foreground = luminance > 140 ? "30" : "97"
        return "\u{1B}[\(foreground);48;2;\(r);\(g);\(b)m\(text)\u{1B}[0m"
    }

    static func rgb(_ hex: String) -> (Int, Int, Int)? {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        return (value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff)
    }
}
