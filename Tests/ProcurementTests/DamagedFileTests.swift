import CLibXML2
import Foundation
import Testing
@testable import Procurement

/// Damage that is not in the committed corpus because it depends on size or file-system state.
@Suite("Damaged files")
struct DamagedFileTests {
    /// A cp874 feed with `byte` inside the title of item `position` of `count`.
    func windows874Feed(in directory: URL, badByte byte: UInt8, atItem position: Int, of count: Int) throws -> String {
        var data = Data("<?xml version=\"1.0\" encoding=\"windows-874\"?>\n<rss version=\"2.0\"><channel>\n".utf8)
        for n in 1...count {
            var item = FeedWriter.item(n)
            if n == position { item = item.replacingOccurrences(of: "</title>", with: "\u{1}</title>") }
            var bytes = try #require(cp874(item))
            if n == position, let marker = bytes.firstIndex(of: 0x01) { bytes[marker] = byte }
            data.append(bytes)
        }
        data.append(Data("</channel></rss>\n".utf8))
        let url = directory.appendingPathComponent("bad-byte-\(position).xml")
        try data.write(to: url)
        return url.path
    }

    /// Windows-874 encoding of Thai and ASCII text (Thai letters sit at U+0E01 + (byte − 0xA1)).
    func cp874(_ text: String) -> Data? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x0E01...0x0E5B: bytes.append(UInt8(scalar.value - 0x0E01 + 0xA1))
            default: return nil
            }
        }
        return Data(bytes)
    }

    @Test("a byte Windows-874 does not define is an error naming its line", arguments: [1, 2_000])
    func undefinedWindows874Byte(atItem position: Int) throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // 0xFC is unassigned in Windows-874; item 2,000 lies far past the 64 KiB sniffed prefix.
        let path = try windows874Feed(in: directory, badByte: 0xFC, atItem: position, of: 2_000)
        let error = try #require(Corpus.read(path).failure)
        guard case let .invalidBytes(encoding, _) = error.problem else {
            Issue.record("expected invalidBytes, got \(error)")
            return
        }
        #expect(encoding == .windows874Declared)
        #expect(error.description.contains("not valid Windows-874 (byte 0xFC is not a character in Windows-874)"))
        // Decoded by table, so the position is the byte's own: the end of item `position`'s title.
        let titleLine = 2 + (position - 1) * 7 + 2
        #expect(error.line == titleLine)
        // FeedWriter's default title, one byte a character in Windows-874.
        let title = "ซื้อวัสดุสำนักงาน จำนวน ๑๒ รายการ"
        #expect(error.column == "    <title>".count + title.unicodeScalars.count + 1)
    }

    @Test func extraContentAfterTheFeedIsNotCalledTruncation() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try FeedWriter.feed(in: directory, named: "extra.xml", body: FeedWriter.item(1))
        try (String(contentsOfFile: path, encoding: .utf8) + "<rss>\n</rss>\n\n\n").write(
            toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(Corpus.read(path).failure)
        guard case .malformedXML = error.problem else {
            Issue.record("expected malformedXML, got \(error)")
            return
        }
        #expect(error.line == 12)
    }

    @Test func anEmptyFileIsReportedAsEmpty() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("empty.xml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let error = try #require(Corpus.read(path).failure)
        #expect(error.problem == .truncated(message: "the file is empty"))
    }

    @Test func missingFilesAndDirectoriesCannotBeOpened() throws {
        let missing = try #require(Corpus.read("/nonexistent/feed.xml").failure)
        #expect(missing.problem == .cannotOpen(reason: "there is no such file"))
        #expect(missing.description.hasPrefix("/nonexistent/feed.xml: error: cannot open the file"))
        let directory = try #require(Corpus.read(Corpus.root.path).failure)
        #expect(directory.problem == .cannotOpen(reason: "it is a directory"))
    }

    @Test func unsupportedEncodingsAreRefusedWithTheirPosition() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("latin1.xml").path
        try "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss/>\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(Corpus.read(path).failure)
        #expect(error.problem == .unsupportedEncoding(declared: "ISO-8859-1"))
        #expect(error.line == 1)
        #expect(error.column == 21)

        let utf16 = directory.appendingPathComponent("utf16.xml").path
        try "<?xml version=\"1.0\"?><rss/>".write(toFile: utf16, atomically: true, encoding: .utf16)
        #expect(Corpus.read(utf16).failure?.problem == .unsupportedEncoding(declared: "UTF-16"))
    }

    @Test func aUTF8ByteOrderMarkIsAccepted() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = try FeedWriter.feed(in: directory, named: "bom.xml", body: FeedWriter.item(7))
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        try data.write(to: URL(fileURLWithPath: path))
        let (announcements, summary) = try EGPFeedReader(path: path).readAll()
        #expect(summary.encoding == .utf8)
        #expect(announcements.first?.title == "ซื้อวัสดุสำนักงาน จำนวน ๑๒ รายการ")
    }

    @Test func relativePathsAreReadFromTheCurrentDirectoryAndReportedAsGiven() throws {
        // Climb from the current directory to / and back down, without changing the process's directory.
        let depth = FileManager.default.currentDirectoryPath.split(separator: "/").count
        let absolute = Corpus.example("takbai-6960501-2024-11-26.xml")
        let relative = String(repeating: "../", count: depth) + absolute.dropFirst()
        let (_, summary) = try EGPFeedReader(path: relative).readAll()
        #expect(summary.file == relative)
        #expect(summary.kept == 6)
    }

    @Test func libxml2sPerThreadHandlerIsRestoredAfterARead() throws {
        let before = __xmlStructuredError().pointee == nil
        // A damaged gzip stream makes zlib report through the per-thread handler.
        #expect(Corpus.read(Corpus.bad("truncated.xml.gz")).failure != nil)
        #expect((__xmlStructuredError().pointee == nil) == before)
        #expect(__xmlStructuredErrorContext().pointee == nil)
    }
}
