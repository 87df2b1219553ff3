import Testing
@testable import Procurement

/// The encoding rule on byte strings, without libxml2.
@Suite("Encoding sniffing")
struct EncodingSnifferTests {
    /// `ประกาศ` in Windows-874.
    static let thai874: [UInt8] = [0xBB, 0xC3, 0xD0, 0xA1, 0xD2, 0xC8]

    func sniff(_ bytes: [UInt8], whole: Bool = true) throws -> EncodingSniffer.Result {
        try EncodingSniffer(prefix: bytes, isWholeFile: whole, file: "f.xml").sniff()
    }

    func declared(_ encoding: String?, _ body: [UInt8]) -> [UInt8] {
        let declaration = encoding.map { "<?xml version=\"1.0\" encoding=\"\($0)\"?>\n" } ?? ""
        return Array((declaration + "<rss><channel><title>").utf8) + body + Array("</title>".utf8)
    }

    @Test func theFourCases() throws {
        let thaiUTF8 = Array("ประกาศ".utf8)
        #expect(try sniff(declared("windows-874", Self.thai874)).encoding == .windows874Declared)
        #expect(try sniff(declared("UTF-8", thaiUTF8)).encoding == .utf8)
        #expect(try sniff(declared(nil, thaiUTF8)).encoding == .utf8)
        #expect(try sniff(declared(nil, Self.thai874)).encoding == .windows874Undeclared)
        #expect(
            try sniff(declared("windows-874", thaiUTF8))
                == .init(encoding: .utf8MisdeclaredAsWindows874, declared: "windows-874"))
    }

    @Test(arguments: ["windows-874", "WINDOWS-874", "cp874", "TIS-620", "iso-8859-11", "x-cp874"])
    func windows874Aliases(_ name: String) throws {
        #expect(try sniff(declared(name, Self.thai874)) == .init(encoding: .windows874Declared, declared: name))
    }

    @Test func anASCIIPrefixFollowsTheDeclaration() throws {
        #expect(try sniff(declared("windows-874", Array("abc".utf8))).encoding == .windows874Declared)
        #expect(try sniff(declared(nil, Array("abc".utf8))).encoding == .utf8)
    }

    @Test func singleQuotesAndSpacesInTheDeclaration() throws {
        let bytes = Array("<?xml version='1.0'  encoding = 'cp874' ?><rss/>".utf8)
        #expect(try sniff(bytes).declared == "cp874")
    }

    @Test func aDeclarationWithoutEncodingIsNoDeclaration() throws {
        let bytes = Array("<?xml version=\"1.0\"?>\n<rss>".utf8) + Self.thai874
        #expect(try sniff(bytes) == .init(encoding: .windows874Undeclared, declared: nil))
    }

    @Test func declaredUTF8WithWindows874BytesNamesThePosition() throws {
        let bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss>\n  <x>ก".utf8) + Self.thai874
        #expect(throws: EGPFeedError(file: "f.xml", line: 3, column: 7, problem: .declaredUTF8ButNotUTF8)) {
            try sniff(bytes)
        }
    }

    @Test func aMultibyteSequenceCutByThePrefixEndIsStillUTF8() throws {
        let bytes = declared("windows-874", Array("ประกาศ".utf8)) + [0xE0, 0xB8]
        #expect(try sniff(bytes, whole: false).encoding == .utf8MisdeclaredAsWindows874)
        // The same bytes as a whole file end in the middle of a character: not UTF-8.
        #expect(try sniff(bytes, whole: true).encoding == .windows874Declared)
    }

    @Test func utf8Validation() {
        typealias Sniffer = EncodingSniffer
        #expect(Sniffer.checkUTF8(Array("abc".utf8), allowIncompleteEnd: false) == .valid(hasMultibyte: false))
        #expect(Sniffer.checkUTF8(Array("กข€😀".utf8), allowIncompleteEnd: false) == .valid(hasMultibyte: true))
        #expect(Sniffer.checkUTF8([0x61, 0xC0, 0xAF], allowIncompleteEnd: false) == .invalid(offset: 1)) // overlong
        #expect(Sniffer.checkUTF8([0xED, 0xA0, 0x80], allowIncompleteEnd: false) == .invalid(offset: 0)) // surrogate
        // Above U+10FFFF:
        #expect(Sniffer.checkUTF8([0xF4, 0x90, 0x80, 0x80], allowIncompleteEnd: false) == .invalid(offset: 0))
        #expect(Sniffer.checkUTF8([0xA1], allowIncompleteEnd: true) == .invalid(offset: 0)) // lone continuation
        #expect(Sniffer.checkUTF8(Self.thai874, allowIncompleteEnd: true) == .invalid(offset: 0))
    }

    @Test func doctypeIsFoundAfterCommentsAndProcessingInstructions() {
        let bytes = Array("\u{FEFF}<?xml version=\"1.0\"?>\n<!-- a -->\n<?pi x?>\n  <!doctype rss>\n<rss/>".utf8)
        let sniffer = EncodingSniffer(prefix: bytes, isWholeFile: true, file: "f.xml")
        #expect(sniffer.doctypePosition()! == (line: 4, column: 3))
        let none = EncodingSniffer(
            prefix: Array("<?xml version=\"1.0\"?>\n<rss><!DOCTYPE x></rss>".utf8), isWholeFile: true, file: "f")
        #expect(none.doctypePosition() == nil)
    }
}
