import Presentation
import Sujarit
import Testing

@Suite("CSV: one writer, RFC 4180 quoting and formulas neutralised")
struct CSVTextTests {
    @Test(
        "Every formula character a spreadsheet runs gets a single quote in front",
        arguments: [
            ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "\"'\r=1\""),
            ("-๕", "'-๕"),
        ])
    func neutralised(value: String, written: String) {
        #expect(CSVText.field(value) == written)
    }

    @Test("Near misses stay as written: a formula character later in the cell, text, plain numbers")
    func nearMisses() {
        // A lone "-" or "+" is the placeholder for "none" and computes nothing.
        for value in ["a=b", "x@y.th", "1+1", "ราคา =100", "R-2568-003", "", "'quoted", "-", "+"] {
            #expect(CSVText.field(value) == value, "\(value)")
        }
        // A number with a sign is a number to the spreadsheet, not a formula: it stays so columns still sum.
        for number in ["-5.00", "+12", "-1234", "-0.5"] { #expect(CSVText.field(number) == number, "\(number)") }
        #expect(CSVText.field("-1,234.50") == "\"-1,234.50\"")
        // Not plain numbers: an exponent, a misplaced thousands comma, a bare sign and fraction.
        for value in ["-2E5", "-1,23", "-.5", "-5."] {
            #expect(CSVText.field(value).hasPrefix("'") || CSVText.field(value).hasPrefix("\"'"), "\(value)")
        }
    }

    @Test("RFC 4180: commas, quotes, line breaks and edge spaces are quoted, quotes doubled")
    func quoting() {
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field("line 1\nline 2") == "\"line 1\nline 2\"")
        #expect(CSVText.field(" padded") == "\" padded\"")
        #expect(CSVText.document(header: ["a", "b"], rows: [["1", "=2"]]) == "\u{FEFF}a,b\r\n1,'=2\r\n")
    }

    @Test("decoded undoes exactly what neutralised added, so exports import back unchanged")
    func roundTrip() {
        for value in ["=1", "'=1", "''@x", "'-5", "-5", "'text", "plain", "\t", "'", "-", "@"] {
            #expect(CSVText.decoded(CSVText.neutralised(value)) == value, "\(value)")
        }
        #expect(CSVText.decoded("'quoted") == "'quoted")
    }

    @Test("Table CSV goes through the same writer")
    func table() {
        var table = Table(columns: [.init("ชื่อ", key: "title"), .init("บาท", key: "amount", alignment: .trailing)])
        table.append(["=HYPERLINK(\"http://x\")", "-5.00"])
        table.append(["@SUM(1)", "12"])
        let csv = table.csv()
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",-5.00\r\n"))
        #expect(csv.contains("'@SUM(1),12\r\n"))
    }
}

@Suite("Terminal output: control characters never reach the terminal")
struct TerminalTextTests {
    @Test("ESC, OSC, BEL, CR, DEL and C1 become visible symbols; tab and newline stay")
    func visible() {
        #expect(TerminalText.safe("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(TerminalText.safe("\u{1B}]0;owned\u{07}") == "␛]0;owned␇")
        #expect(TerminalText.safe("x\ry") == "x␍y")
        #expect(TerminalText.safe("del\u{7F}") == "del␡")
        #expect(TerminalText.safe("csi\u{9B}2J") == "csi\u{FFFD}2J")
        #expect(TerminalText.safe("ก\tข\nค") == "ก\tข\nค")
        #expect(TerminalText.safe("น้ำท่วม") == "น้ำท่วม")
    }

    @Test("Only Sujarit's own colour codes pass when colours are kept")
    func colours() {
        let painted =
            TerminalStyle(colors: true).paint("สูง", .red)
            + TerminalStyle(colors: true).background(" 16 ", hex: "#d32f2f")
        #expect(TerminalText.safe(painted, keepingColors: true) == painted)
        #expect(TerminalText.safe("\u{1B}[2J", keepingColors: true) == "␛[2J")
        #expect(TerminalText.safe("\u{1B}[8mhidden\u{1B}[0m", keepingColors: true) == "␛[8mhidden\u{1B}[0m")
        #expect(TerminalText.safe("\u{1B}[1;2H", keepingColors: true) == "␛[1;2H")
        #expect(TerminalText.safe("\u{1B}[38;5;1m", keepingColors: true) == "␛[38;5;1m")
    }

    @Test("A table's terminal form carries no escape character from its cells or headers")
    func table() {
        var table = Table(columns: [.init("t\u{1B}[31m"), .init("n")])
        table.append(["\u{1B}[2J\u{1B}]0;title\u{07}risk", "1"])
        let text = table.terminal(style: TerminalStyle(colors: false))
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        #expect(!text.unicodeScalars.contains("\u{07}"))
        #expect(text.contains("␛[2J␛]0;title␇risk"))
    }
}

@Suite("Markdown output: HTML in cells is escaped")
struct MarkdownEscapingTests {
    @Test("<script>, <img onerror> and entities are escaped; pipes and line breaks keep the row whole")
    func escaped() {
        var table = Table(columns: [.init("a"), .init("b")])
        table.append(["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"])
        table.append(["AT&T | x", "one\ntwo"])
        let markdown = table.markdown()
        #expect(!markdown.contains("<script>") && !markdown.contains("<img"))
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(markdown.contains("AT&amp;T \\| x"))
        #expect(markdown.contains("one<br>two"))
        #expect(MarkupText.htmlEscaped("\"'") == "&quot;&#39;")
    }

    @Test("A quote or bracket followed by a combining mark is escaped too; every line break is one <br>")
    func combiningMarksAndBreaks() {
        // "\u{301}" (a combining acute accent) makes `"` and `<` part of one grapheme with it; an attribute
        // value still ends at the quote, so the quote must be escaped whatever follows it.
        let attack = "x\"\u{301} onmouseover=alert(1) <\u{301}img>"
        let escaped = MarkupText.htmlEscaped(attack)
        #expect(!escaped.contains("\"") && !escaped.contains("<") && !escaped.contains(">"))
        #expect(escaped == "x&quot;\u{301} onmouseover=alert(1) &lt;\u{301}img&gt;")
        #expect(MarkupText.markdownCell("a\r\nb\nc\rd\n\ne|f") == "a<br>b<br>c<br>d<br><br>e\\|f")
        #expect(MarkupText.markdownCell("ราคา <๑,๐๐๐> | ข้อ") == "ราคา &lt;๑,๐๐๐&gt; \\| ข้อ")
        #expect(MarkupText.htmlEscaped("") == "" && MarkupText.markdownCell("ไม่มี") == "ไม่มี")
    }
}
