import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// Issue 15, the input side: amounts above their ceiling or negative, control characters, over-long
/// fields, files that are not regular files, and gzip bombs are refused with file, line and field, and
/// the store is left exactly as it was.
@Suite("Input limits at import")
struct InputLimitsImportTests {
    func importFile(
        _ path: String, as format: ContractSource? = nil, limits: InputLimits = .defaults, into fixture: StoreFixture
    ) async throws -> ContractImportReport {
        try await ContractImporter(store: fixture.store, batchSize: 4, limits: limits)
            .importFile(at: path, as: format, department: StoreFixture.takbai, context: StoreFixture.context)
    }

    /// Imports `path` expecting a refusal; checks the store is untouched and returns the error.
    func refused(
        _ path: String, as format: ContractSource? = nil, limits: InputLimits = .defaults
    ) async throws -> ContractFileError {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let error = await #expect(throws: ContractFileError.self) {
            try await importFile(path, as: format, limits: limits, into: fixture)
        }
        #expect(try await fixture.allEvents().isEmpty, "a refused file leaves the store as it was")
        #expect(try await fixture.readModelDump().isEmpty)
        return try #require(error)
    }

    @Test("A 10-trillion-baht contract is refused at its line and column; the ceiling itself is accepted")
    func contractCeiling() async throws {
        let error = try await refused(Corpus.bad("contracts-ten-trillion.csv"))
        #expect(error.line == 2 && error.column == 27 && error.field == "งบสัญญา(บาท)")
        #expect(
            error.problem
                == .refusedAmount(
                    .aboveCeiling(.baht(10_000_000_000_000), ceiling: .baht(100_000_000_000), kind: .contract)))
        #expect(
            error.description.hasPrefix(
                Corpus.bad("contracts-ten-trillion.csv") + ":2:27: error: งบสัญญา(บาท): 10,000,000,000,000.00 baht"))

        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let report = try await importFile(Corpus.bad("contracts-at-ceiling.csv"), into: fixture)
        #expect(report.new == 2)
        // The near miss: one satang lower a ceiling, and the same file is refused.
        var lower = InputLimits.defaults
        lower.contractAmount = Money(satang: lower.contractAmount.satang - 1)
        let nearMiss = try await refused(Corpus.bad("contracts-at-ceiling.csv"), limits: lower)
        #expect(nearMiss.line == 2 && nearMiss.field == "งบสัญญา(บาท)")
    }

    @Test("Negative amounts are refused in CSV and JSON")
    func negativeAmounts() async throws {
        let csv = try await refused(Corpus.bad("contracts-negative.csv"))
        #expect(csv.line == 3 && csv.column == 27 && csv.problem == .refusedAmount(.negative(Money(satang: -500))))
        let json = try await refused(Corpus.bad("egp-contract-negative.json"))
        #expect(
            json.field == "data[0].contract[0].price_agree"
                && json.problem == .refusedAmount(.negative(Money(satang: -500))))
        let budget = try await refused(Corpus.bad("egp-contract-ten-trillion.json"))
        #expect(budget.field == "data[0].project_money")
        #expect(
            budget.problem
                == .refusedAmount(
                    .aboveCeiling(.baht(10_000_000_000_000), ceiling: .baht(100_000_000_000), kind: .budget)))
    }

    @Test("NUL and C1 control characters are refused in contract CSV, JSON and bidder lists")
    func controlCharacters() async throws {
        let nul = try await refused(Corpus.bad("contracts-nul.csv"))
        #expect(nul.line == 2 && nul.column == 23 && nul.field == "ชื่อผู้ชนะ")
        #expect(nul.problem == .refusedText(.controlCharacter(0, position: 28)))
        #expect(nul.description.contains("U+0000 (NUL)"))
        let c1 = try await refused(Corpus.bad("contracts-c1.csv"))
        #expect(c1.line == 3 && c1.column == 3 && c1.field == "ชื่อโครงการ")
        if case .refusedText(.controlCharacter(0x85, _)) = c1.problem {
        } else {
            Issue.record("expected U+0085, got \(c1.problem)")
        }
        let json = try await refused(Corpus.bad("egp-contract-nul.json"))
        #expect(
            json.field == "data[1].project_name" && json.problem == .refusedText(.controlCharacter(0, position: 14)))
        let bidders = try await refused(Corpus.bad("bidders-nul.csv"), as: .costBiddersCSV)
        #expect(bidders.line == 3 && bidders.column == 4 && bidders.field == "bidder_name")
    }

    @Test("A 5 MB name is refused at its line while streaming; a name of exactly 4 KiB is accepted")
    func longFields() async throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOfFile: Corpus.example("takbai-contracts-2568.csv"), encoding: .utf8)
        var lines = original.components(separatedBy: "\r\n")
        var fields = lines[1].components(separatedBy: ",")
        let titleIndex = 2
        #expect(!fields[titleIndex].contains("\""))
        fields[titleIndex] = String(repeating: "a", count: InputText.maxNameBytes)
        lines[1] = fields.joined(separator: ",")
        let atLimit = folder.appendingPathComponent("at-limit.csv")
        try lines.joined(separator: "\r\n").write(to: atLimit, atomically: true, encoding: .utf8)
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        #expect(try await importFile(atLimit.path, into: fixture).new == 15)

        fields[titleIndex] = String(repeating: "ก", count: 5 << 20 / 3)
        lines[1] = fields.joined(separator: ",")
        let huge = folder.appendingPathComponent("huge.csv")
        try lines.joined(separator: "\r\n").write(to: huge, atomically: true, encoding: .utf8)
        let error = try await refused(huge.path)
        #expect(error.line == 2 && error.column == 3 && error.field == "ชื่อโครงการ")
        #expect(error.problem == .tooLarge(limit: "4 KiB per field"))

        fields[titleIndex] = String(repeating: "a", count: InputText.maxNameBytes + 1)
        lines[1] = fields.joined(separator: ",")
        let nearMiss = folder.appendingPathComponent("near-miss.csv")
        try lines.joined(separator: "\r\n").write(to: nearMiss, atomically: true, encoding: .utf8)
        #expect(try await refused(nearMiss.path).problem == .tooLarge(limit: "4 KiB per field"))
    }

    @Test("A JSON file larger than max_file_bytes is refused before it is read; its own size is accepted")
    func jsonSizeCap() async throws {
        let path = Corpus.example("takbai-egp-contract-2568.json")
        let size = try #require(InputFile.inspect(path)?.bytes)
        var limits = InputLimits.defaults
        limits.maxFileBytes = size - 1
        let error = try await refused(path, limits: limits)
        #expect(
            error.problem
                == .tooLarge(limit: "\(size - 1) bytes for a JSON file (max_file_bytes in Registers/limits.yaml)"))
        limits.maxFileBytes = size
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        #expect(try await importFile(path, limits: limits, into: fixture).new == 2)
    }

    @Test("A FIFO named directly is refused without being opened, by both importers")
    func fifoNamedDirectly() async throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("contracts.csv").path,
            feed = folder.appendingPathComponent("feed.xml").path
        #expect(mkfifo(csv, 0o600) == 0 && mkfifo(feed, 0o600) == 0)
        // Opening either FIFO for reading would block this test forever; being refused proves it was not opened.
        let error = try await refused(csv)
        #expect(error.problem == .notARegularFile(kind: "named pipe (FIFO)"))
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let feedError = await #expect(throws: EGPFeedError.self) {
            try await FeedImporter(store: fixture.store)
                .importFeed(at: feed, department: StoreFixture.takbai, context: StoreFixture.context)
        }
        #expect(
            feedError?.problem
                == .cannotOpen(reason: "it is a named pipe (FIFO), not an ordinary file, so it was not opened"))
    }

    /// Writes a gzip file of a feed whose channel holds `elements` empty `<x/>` elements (4 bytes each):
    /// well-formed all the way, so only the decompression limit can stop it.
    static func gzipBomb(at url: URL, elements: Int) throws {
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        gzip.arguments = ["-c", "-n"]
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let output = try FileHandle(forWritingTo: url)
        let input = Pipe()
        gzip.standardInput = input
        gzip.standardOutput = output
        try gzip.run()
        input.fileHandleForWriting.write(Data(FeedWriter.header.utf8))
        let chunk = Data(String(repeating: "<x/>", count: 1 << 16).utf8)
        for _ in 0..<(elements >> 16) { input.fileHandleForWriting.write(chunk) }
        input.fileHandleForWriting.write(Data(FeedWriter.footer.utf8))
        try input.fileHandleForWriting.close()
        gzip.waitUntilExit()
        try output.close()
    }

    @Test("A gzip bomb stops at the decompression limit with a clear message; the store is untouched")
    func gzipBomb() async throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let bomb = folder.appendingPathComponent("bomb.xml.gz")
        try Self.gzipBomb(at: bomb, elements: 50 << 20 / 4) // 50 MiB of XML
        let compressed = try #require(InputFile.inspect(bomb.path)?.bytes)
        #expect(compressed < 1 << 20)
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        // The default ratio (200×) stops it well before its 50 MiB.
        let limit = InputLimits.defaults.decompressionBudget(compressedBytes: compressed)
        #expect(limit < 50 << 20)
        let error = await #expect(throws: EGPFeedError.self) {
            try await FeedImporter(store: fixture.store)
                .importFeed(at: bomb.path, department: StoreFixture.takbai, context: StoreFixture.context)
        }
        #expect(error?.problem == .expandsTooFar(limit: limit, compressedBytes: compressed))
        #expect(error?.description.contains("max_decompressed_bytes") == true)
        #expect(try await fixture.allEvents().isEmpty)
    }

    @Test("The decompression limit is exact: a real gzip feed's own expanded size is accepted, one byte less refused")
    func gzipNearMiss() throws {
        let path = Corpus.example("takbai-6960501-2025-03-20.xml.gz")
        let gunzip = Process()
        gunzip.executableURL = URL(fileURLWithPath: "/usr/bin/gzip")
        gunzip.arguments = ["-dc", path]
        let out = Pipe()
        gunzip.standardOutput = out
        try gunzip.run()
        let expanded = Int64(out.fileHandleForReading.readDataToEndOfFile().count)
        gunzip.waitUntilExit()
        let exact = EGPFeedReader.Limits(maxDecompressedBytes: expanded, maxDecompressionRatio: 1_000)
        guard case .success = Corpus.read(path, limits: exact) else { Issue.record("refused at its own size"); return }
        let less = EGPFeedReader.Limits(maxDecompressedBytes: expanded - 1, maxDecompressionRatio: 1_000)
        guard case let .failure(error) = Corpus.read(path, limits: less) else {
            Issue.record("accepted one byte over"); return
        }
        #expect(
            error.problem
                == .expandsTooFar(limit: expanded - 1, compressedBytes: try #require(InputFile.inspect(path)?.bytes)))
    }

    @Test("DEL and C1 in a feed's title are refused at the item's field line")
    func feedControlCharacters() throws {
        let folder = try Corpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try FeedWriter.feed(
            in: folder, named: "c1.xml", body: FeedWriter.item(1, title: "ซื้อวัสดุ\u{85}สำนักงาน"))
        guard case let .failure(error) = Corpus.read(path) else { Issue.record("a C1 character was accepted"); return }
        #expect(error.field == "title" && error.line == 5)
        if case .refusedText(.controlCharacter(0x85, _)) = error.problem {
        } else {
            Issue.record("got \(error.problem)")
        }
        let del = try FeedWriter.feed(in: folder, named: "del.xml", body: FeedWriter.item(1, title: "ซื้อ\u{7F}"))
        guard case let .failure(delError) = Corpus.read(del) else { Issue.record("DEL was accepted"); return }
        #expect(delError.problem == .refusedText(.controlCharacter(0x7F, position: 5)))
    }
}
