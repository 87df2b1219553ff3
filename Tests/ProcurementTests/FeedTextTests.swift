import Testing
@testable import Procurement

/// The word-at-a-time whitespace check against the byte-at-a-time rule it replaced.
@Suite("Feed text")
struct FeedTextTests {
    /// The rule, one byte at a time: no whitespace but single spaces between other characters.
    static func referenceIsCollapsed(_ text: String) -> Bool {
        var previousWasSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
            } else if (0x09...0x0D).contains(byte) || [0xC2, 0xE1, 0xE2, 0xE3].contains(byte) {
                return false
            } else {
                previousWasSpace = false
            }
        }
        return !previousWasSpace || text.isEmpty
    }

    /// Pieces that land on every byte position of a word: Thai, ASCII, single and double spaces, tabs and
    /// line feeds, no-break and ideographic spaces, and lead bytes that are not whitespace (é, €, 😀).
    static let pieces = [
        "ก", "ซื้อ", "a", "ab", "abc", " ", "  ", "\t", "\n", "\u{A0}", "\u{3000}", "\u{2009}", "é", "€", "😀", "๑๒",
        "\u{1}",
    ]

    @Test func isCollapsedAgreesWithTheByteRule() {
        var generator = SystemRandomNumberGenerator()
        var collapsed = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...14, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(FeedText.isCollapsed(text) == Self.referenceIsCollapsed(text), "\(Array(text.utf8))")
            if Self.referenceIsCollapsed(text) { collapsed += 1 }
        }
        #expect(collapsed > 100)
    }

    @Test func typicalTitles() {
        #expect(FeedText.isCollapsed("ประกวดราคาซื้อวัสดุสำนักงาน กองการศึกษา จำนวน ๑๔ รายการ (e-bidding)"))
        #expect(!FeedText.isCollapsed("ประกวดราคาซื้อวัสดุสำนักงาน  กองการศึกษา"))
        #expect(!FeedText.isCollapsed("ประกวดราคาซื้อวัสดุสำนักงาน\nกองการศึกษา"))
        #expect(!FeedText.isCollapsed("ประกวดราคาซื้อวัสดุสำนักงาน\u{A0}กองการศึกษา"))
        #expect(!FeedText.isCollapsed("ซื้อวัสดุสำนักงาน "))
        #expect(!FeedText.isCollapsed(" ซื้อวัสดุสำนักงาน"))
        #expect(FeedText.isCollapsed(""))
        #expect(FeedText.collapsingWhitespace(" ซื้อ \u{A0} วัสดุ\t\n") == "ซื้อ วัสดุ")
    }
}
