import Foundation
import Testing
@testable import Sujarit

@Suite("Terminal display width")
struct DisplayWidthTests {
    @Test(
        "Widths",
        arguments: [
            ("", 0), ("abc", 3), ("ที่", 1), ("น้ำ", 2), ("สุจริต", 4), ("ก", 1), ("กั", 1), ("ปีงบประมาณ", 9),
            ("เทศบาลเมืองตากใบ", 15), ("สำนักงาน ป.ป.ช.", 14), ("ผ่านดีเยี่ยม", 8), ("๑๒๓", 3), ("๑,๐๐๐.๐๐ บาท", 12),
            ("中文", 4), ("ｶ", 1), ("Ａ", 2), ("한국", 4), ("e\u{301}", 1), ("a\u{200B}b", 2), ("a\u{200D}b", 2),
            ("\u{FEFF}x", 1), ("🙂", 2), ("O34 ความเสี่ยง", 12),
        ])
    func width(text: String, expected: Int) {
        #expect(text.displayWidth == expected)
    }

    @Test("Thai marks take no column, Swift's Character count differs")
    func thaiVersusCharacters() {
        let word = "ที่"
        #expect(word.count == 1) // one grapheme cluster
        #expect(word.unicodeScalars.count == 3)
        #expect(word.displayWidth == 1)
        #expect("น้ำ".count == 1 && "น้ำ".displayWidth == 2) // SARA AM is a spacing mark: one cluster, two columns
        // Every listed Thai combining mark is zero-width on its own.
        let marks = [0x0E31] + Array(0x0E34...0x0E3A) + Array(0x0E47...0x0E4E)
        for mark in marks {
            #expect(String(Unicode.Scalar(UInt32(mark))!).displayWidth == 0, "U+\(String(mark, radix: 16))")
        }
        #expect("\u{0E33}".displayWidth == 1) // SARA AM is a spacing vowel
        #expect("\u{0E40}".displayWidth == 1) // SARA E is written before the consonant
    }

    @Test("Padding uses display width, so Thai and ASCII columns line up")
    func padding() {
        let cells = ["สุจริต", "ที่", "abc", "น้ำ", "中文"].map { $0.padded(toWidth: 8) }
        #expect(cells.allSatisfy { $0.displayWidth == 8 })
        #expect("ที่".padded(toWidth: 4) == "ที่   ")
        #expect("สุจริต".padded(toWidth: 6, alignment: .trailing) == "  สุจริต")
        #expect("น้ำ".padded(toWidth: 5, alignment: .center) == " น้ำ  ")
        #expect("ab".padded(toWidth: 6, alignment: .center) == "  ab  ")
        #expect("toolong".padded(toWidth: 3) == "toolong")
        #expect("x".padded(toWidth: 0) == "x")
    }

    @Test("A mixed Thai/ASCII table lines up")
    func table() {
        let rows = [
            ("O34", "ประเมินความเสี่ยง", "156,000.00"), ("O35", "การดำเนินการเพื่อจัดการความเสี่ยง", "1.50"), ("O9", "น้ำ", "0.00"),
        ]
        let lines = rows.map { code, title, amount in
            code.padded(toWidth: 4) + "│" + title.fitted(toWidth: 20) + "│"
                + amount.padded(toWidth: 12, alignment: .trailing)
        }
        #expect(Set(lines.map(\.displayWidth)) == [4 + 1 + 20 + 1 + 12])
        #expect(lines[1].contains("…"))
        #expect(lines[2].hasSuffix("        0.00"))
    }

    @Test("Truncation ends with an ellipsis and never splits a cluster")
    func truncation() {
        #expect("abcdef".truncated(toWidth: 4) == "abc…")
        #expect("abcdef".truncated(toWidth: 6) == "abcdef")
        #expect("abcdef".truncated(toWidth: 1) == "…")
        #expect("abcdef".truncated(toWidth: 0) == "")
        #expect("abcdef".truncated(toWidth: -3) == "")
        #expect("สุจริต".truncated(toWidth: 3) == "สุจ…")
        #expect("ที่ดิน".truncated(toWidth: 2) == "ที่…") // the tone mark stays with its consonant
        #expect("中文字".truncated(toWidth: 4) == "中…")
        #expect("中文字".truncated(toWidth: 2) == "…")
        #expect("👨‍👩‍👧x".truncated(toWidth: 2) == "…")
    }

    @Test(
        "Truncation keeps whole clusters and fits the width",
        arguments: ["เทศบาลเมืองตากใบ นราธิวาส", "ผ่านดีเยี่ยม AA", "中文 and ไทย"])
    func truncationProperties(text: String) {
        for width in 0...text.displayWidth + 1 {
            let cut = text.truncated(toWidth: width)
            #expect(cut.displayWidth <= max(width, 0))
            if cut != text, !cut.isEmpty {
                #expect(cut.hasSuffix("…"))
                // Every Character kept is a whole Character of the original, in order.
                #expect(text.hasPrefix(String(cut.dropLast())))
                #expect(Array(text.prefix(cut.count - 1)) == Array(cut.dropLast()))
            }
            if width >= 1 {
                #expect(text.fitted(toWidth: width).displayWidth == width)
            }
        }
    }
}

@Suite("Labels and languages")
struct LocalizedLabelTests {
    @Test("text(_:) picks the language")
    func text() {
        let label = LocalizedLabel(th: "ดำเนินการแล้วเสร็จ", en: "done")
        #expect(label.text(.th) == "ดำเนินการแล้วเสร็จ")
        #expect(label.text(.en) == "done")
        #expect(Language(rawValue: "th") == .th)
        #expect(Language(rawValue: "fr") == nil)
    }

    @Test("Codable as an object with th and en")
    func codable() throws {
        let label = LocalizedLabel(th: "ประจำปี", en: "annual")
        let encoded = try JSONEncoder().encode(label)
        #expect(try JSONDecoder().decode(LocalizedLabel.self, from: encoded) == label)
        let json = #"{"en":"six-month","th":"รอบ 6 เดือน"}"#
        #expect(try JSONDecoder().decode(LocalizedLabel.self, from: Data(json.utf8)) == ReportingRound.sixMonths.label)
    }
}
