import Foundation
import Sujarit

/// A one-line progress bar on standard error, drawn only when standard error is a terminal, so that piped
/// or scripted runs stay clean. Redraws at most ten times a second, and never runs past the terminal's edge.
///
/// Counts read as people read them: `Verifying the log ███░░ 45% 1,234 / 2,740`, and a file being imported
/// as megabytes and items, `feed.xml ███░░ 11% 12.3 / 106.0 MB · 45,120 รายการ`.
public final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let width: Int
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// Creates a bar; pass `enabled: false` to silence it (scripts, `--quiet`).
    public init(label: String, enabled: Bool = TerminalStyle.stderrIsTerminal) {
        self.label = label
        self.enabled = enabled
        width = enabled ? TerminalSize.measured(STDERR_FILENO) ?? 80 : 80
    }

    /// Reports `done` of `total` things (events, agencies).
    public func update(_ done: Int64, of total: Int64) {
        draw(done: done, total: total) { Self.count(done) + " / " + Self.count(total) }
    }

    /// Reports `bytes` of a file of `total` bytes read (nil: its size is not known, say while it is
    /// decompressed) and, when known, the `items` read so far.
    public func update(bytes: Int64, of total: Int64?, items: Int? = nil) {
        draw(done: bytes, total: total) { Self.transfer(bytes: bytes, of: total, items: items) }
    }

    /// Clears the line so the summary that follows starts clean.
    public func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { Self.show("\r\u{1B}[2K") }
        drawn = false
    }

    private func draw(done: Int64, total: Int64?, amount: () -> String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard total.map({ done >= $0 }) ?? false || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let text = Self.line(label: label, done: done, total: total, amount: amount(), width: width)
        Self.show("\r\(text)\u{1B}[K")
        drawn = true
    }

    /// Writes `text` on standard error. A bar that cannot be drawn (standard error closed or full) is only
    /// decoration, so the failure is dropped and the command goes on.
    private static func show(_ text: String) {
        try? StandardStream.error.write(text)
    }

    /// The bar's line: the label (cut to make room), a 30-cell bar and percentage when the total is known,
    /// and `amount`; at most `width - 1` columns, so the terminal never wraps it.
    static func line(label: String, done: Int64, total: Int64?, amount: String, width: Int) -> String {
        var rest = " " + amount
        if let total {
            let fraction = total > 0 ? min(1, max(0, Double(done) / Double(total))) : 1
            let filled = Int(fraction * 30)
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
            rest = " \(bar) \(Int(fraction * 100))%" + rest
        }
        let room = width - 1 - rest.displayWidth
        return room >= 4 ? TerminalText.safe(label).truncated(toWidth: room) + rest : String(rest.dropFirst())
    }

    /// `12.3 / 106.0 MB · 45,120 รายการ`: megabytes of 1,000,000 bytes, as file managers count them.
    static func transfer(bytes: Int64, of total: Int64?, items: Int?) -> String {
        let size = total.map { megabytes(bytes) + " / " + megabytes($0) } ?? megabytes(bytes)
        return size + " MB" + (items.map { " · " + count(Int64($0)) + " รายการ" } ?? "")
    }

    /// `bytes` in megabytes with one decimal and thousands separators: `1,250.5`.
    static func megabytes(_ bytes: Int64) -> String {
        let tenths = (bytes + 50_000) / 100_000
        return count(tenths / 10) + "." + String(tenths % 10)
    }

    /// A whole number with thousands separators: `45,120`.
    static func count(_ value: Int64) -> String {
        Table.Cell.integer(Int(value)).text
    }
}
