import Foundation
import Testing
@testable import Procurement

/// The pull API the importer is built on.
@Suite("Feed cursor")
struct CursorTests {
    @Test func pullingGivesWhatForEachItemGives() throws {
        for expected in ExampleCorpusTests.expected {
            let path = Corpus.example(expected.file)
            var cursor = try EGPFeedReader(path: path).makeCursor()
            var pulled: [EGPAnnouncement] = []
            #expect(cursor.summary == nil)
            while let announcement = try cursor.next() { pulled.append(announcement) }
            #expect(try cursor.next() == nil)
            let (pushed, summary) = try EGPFeedReader(path: path).readAll()
            #expect(pulled == pushed)
            #expect(cursor.summary == summary)
            #expect(cursor.bytesRead == cursor.expectedBytes)
        }
    }

    @Test func aSpentCursorKeepsThrowingItsError() throws {
        var cursor = try EGPFeedReader(path: Corpus.bad("wrong-date.xml")).makeCursor()
        #expect(throws: EGPFeedError.self) { try cursor.next() }
        #expect(throws: EGPFeedError.self) { try cursor.next() }
        #expect(cursor.summary == nil)
    }

    @Test func openingRefusesWhatCanBeToldFromTheStart() {
        #expect(throws: EGPFeedError.self) { try EGPFeedReader(path: Corpus.bad("xxe-local-file.xml")).makeCursor() }
        #expect(throws: EGPFeedError.self) {
            try EGPFeedReader(path: Corpus.bad("declared-utf8-but-cp874.xml")).makeCursor()
        }
        #expect(throws: EGPFeedError.self) { try EGPFeedReader(path: Corpus.bad("no-such-file.xml")).makeCursor() }
    }

    @Test func gzipProgressIsMeasuredAgainstTheUncompressedSize() throws {
        var cursor = try EGPFeedReader(path: Corpus.example("takbai-6960501-2025-03-20.xml.gz")).makeCursor()
        let expected = try #require(cursor.expectedBytes)
        let size = try #require(
            try FileManager.default.attributesOfItem(atPath: Corpus.example("takbai-6960501-2025-03-20.xml.gz"))[.size]
                as? Int)
        #expect(expected > Int64(size))
        while try cursor.next() != nil {}
        #expect(cursor.bytesRead == expected)
    }
}
