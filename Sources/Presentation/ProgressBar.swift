import Foundation
import Sujarit

/// A one-line progress bar on standard error, drawn only when standard error is a terminal, so that piped
/// or scripted runs stay clean. Redraws at most ten times a second.
public final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var drawn = false

    /// Creates a bar; pass `enabled: false` to silence it (scripts, `--quiet`).
    public init(label: String, enabled: Bool = TerminalStyle.stderrIsTerminal) {
        self.label = label
        self.enabled = enabled
    }

    /// Reports `done` of `total` units.
    public func update(_ done: Int64, of total: Int64) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let width = 30
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let text = "\r\(label) \(bar) \(Int(fraction * 100))% \(done.formatted())/\(total.formatted())"
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    /// Clears the line so the summary that follows starts clean.
    public func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        drawn = false
    }
}
