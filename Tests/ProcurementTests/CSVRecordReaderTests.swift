import Foundation
import Testing

@testable import Procurement

/// The byte-level CSV reader: fields read where they lie in its buffer give what RFC 4180 says, across the
/// buffer's refills, and a damaged file is refused with the line and field of its first problem, as fields
/// are read in order.
@Suite("CSV record reader")
struct CSVRecordReaderTests {
    /// Writes `bytes` to a file of its own and opens a reader on it.
    private func reader(
        _ bytes: [UInt8], maxFieldBytes: Int = 1 << 20, bufferSize: Int = 1 << 20, in folder: URL
    ) throws -> CSVRecordReader {
        let url = folder.appendingPathComponent("\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        return try #require(CSVRecordReader(path: url.path, maxFieldBytes: maxFieldBytes, bufferSize: bufferSize))
    }

    /// Every record of `reader`, or the failure that stopped it.
    private func records(_ reader: inout CSVRecordReader) -> Result<[CSVRecordReader.Record], CSVRecordReader.Failure> {
        var all: [CSVRecordReader.Record] = []
        do throws(CSVRecordReader.Failure) {
            while let record = try reader.next() { all.append(record) }
            return .success(all)
        } catch {
            return .failure(error)
        }
    }

    /// A CSV text of about `size` bytes from a fixed generator (so a failure repeats), with the records it
    /// holds and the line each starts on: fields with commas, quotes, line breaks, Thai and emoji, quoted
    /// when they must be (and sometimes when not), rows ending in LF or CRLF.
    private func randomCSV(size: Int) -> (text: String, records: [CSVRecordReader.Record]) {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let pieces = ["ก", "ข้อ", "a", "1", ",", "\"", "\n", " ", "😀", "é", "\"\"", "\t"]
        var text = "", records: [CSVRecordReader.Record] = [], line = 1
        while text.utf8.count < size {
            let width = 1 + random(6)
            var row: [String] = []
            for index in 0..<width {
                var field = ""
                for _ in 0..<random(index == 0 ? 40 : 400) { field += pieces[random(pieces.count)] }
                if index == 0 && width == 1 && field.isEmpty { field = "x" } // a blank line is skipped
                row.append(field)
            }
            let written = row.map { field in
                field.contains { $0 == "," || $0 == "\"" || $0 == "\n" } || random(5) == 0
                    ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
            }
            records.append(CSVRecordReader.Record(fields: row, line: line))
            line += row.reduce(1) { $0 + $1.filter { $0 == "\n" }.count }
            text += written.joined(separator: ",") + (random(2) == 0 ? "\n" : "\r\n")
        }
        return (text, records)
    }

    @Test func randomFieldsRoundTripAcrossRefills() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (text, expected) = randomCSV(size: 3 << 20)
        var reader = try reader(Array(text.utf8), in: folder)
        let read = try records(&reader).get()
        #expect(read.count == expected.count)
        if let first = zip(read, expected).first(where: { $0 != $1 }) {
            Issue.record("read \(first.0), expected \(first.1)")
        }
        #expect(reader.bytesRead == Int64(text.utf8.count))
    }

