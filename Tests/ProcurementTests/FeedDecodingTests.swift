#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation
import Testing
@testable import Procurement

/// Windows-874 decoded by the reader's own table: the table against iconv, the decoder's carry-over when
/// the output is full, and unassigned bytes named at their exact line and column.
@Suite("Windows-874 decoding")
struct FeedDecodingTests {
    /// iconv's UTF-8 for `byte` read as CP874, or nil when iconv refuses the byte.
    static func iconvCP874(_ byte: UInt8) throws -> [UInt8]? {
        let converter = iconv_open("UTF-8", "CP874")
        try #require(converter != iconv_t(bitPattern: -1), "iconv has no CP874")
        defer { iconv_close(converter) }
        var input: [CChar] = [CChar(bitPattern: byte)]
        var output = [CChar](repeating: 0, count: 8)
        let written = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer -> Int? in
                var inPointer = inputBuffer.baseAddress
                var outPointer = outputBuffer.baseAddress
                var inLeft = 1, outLeft = 8
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    return nil
                }
                return 8 - outLeft
            }
        }
        return written.map { output[..<$0].map { UInt8(bitPattern: $0) } }
    }

    /// The UTF-8 bytes the table gives `byte`, or nil when it leaves the byte unassigned.
    static func tableUTF8(_ byte: UInt8) -> [UInt8]? {
        let entry = Windows874.table[Int(byte)]
        guard entry != 0 else { return nil }
        return (0..<Int(entry >> 24)).map { UInt8(truncatingIfNeeded: entry >> (8 * $0)) }
    }

    /// Windows-874 bytes for text made of ASCII and the Thai block (the characters feeds use).
    static func cp874(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0..<0x80: UInt8(scalar.value)
            case 0x0E01...0x0E5B: UInt8(scalar.value - 0x0E01 + 0xA1)
            default: preconditionFailure("not in Windows-874: \(scalar)")
            }
        }
    }

    @Test func theTableIsIconvsCP874ForAll256Bytes() throws {
        var unassigned: [UInt8] = []
        for byte in UInt8.min...UInt8.max {
            let expected = try Self.iconvCP874(byte)
            #expect(Self.tableUTF8(byte) == expected, "byte 0x\(String(byte, radix: 16))")
            #expect(Windows874.scalar(for: byte).map { Array(String($0).utf8) } == expected)
            if expected == nil { unassigned.append(byte) }
        }
        #expect(
            unassigned == Array(0x81...0x84) + Array(0x86...0x90) + Array(0x98...0x9F) + Array(0xDB...0xDE)
                + Array(0xFC...0xFF))
    }

    /// Every assigned byte, decoded with an output of `room` bytes at a time.
    func decodeAssigned(room: Int) -> [UInt8] {
        let input = (UInt8.min...UInt8.max).filter { Windows874.table[Int($0)] != 0 }
        var carry = Windows874.Carry()
        var decoded: [UInt8] = []
        var offset = 0
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: room, alignment: 8)
        defer { output.deallocate() }
        input.withUnsafeBytes { bytes in
            while offset < bytes.count || carry.count > 0 {
                let progress = Windows874.decode(
                    UnsafeRawBufferPointer(rebasing: bytes[offset...]), into: output, carry: &carry)
                #expect(!progress.stoppedAtUnassignedByte)
                offset += progress.read
                decoded += output[..<progress.written]
            }
        }
        return decoded
    }

    @Test("a character that does not fit is carried into the next output", arguments: [1, 2, 3, 4, 5, 7, 8, 9, 4096])
    func carryOver(room: Int) {
        let expected = (UInt8.min...UInt8.max).compactMap(Self.tableUTF8).flatMap { $0 }
        #expect(decodeAssigned(room: room) == expected)
    }

    @Test func decodingStopsAtAnUnassignedByteAndCountsLineFeeds() {
        let input: [UInt8] = Array("a\nbc\n".utf8) + [0xA1, 0xFC, 0x41]
        var carry = Windows874.Carry()
        var output = [UInt8](repeating: 0, count: 32)
        let progress = input.withUnsafeBytes { bytes in
            output.withUnsafeMutableBytes { Windows874.decode(bytes, into: $0, carry: &carry) }
        }
        #expect(progress.read == 6)
        #expect(progress.written == 8)
        #expect(progress.lineFeeds == 2)
        #expect(progress.stoppedAtUnassignedByte)
        #expect(String(decoding: output[..<8], as: UTF8.self) == "a\nbc\nก")
    }

    @Test func lineFeedsAreCountedInWholeWordsAndTails() {
        let bytes: [UInt8] = Array("\n\nabc\ndefgh\n\u{0E01}\n".utf8) + [0x0A, 0x8A, 0xFF, 0x0A]
        let expected = bytes.filter { $0 == 0x0A }.count
        #expect(bytes.withUnsafeBytes { LineFeeds.count(in: $0) } == expected)
        for start in 0..<bytes.count {
            let slice = Array(bytes[start...])
            #expect(slice.withUnsafeBytes { LineFeeds.count(in: $0) } == slice.filter { $0 == 0x0A }.count)
        }
    }

    /// Writes `bytes` to a temporary file and returns the read's error.
    func readError(_ bytes: [UInt8], named name: String) throws -> EGPFeedError {
        let directory = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try #require(Corpus.read(url.path).failure)
    }

    @Test func anUnassignedByteInAnUndeclaredFileIsNamedAtItsPosition() throws {
        let bytes =
            Self.cp874("<rss version=\"2.0\"><channel>\n  <title>ประกาศ") + [0xDB]
            + Self.cp874("</title>\n</channel></rss>\n")
        let error = try readError(bytes, named: "undeclared.xml")
        #expect(
            error.problem
                == .invalidBytes(
                    encoding: .windows874Undeclared, message: "byte 0xDB is not a character in Windows-874"))
        #expect(error.line == 2)
        #expect(error.column == 16)
        #expect(error.description.contains("undeclared.xml:2:16: error: the bytes are not valid Windows-874"))
    }

    @Test func aLineStartedInThePreviousBufferStillGivesTheRightColumn() throws {
        // The title line starts 20 bytes before the 64 KiB the first buffer holds; the bad byte lies 10
        // bytes past it, so its column counts bytes from both buffers.
        let head = Self.cp874("<?xml version=\"1.0\" encoding=\"windows-874\"?>\n<rss version=\"2.0\"><channel>\n")
        let padding = (64 << 10) - 20 - head.count - "<!---->\n".utf8.count
        let comment = Self.cp874("<!--" + String(repeating: "x", count: padding) + "-->\n")
        let line = Self.cp874("  <title>" + String(repeating: "ก", count: 21))
        let bytes = head + comment + line + [0xFE] + Self.cp874("</title>\n</channel></rss>\n")
        #expect(head.count + comment.count == (64 << 10) - 20)
        let error = try readError(bytes, named: "boundary.xml")
        #expect(error.line == 4)
        #expect(error.column == line.count + 1)
        #expect(
            error.problem
                == .invalidBytes(
                    encoding: .windows874Declared, message: "byte 0xFE is not a character in Windows-874"))
    }
}
