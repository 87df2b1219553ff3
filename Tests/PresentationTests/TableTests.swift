import Presentation
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

    @Test("CSV has a BOM, keys as header, CRLF, and quotes fields with commas")
    func csv() {
        let csv = sample().csv()
        #expect(csv.hasPrefix("\u{FEFF}id,event,score\r\n"))
        #expect(csv.contains("R-22,\"ที่ดิน, สิ่งปลูกสร้าง\",6\r\n"))
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