    @Test(arguments: [1, 2, 3, 5, 64, 4_096])
    func everyBufferSizeReadsTheSame(bufferSize: Int) throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A record cut by a refill at any byte: inside a character, between the quotes of a `""`, between CR
        // and LF, right after an opening quote; and a byte-order mark read in pieces.
        let (text, expected) = randomCSV(size: 40_000)
        var reader = try reader([0xEF, 0xBB, 0xBF] + Array(text.utf8), bufferSize: bufferSize, in: folder)
        #expect(try records(&reader).get() == expected)
        #expect(reader.bytesRead == Int64(text.utf8.count + 3))
    }

    @Test func fieldsAreTextOnlyWhenAskedFor() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var reader = try reader(Array("id,\"say \"\"hi\"\"\",ชื่อ\r\n\r\n2,,x".utf8), in: folder)
        #expect(try reader.advance() && reader.fieldCount == 3 && reader.recordLine == 1)
        #expect(reader.field(1) == "say \"hi\"" && reader.field(2) == "ชื่อ" && reader.recordHasNoControlCharacters)
        #expect(try reader.advance() && reader.recordLine == 3 && reader.field(1).isEmpty && reader.field(2) == "x")
        #expect(try !reader.advance())
    }

    @Test func quirksOfTheOldReaderAreKept() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A CR before a record's line feed is dropped, also at the end of a quoted field's text; a CR elsewhere,
        // a quote inside plain text and a CR at the end of the file are kept.
        var reader = try reader(Array("a\r\"b,\"c\r\"\r\nx\"y,\"z\"\r\r\nlast\r".utf8), in: folder)
        #expect(try records(&reader).get().map(\.fields) == [["a\r\"b", "c"], ["x\"y", "z"], ["last\r"]])
        // The CR counts towards the field's limit until it is dropped.
        var limited = try self.reader(Array("abc\r\n".utf8), maxFieldBytes: 3, in: folder)
        #expect(throws: CSVRecordReader.Failure.fieldTooLarge(line: 1, field: 1, limit: 3)) { try limited.next() }
    }

    @Test(arguments: [
        // A quote never closed: where it opened.
        ("a,b\n1,\"open\nstill open", CSVRecordReader.Failure.unterminatedQuote(line: 2, field: 2)),
        ("a,b\n1,\"x\"y\n", .textAfterQuote(line: 2, field: 2)),
        // The first bad field is named even when a later one is also broken.
        ("a,b,c\n1,\u{FF}x,\"x\"y\n", .notUTF8(line: 2, field: 2)),
        ("a,b,c\n1,\u{FF}x,\"never closed", .notUTF8(line: 2, field: 2)),
        // Cut inside a Thai character at the end of the file.
        ("a,b\n1,ก\u{E0}\u{B8}", .notUTF8(line: 2, field: 2)),
        ("a,b\n1,\"two\nlines \u{C0}\u{80}\"\n", .notUTF8(line: 2, field: 2)),
    ])
    func aDamagedFileIsRefusedAtItsFirstProblem(text: String, failure: CSVRecordReader.Failure) throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // `\u{FF}`, `\u{E0}`… stand for single bytes here.
        let bytes = text.unicodeScalars.flatMap { scalar -> [UInt8] in
            scalar.value >= 0x80 && scalar.value <= 0xFF ? [UInt8(scalar.value)] : Array(String(scalar).utf8)
        }
        for bufferSize in [1, 3, 1 << 20] {
            var reader = try reader(bytes, bufferSize: bufferSize, in: folder)
            #expect(try reader.next()?.line == 1)
            #expect(throws: failure) { try reader.next() }
        }
    }

    @Test func aHugeFieldIsRefusedBeforeItIsHeld() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 12 MiB in one quoted field that never closes: refused at the limit, not at the end of the file.
        let bytes = Array("a,b\n1,\"".utf8) + [UInt8](repeating: 0x41, count: 12 << 20)
        var reader = try reader(bytes, maxFieldBytes: 4_096, in: folder)
        _ = try reader.next()
        #expect(throws: CSVRecordReader.Failure.fieldTooLarge(line: 2, field: 2, limit: 4_096)) { try reader.next() }
        #expect(reader.bytesRead < 3 << 20)
    }

    @Test func controlCharactersAreSeenInTheSamePass() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var reader = try reader(
            Array("a,b\n1,x\u{0}y\n2,\u{85}\n3,\"ok\ttab\r\nand lines\"\n4,\u{7F}\n".utf8), in: folder)
        var clean: [Bool] = []
        while try reader.advance() { clean.append(reader.recordHasNoControlCharacters) }
        #expect(clean == [true, false, false, true, false])
    }
}
