import Testing

@testable import EventStore

/// A stream's name is checked on every event read, so ASCII names are checked on their bytes; the answer must be
/// the one the `Character` properties give, for every text.
@Suite("Stream names: white space and line breaks found as Character finds them")
struct StreamIDTests {
    static let texts: [String] =
        (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        + [
            "", "risk", "egp/68100000001", "a b", "a\tb", "a\r\nb", "\r\n", "x\u{B}y", "x\u{C}", "โครงการ ที่ 1",
            "ร้าน\u{A0}ก", "a\u{85}b", "a\u{2028}b", "a\u{2029}", "e\u{301}", "😀", "ก\nข", "\u{3000}",
        ]

    @Test("ASCII answered from the bytes, the rest from the characters, alike")
    func sameAsCharacters() {
        for text in Self.texts {
            #expect(StreamID.holdsWhitespace(text) == text.contains(where: \.isWhitespace), "\(text.debugDescription)")
            #expect(StreamID.holdsNewline(text) == text.contains(where: \.isNewline), "\(text.debugDescription)")
        }
    }

    @Test("A category with white space or a slash and an id with a line break are refused")
    func refused() {
        #expect(throws: EventStoreError.self) { try StreamID(category: "a b", id: "1") }
        #expect(throws: EventStoreError.self) { try StreamID(category: "ร้าน\u{A0}ก", id: "1") }
        #expect(throws: EventStoreError.self) { try StreamID(category: "a/b", id: "1") }
        #expect(throws: EventStoreError.self) { try StreamID(category: "gift", id: "G\r\n1") }
        #expect(throws: EventStoreError.self) { try StreamID(category: "gift", id: "G\u{2028}1") }
        #expect(throws: Never.self) { try StreamID(category: "egp", id: "68100000001 ที่ 1") }
    }
}
