import Presentation
import Sujarit
import Testing

@Suite("Table rendering")
struct TableTests {
    func sample() -> Table {
        var table = Table(columns: [
            .init("รหัส", key: "id"), .init("เหตุการณ์", key: "event"), .init("คะแนน", key: "score", alignment: .trailing),
        ])
        table.append(["R-1", "น้ำท่วม", "12"])
        table.append(["R-22", "ที่ดิน, สิ่งปลูกสร้าง", "6"])
        return table
    }

    @Test("Thai cells line up by display width, not character count")
    func thaiAlignment() {
        let lines = sample().terminal(style: TerminalStyle(colors: false)).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        // Every line ends its score column at the same display column.
        let widths = [lines[0], lines[2], lines[3]].map(\.displayWidth)
        #expect(Set(widths).count == 1, "rows have display widths \(widths)")
        #expect(lines[2].hasSuffix("12"))
    }

    @Test("CSV has keys as header, CRLF, quotes fields with commas, and a BOM only when asked for")
    func csv() {
        let csv = sample().csv()
        #expect(csv.hasPrefix("id,event,score\r\n"))
        #expect(csv.contains("R-22,\"ที่ดิน, สิ่งปลูกสร้าง\",6\r\n"))
        #expect(sample().csv(byteOrderMark: true).hasPrefix("\u{FEFF}id,event,score\r\n"))
    }

    @Test("Typed cells: people read grouped text and '-', scripts read numbers, decimal strings, ISO dates and null")
    func typedCells() throws {
        var table = Table(columns: [
            .init("n", key: "count"), .init("m", key: "budget"), .init("d", key: "day"), .init("x", key: "none"),
            .init("s", key: "share"),
        ])
        let day = try CalendarDate(year: 2025, month: 1, day: 31)
        table.append([
            .integer(1250), .money(try Money.parse("720000")), .date(day, shown: "31 ม.ค. 2568"), .missing,
            .number(91.5),
        ])
        let terminal = table.terminal(style: TerminalStyle(colors: false))
        #expect(terminal.contains("1,250") && terminal.contains("720,000.00") && terminal.contains("31 ม.ค. 2568"))
        let json = table.json()
        #expect(json.contains("\"count\" : 1250,"))
        #expect(json.contains("\"budget\" : \"720000.00\""))
        #expect(json.contains("\"day\" : \"2025-01-31\""))
        #expect(json.contains("\"none\" : null"))
        #expect(json.contains("\"share\" : 91.5"))
        #expect(table.csv() == "count,budget,day,none,share\r\n1250,720000.00,2025-01-31,,91.5\r\n")
    }

    @Test("JSON is an array of objects keyed by column key")
    func json() {
        let json = sample().json()
        #expect(json.contains("\"event\" : \"น้ำท่วม\""))
        #expect(json.hasPrefix("["))
    }

    @Test("Markdown escapes pipes")
    func markdown() {
        var table = Table(columns: [.init("a")])
        table.append(["x|y"])
        #expect(table.markdown().contains("x\\|y"))
    }

    @Test("Long cells are cut at maxWidth on a terminal only")
    func truncation() {
        var table = Table(columns: [.init("t", maxWidth: 5)])
        table.append(["abcdefghij"])
        #expect(table.terminal(style: TerminalStyle(colors: false)).contains("abcd…"))
        #expect(table.csv().contains("abcdefghij"))
    }
}

@Suite("Terminal colours")
struct TerminalStyleTests {
    @Test("Colour only on a terminal, and never with NO_COLOR or TERM=dumb")
    func colourRules() {
        #expect(TerminalStyle(environment: [:], isTerminal: true).colors)
        #expect(!TerminalStyle(environment: [:], isTerminal: false).colors)
        #expect(!TerminalStyle(environment: ["NO_COLOR": "1"], isTerminal: true).colors)
        #expect(!TerminalStyle(environment: ["TERM": "dumb"], isTerminal: true).colors)
        #expect(TerminalStyle(colors: false).paint("x", .red) == "x")
        #expect(TerminalStyle(colors: true).paint("x", .red) == "\u{1B}[31mx\u{1B}[0m")
    }
}
