import Foundation
import Presentation
import Sujarit

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads answers from standard input, one line at a time, for an interactive command (`risk session`).
///
/// At a terminal (standard input and output both) the line is edited in raw mode, set through termios for the
/// length of one line and put back after it: left and right move, backspace deletes, up and down recall earlier
/// answers, Home/End, Ctrl-A/E/U/K work, and no `^[[A` is ever typed into the answer. From a pipe or a file the
/// lines are read as they come, so a session can be scripted. Ctrl-C makes the read answer
/// ``Input/interrupted`` instead of killing the program, so the command can say what it saved and exit
/// cleanly: typed while a line is edited it is a key; at any other moment (or from a pipe) it is SIGINT, which
/// ``InterruptPipe`` holds for the next read, and a second SIGINT before that read ends the program as usual.
final class LineReader {
    /// What one read gave.
    enum Input: Equatable {
        case line(String)
        case endOfInput
        case interrupted
    }

    /// Whether lines are edited at a terminal (otherwise read plainly from a pipe or a file).
    let interactive: Bool
    private let terminalInput = isatty(STDIN_FILENO) == 1
    private let style: TerminalStyle
    private let interrupts: InterruptPipe
    private var editor = LineEditor()
    private var decoder = KeyDecoder()
    /// Keys typed ahead of the line they belong to (a pasted block of answers), kept for the next reads.
    private var typedAhead: [LineEditor.Key] = []
    private var unread: [UInt8] = []
    private var finished = false

    /// A reader of standard input; prompts are painted with `style` at a terminal.
    init(style: TerminalStyle) throws {
        interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        self.style = style
        interrupts = try InterruptPipe()
    }

    /// Shows `prompt` and reads one line (without its line end).
    func read(_ prompt: String) -> Input {
        interactive ? edit(prompt) : plain(prompt)
    }

    // MARK: From a pipe

    private func plain(_ prompt: String) -> Input {
        Console.out(prompt, terminator: "")
        while true {
            if let end = unread.firstIndex(of: 0x0A) {
                var line = Array(unread[..<end])
                unread.removeFirst(end + 1)
                if line.last == 0x0D { line.removeLast() }
                let text = String(decoding: line, as: UTF8.self)
                // The answer beside its question, so a piped transcript reads like a session (a terminal echoes it).
                if !terminalInput { Console.out(text) }
                return .line(text)
            }
            if finished {
                guard !unread.isEmpty else { return .endOfInput }
                unread.append(0x0A) // a last line without its line end
                continue
            }
            switch waitForBytes() {
            case .bytes(let bytes): unread += bytes
            case .end: finished = true
            case .interrupted: return .interrupted
            }
        }
    }

    // MARK: At a terminal

    private func edit(_ prompt: String) -> Input {
        guard let saved = Self.enterRawMode() else { return plain(prompt) }
        defer {
            var original = saved
            tcsetattr(STDIN_FILENO, TCSANOW, &original)
        }
        var line = EditedLine(prompt: style.paint(TerminalText.safe(prompt), .yellow), width: prompt.displayWidth)
        while true {
            while !typedAhead.isEmpty {
                let before = editor.text
                switch editor.handle(typedAhead.removeFirst()) {
                case .editing: continue
                case .done(let text): return finish(.line(text), showing: text, on: &line)
                case .endOfInput: return finish(.endOfInput, showing: before, on: &line)
                case .interrupted: return finish(.interrupted, showing: before, on: &line)
                }
            }
            write(line.draw(editor.text, cursor: editor.cursor))
            switch waitForBytes() {
            case .bytes(let bytes): typedAhead = decoder.keys(from: bytes)
            case .end: return finish(.endOfInput, showing: editor.text, on: &line)
            case .interrupted: return finish(.interrupted, showing: editor.text, on: &line)
            }
        }
    }

    /// Shows the line as it was answered, moves to the next row, and returns `input` with the editor emptied.
    private func finish(_ input: Input, showing text: String, on line: inout EditedLine) -> Input {
        write(line.draw(text, cursor: text.count) + "\r\n")
        _ = editor.handle(.clear)
        return input
    }

    /// Standard input without line buffering, echo or signal keys, for one line. The settings before, to put
    /// back; nil when the terminal refuses.
    private static func enterRawMode() -> termios? {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return nil }
        var raw = saved
        // ISIG off too: Ctrl-C arrives as a key even when the terminal is not the program's controlling one.
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | IEXTEN | ISIG)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return nil }
        return saved
    }

    private func write(_ text: String) {
        Console.write(text)
    }

    // MARK: Waiting

    private enum Wait { case bytes([UInt8]), end, interrupted }

    /// Waits for standard input or Ctrl-C, whichever comes first.
    private func waitForBytes() -> Wait {
        var descriptors = [
            pollfd(fd: interrupts.readEnd, events: Int16(POLLIN), revents: 0),
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            (descriptors[0].revents, descriptors[1].revents) = (0, 0)
            if poll(&descriptors, 2, -1) < 0 {
                if errno == EINTR { continue }
                return .end
            }
            if descriptors[0].revents != 0 {
                interrupts.take()
                return .interrupted
            }
            guard descriptors[1].revents != 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = readDescriptor(STDIN_FILENO, &chunk, chunk.count)
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            return count > 0 ? .bytes(Array(chunk[..<count])) : .end
        }
    }
}

/// The prompt and the line being edited as drawn on one terminal row. A line wider than the terminal scrolls
/// sideways (`window` is its first shown `Character`), so it never wraps onto a row a carriage return cannot
/// reach; positions are display widths, so Thai vowel and tone marks take no column.
struct EditedLine {
    /// The prompt as printed (it may be painted).
    let prompt: String
    /// The prompt's display width.
    let width: Int
    private var window = 0

    init(prompt: String, width: Int) {
        self.prompt = prompt
        self.width = width
    }

    /// What redraws the row: the prompt, the part of `text` that fits with the `cursor`-th Character in view,
    /// the rest of the row cleared, and the cursor put in place.
    mutating func draw(_ text: String, cursor: Int) -> String {
        let characters = Array(TerminalText.safe(text))
        let cursor = min(cursor, characters.count)
        let room = max(8, (TerminalSize.measured(STDOUT_FILENO) ?? 80) - width - 1)
        window = min(window, cursor)
        while String(characters[window..<cursor]).displayWidth > room { window += 1 }
        var shown = "", used = 0
        for character in characters[window...] {
            let columns = character.displayWidth
            if used + columns > room { break }
            shown.append(character)
            used += columns
        }
        let column = width + String(characters[window..<cursor]).displayWidth
        return "\r" + prompt + shown + "\u{1B}[K\r" + (column > 0 ? "\u{1B}[\(column)C" : "")
    }
}

/// `read(2)`, under a name of its own: inside ``LineReader`` the name `read` is the reader's method.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
