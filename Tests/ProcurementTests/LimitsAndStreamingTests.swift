#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import Testing
@testable import Procurement

/// Size limits and flat memory. Serialized so the peak-memory readings are not mixed with each other.
@Suite("Limits and streaming", .serialized, .timeLimit(.minutes(2)))
struct LimitsAndStreamingTests {
    /// The process's peak resident memory so far, in bytes.
    static func peakResidentBytes() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
            getrusage(RUSAGE_SELF, &usage)
            return Int(usage.ru_maxrss)
        #else
            getrusage(RUSAGE_SELF.rawValue, &usage)
            return Int(usage.ru_maxrss) * 1024
        #endif
    }

    @Test func a100MBTextNodeIsRefusedAfterAboutOneMebibyte() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("huge-title.xml")
        let writer = try FeedWriter(url)
        try writer.write(FeedWriter.header + "  <item>\n    <title>")
        try writer.write(repeating: UInt8(ascii: "x"), count: 100 << 20)
        try writer.write("</title>\n  </item>\n" + FeedWriter.footer)
        try writer.close()

        let before = Self.peakResidentBytes()
        var delivered = 0
        do {
            _ = try EGPFeedReader(path: url.path).forEachItem { _ in delivered += 1 }
            Issue.record("a 100 MB title was accepted")
        } catch let error as EGPFeedError {
            #expect(error.problem == .fieldTooLarge(limit: 1 << 20))
            #expect(error.field == "title")
            #expect(error.line == 5)
            #expect(error.description.contains(":5: error: <title> this field is larger than the 1 MiB limit"))
        }
        #expect(delivered == 0)
        let growth = Self.peakResidentBytes() - before
        #expect(growth < 32 << 20, "peak memory grew by \(growth >> 20) MiB")
    }

    @Test func theLimitIsConfigurableAndExactOnDecodedText() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let limits = EGPFeedReader.Limits(maxFieldBytes: 4096)
        let fits = try FeedWriter.feed(
            in: directory, named: "fits.xml", body: FeedWriter.item(1, title: String(repeating: "ก", count: 1365)))
        #expect(try EGPFeedReader(path: fits, limits: limits).readAll().announcements.count == 1)

        // Thai is 3 bytes a character in UTF-8: 1,366 of them are 4,098 bytes.
        let over = try FeedWriter.feed(
            in: directory, named: "over.xml", body: FeedWriter.item(1, title: String(repeating: "ก", count: 1366)))
        let error = try #require(Corpus.read(over, limits: limits).failure)
        #expect(error.problem == .fieldTooLarge(limit: 4096))
        #expect(error.description.contains("4 KiB"))
    }

    @Test func manySmallCDATASectionsCannotBuildAHugeField() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let title = String(repeating: "<![CDATA[abcdefghij]]>", count: 1000)
        let path = try FeedWriter.feed(in: directory, named: "cdata.xml", body: FeedWriter.item(1, title: title))
        let error = try #require(Corpus.read(path, limits: .init(maxFieldBytes: 4096)).failure)
        #expect(error.problem == .fieldTooLarge(limit: 4096))
        #expect(error.field == "title")
    }

    @Test func aHugeAttributeIsRefused() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("huge-attribute.xml")
        let writer = try FeedWriter(url)
        try writer.write(FeedWriter.header + "  <item note=\"")
        try writer.write(repeating: UInt8(ascii: "y"), count: 3 << 20)
        try writer.write("\">\n  </item>\n" + FeedWriter.footer)
        try writer.close()
        let error = try #require(Corpus.read(url.path).failure)
        #expect(error.problem == .fieldTooLarge(limit: 1 << 20))
    }

    @Test func twentyThousandItemsStreamWithCappedWarnings() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("many.xml")
        let writer = try FeedWriter(url)
        try writer.write(FeedWriter.header)
        for n in 1...20_000 {
            // Every item's link lacks a reference, so each gives a warning.
            try writer.write(FeedWriter.item(n, link: "https://process5.gprocurement.go.th/x?n=\(n)"))
        }
        try writer.write(FeedWriter.footer)
        try writer.close()

        var count = 0
        var fingerprints = Set<String>()
        var lastLine = 0
        let summary = try EGPFeedReader(path: url.path, limits: .init(maxWarnings: 10)).forEachItem {
            count += 1
            fingerprints.insert($0.fingerprint)
            lastLine = $0.line
        }
        #expect(count == 20_000)
        #expect(fingerprints.count == 20_000)
        #expect(summary.kept == 20_000)
        #expect(summary.warnings.count == 10)
        #expect(summary.warningsNotKept == 19_990)
        // The line is the parser's at the start tag, exact past line 65,535 too.
        #expect(lastLine == 4 + 7 * 19_999)
    }
}

/// Manual check of flat memory on a large file (skipped unless asked for, since writing a gigabyte takes
/// a while): `EGP_BIG_FEED_MB=1024 swift test --filter aBigFeed` generates and streams a feed of that
/// size and prints the time and peak-memory growth; `EGP_BIG_FEED_PATH=/path/feed.xml` reads an existing
/// file instead (no item-count check).
@Suite("Big feed (manual)", .timeLimit(.minutes(60)))
struct BigFeedTests {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["EGP_BIG_FEED_MB"] != nil || environment["EGP_BIG_FEED_PATH"] != nil))
    func aBigFeedStreamsInFlatMemory() throws {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var path = Self.environment["EGP_BIG_FEED_PATH"] ?? ""
        var expected: Int?
        var megabytes = 0
        if path.isEmpty {
            megabytes = Int(Self.environment["EGP_BIG_FEED_MB"] ?? "") ?? 1024
            let url = directory.appendingPathComponent("big.xml")
            let writer = try FeedWriter(url)
            try writer.write(FeedWriter.header)
            let items = megabytes << 20 / FeedWriter.item(1).utf8.count
            var block = ""
            for n in 1...items {
                block += FeedWriter.item(n)
                if n % 1000 == 0 {
                    try writer.write(block)
                    block = ""
                }
            }
            try writer.write(block + FeedWriter.footer)
            try writer.close()
            path = url.path
            expected = items
        }

        let before = LimitsAndStreamingTests.peakResidentBytes()
        let start = Date()
        var count = 0
        _ = try EGPFeedReader(path: path).forEachItem { _ in count += 1 }
        let seconds = Date().timeIntervalSince(start)
        let growth = LimitsAndStreamingTests.peakResidentBytes() - before
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        print("streamed \(size >> 20) MiB, \(count) items in \(seconds) s; peak memory grew \(growth >> 20) MiB")
        if let expected { #expect(count == expected) }
        #expect(growth < 64 << 20)
    }
}
