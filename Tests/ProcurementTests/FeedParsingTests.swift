import CLibXML2
import Foundation
import Testing
@testable import Procurement

/// The SAX2 push parser under the reader: results that do not depend on where the chunks end, text from
/// references and CDATA, and a DOCTYPE stopped before libxml2 reads any of it.
@Suite("Feed parsing")
struct FeedParsingTests {
    /// Reads `path` handing libxml2 `chunkBytes` at a time.
    func read(_ path: String, chunkBytes: Int) throws -> ([EGPAnnouncement], EGPFeedSummary) {
        var reader = EGPFeedReader(path: path)
        reader.chunkBytes = chunkBytes
        return try reader.readAll()
    }

    @Test("chunk boundaries anywhere give the same announcements", arguments: [1, 2, 3, 5, 7, 301, 4097])
    func chunkBoundariesDoNotMatter(chunkBytes: Int) throws {
        for expected in ExampleCorpusTests.expected {
            let path = Corpus.example(expected.file)
            let whole = try EGPFeedReader(path: path).readAll()
            let chunked = try read(path, chunkBytes: chunkBytes)
            #expect(chunked.0 == whole.0, "\(expected.file)")
            #expect(chunked.1 == whole.1, "\(expected.file)")
        }
    }

    @Test("a long Thai title split across chunks, in both encodings", arguments: [1, 7, 301, 4097, 64 << 10])
    func longThaiTitleAcrossChunks(chunkBytes: Int) throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // 3,000 Thai characters: 9,000 bytes of UTF-8, 3,000 of Windows-874, cut by every chunk size.
        let title = String(repeating: "ซื้อวัสดุสำนักงาน ", count: 166) + "จำนวน ๑๒ รายการ"
        let utf8 = try FeedWriter.feed(in: directory, named: "long.xml", body: FeedWriter.item(1, title: title))
        let text = try String(contentsOfFile: utf8, encoding: .utf8)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"windows-874\"")
        let windows874 = directory.appendingPathComponent("long-874.xml")
        try Data(FeedDecodingTests.cp874(text)).write(to: windows874)

        for path in [utf8, windows874.path] {
            let (announcements, summary) = try read(path, chunkBytes: chunkBytes)
            #expect(announcements.map(\.title) == [FeedText.collapsingWhitespace(title)], "\(path)")
            #expect(announcements.first?.line == 4)
            #expect(summary.kept == 1)
        }
    }

    /// The title read from a one-item feed whose `<title>` element holds `markup`.
    func title(of markup: String) throws -> String? {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try FeedWriter.feed(in: directory, named: "title.xml", body: FeedWriter.item(1, title: markup))
        return try EGPFeedReader(path: path).readAll().announcements.first?.title
    }

    @Test func predefinedAndCharacterReferencesBecomeText() throws {
        #expect(
            try title(of: "ถนน &amp; สะพาน &lt;หมู่ที่ ๓&gt; &#3585;&#x0E02; &quot;x&apos;")
                == "ถนน & สะพาน <หมู่ที่ ๓> กข \"x'")
    }

    @Test func cdataIsTextAndJoinsTheTextAroundIt() throws {
        #expect(try title(of: "ซื้อ <![CDATA[<วัสดุ> & ]]>สำนักงาน<![CDATA[]]>") == "ซื้อ <วัสดุ> & สำนักงาน")
    }

    @Test func markupAndCommentsInsideAFieldLeaveItsText() throws {
        #expect(try title(of: "ซื้อ<b>วัสดุ</b><!-- x --> สำนักงาน<?pi y?>") == "ซื้อวัสดุ สำนักงาน")
    }

    @Test(
        "text or a comment too large is refused wherever it is",
        arguments: [
            ("<guid>", "</guid>", "guid"), ("<!--", "-->", "item"), ("<guid><![CDATA[", "]]></guid>", "guid"),
        ])
    func oversizedNodesOutsideFieldsAreRefused(open: String, close: String, field: String) throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("oversized.xml")
        let writer = try FeedWriter(url)
        try writer.write(FeedWriter.header + "  <item>\n    " + open)
        try writer.write(repeating: UInt8(ascii: "y"), count: 3 << 20)
        try writer.write(close + "\n  </item>\n" + FeedWriter.footer)
        try writer.close()
        let error = try #require(Corpus.read(url.path).failure)
        #expect(error.problem == .fieldTooLarge(limit: 1 << 20))
        #expect(error.field == field)
        #expect(error.line == (field == "item" ? 4 : 5))
    }

    /// A session over `path` built by hand, so that the test can look at libxml2's state afterwards.
    func session(_ path: String, refusesDoctype: Bool) throws -> FeedSession {
        let source = try FeedSource(absolutePath: path, displayName: path, prefixLength: 64 << 10, budget: 1 << 20)
        let sniffer = EncodingSniffer(prefix: source.prefix, isWholeFile: source.prefixIsWholeFile, file: path)
        let encoding = try sniffer.sniff()
        let session = FeedSession(
            file: path, source: source, encoding: encoding, limits: .standard, refusesDoctype: refusesDoctype,
            isGzip: false, diagnostics: LibXMLDiagnostics(maxWarnings: 10))
        try session.start(absolutePath: path)
        return session
    }

    @Test func aDoctypeIsStoppedBeforeAnyDeclarationInItIsRead() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Past the sniffed prefix, so only the parser can catch it. The internal subset declares an entity
        // (which libxml2 would record in a document of its own) and then breaks off with an error.
        let comment = "<!-- " + String(repeating: "x", count: 100 << 10) + " -->\n"
        let path = try FeedWriter.feed(
            in: directory, named: "doctype.xml",
            prolog: comment + "<!DOCTYPE rss [\n<!ENTITY declared \"text\">\n<!ENTITY broken SYSTEM>\n]>\n",
            body: FeedWriter.item(1, title: "&declared;"))

        let refused = try session(path, refusesDoctype: true)
        #expect(throws: EGPFeedError(file: path, line: 3, field: "!DOCTYPE", problem: .doctypeNotAllowed)) {
            try refused.next()
        }
        #expect(refused.parser?.pointee.myDoc == nil, "libxml2 read the entity declaration")
        #expect(refused.diagnostics.firstError == nil)
        #expect(refused.diagnostics.warnings.isEmpty)

        // The same file with the DOCTYPE let through: libxml2 reads the declarations and fails on the broken
        // one, which shows that the refusal above came first.
        let allowed = try session(path, refusesDoctype: false)
        #expect(throws: EGPFeedError.self) { try allowed.next() }
        #expect(allowed.parser?.pointee.myDoc != nil)
        #expect(allowed.diagnostics.firstError?.line == 5)
    }
}
