import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How many columns the output has to fit in, so that tables wrap their text instead of running past the
/// edge of the terminal.
///
/// The rule, in order:
/// 1. `COLUMNS`, when it is set to a whole number: the user said so (`COLUMNS=80 sujarit risk list`), as
///    `ls` and Python read it. Shells keep `COLUMNS` unexported, so it reaches Sujarit only when asked.
/// 2. The terminal's own width (`TIOCGWINSZ`), when the output is a terminal; 80 if the terminal does not say.
/// 3. None when the output is a pipe or a file: a script or `less -S` gets every row on one line.
public enum TerminalSize {
    /// The narrowest width honoured; a smaller `COLUMNS` is taken as this.
    public static let narrowest = 20

    /// The width to fit, by the rule above: `measured` is the terminal's own width (nil when unknown).
    public static func columns(environment: [String: String], isTerminal: Bool, measured: Int?) -> Int? {
        if let text = environment["COLUMNS"]?.trimmingCharacters(in: .whitespaces), let value = Int(text), value > 0 {
            return max(narrowest, value)
        }
        guard isTerminal else { return nil }
        guard let measured, measured > 0 else { return 80 }
        return max(narrowest, measured)
    }

    /// The width of the terminal `descriptor` is connected to, or nil when it is not a terminal or does not say.
    public static func measured(_ descriptor: Int32) -> Int? {
        var size = winsize()
        #if os(Linux)
            let result = ioctl(descriptor, UInt(TIOCGWINSZ), &size)
        #else
            let result = ioctl(descriptor, TIOCGWINSZ, &size)
        #endif
        return result == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    }
}
