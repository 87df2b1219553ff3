import Agency
import EventStore
import Foundation
@testable import Oversight
import Procurement
import Sujarit
import Testing

@Suite("Settings file and the streaming engine")
struct SettingsAndEngineTests {
    static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()

    static var shippedFile: String { root.appendingPathComponent("Registers/red-flags.yaml").path }

    @Test("Registers/red-flags.yaml says what the built-in defaults say")
    func shippedFileMatchesDefaults() throws {
        var loaded = try RedFlagSettings.load(Self.shippedFile)
        #expect(loaded.version == 1)
        #expect(loaded.source?.contains("2560") == true)
        loaded.source = nil
        #expect(loaded == RedFlagSettings())
    }

    @Test("A mistake names the file, the line and the field")
    func badFiles() throws {
        func error(_ text: String) -> String {
            do {
                _ = try RedFlagSettings.parse(try ConfigNode.parse(text, file: "red-flags.yaml"))
                return "no error"
            } catch {
                return error.localizedDescription
            }
        }
        #expect(error("version: 1\nsplitting:\n  limt: 500000\n").contains("line 3"))
        #expect(error("version: 1\nsplitting:\n  limt: 500000\n").contains("unknown field 'limt'"))
        #expect(error("version: 1\nsplitting:\n  methods: [specfic]\n").contains("'specfic' is not a method key"))
        #expect(error("version: 1\nsplitting:\n  limit: ห้าแสน\n").contains("splitting.limit"))
        #expect(error("version: 1\nprice:\n  near_reference: 1.5\n").contains("must be from 0.5 to 1.0"))
        #expect(error("version: 0\n").contains("version must be 1 or more"))
        #expect(error("splitting: {}\n").contains("'version' is missing"))
        let settings = try RedFlagSettings.parse(
            try ConfigNode.parse(
                "version: 2\nsplitting:\n  limit: ๓๐๐,๐๐๐\nfast_award:\n  minimum_days:\n    e-bidding: 10\n",
                file: "x.yaml"
            ))
        #expect(settings.splitting.limit == .baht(300_000))
        #expect(settings.fastAward.minimumDays == ["e-bidding": 10])
    }

    @Test("A changed threshold changes the result and is recorded on the flag")
    func thresholdsAreConfiguration() throws {
        let supplier = Build.taxID(50_000_001)
        let projects = [
            Build.project(1, agreed: 200_000, tax: supplier, awarded: "2024-11-01"),
            Build.project(2, agreed: 150_000, tax: supplier, awarded: "2025-05-01"),
        ]
        #expect(Build.flags(.splitYear, projects).isEmpty)
        var settings = RedFlagSettings()
        settings.version = 7
        settings.splitting.limit = .baht(300_000)
        let flag = try #require(Build.flags(.splitYear, projects, settings: settings).first)
        #expect(flag.evidence.cutOff?.configurationVersion == 7)
        #expect(flag.evidence.cutOff?.value == .money(.baht(300_000)))
    }

    @Test("Projects must come grouped by department; a department that reappears is refused")
    func grouping() throws {
        var engine = RedFlagEngine(settings: RedFlagSettings())
        try engine.consume(Build.project(1, department: "1111111"))
        try engine.consume(Build.project(2, department: "2222222"))
        #expect(throws: OversightError.projectsNotGrouped(department: "1111111")) {
            try engine.consume(Build.project(3, department: "1111111"))
        }
    }

    @Test("Streaming gives the same flags as all at once, and a department's flags are ready when the next starts")
    func streaming() throws {
        let supplier = Build.taxID(50_000_002)
        let first = [
            Build.project(1, department: "1111111", agreed: 300_000, tax: supplier, awarded: "2025-01-01"),
            Build.project(2, department: "1111111", agreed: 300_000, tax: supplier, awarded: "2025-01-20"),
        ]
        let second = [Build.project(3, department: "2222222", method: .eBidding, agreed: 990_000, reference: 1_000_000)]
        var engine = RedFlagEngine(settings: RedFlagSettings())
        for project in first { try engine.consume(project) }
        #expect(engine.takeCandidates().isEmpty)
        try engine.consume(second[0])
        #expect(engine.takeCandidates().map(\.indicator) == [.splitWindow])
        let rest = try engine.finish()
        #expect(rest.map(\.indicator) == [.priceNearReference])
        let atOnce = RedFlagEngine.evaluate(second + first, settings: RedFlagSettings())
        #expect(Set(atOnce.map(\.identity)) == Set([Build.flags(first)[0].identity, rest[0].identity]))
    }

    @Test("Flag ids read as typed and print padded")
    func flagIDs() throws {
        #expect(try FlagID(parsing: "rf-๒๕๖๘-7").description == "RF-2568-0007")
        #expect(throws: OversightError.invalidFlagID("F-2568-1")) { try FlagID(parsing: "F-2568-1") }
    }

    @Test("Evidence survives its JSON form, figure kinds included")
    func evidenceCoding() throws {
        let flags = Build.flags([
            Build.project(1, agreed: 300_000, tax: Build.taxID(50_000_003), awarded: "2025-01-01"),
            Build.project(2, agreed: 300_000, tax: Build.taxID(50_000_003), awarded: "2025-01-20"),
        ])
        for flag in flags {
            let data = try EventCodingProbe.encode(flag.evidence)
            #expect(try EventCodingProbe.decode(data) == flag.evidence)
        }
        #expect(!flags.isEmpty)
    }
}

/// The store's canonical JSON of evidence, in the stored form the events and the read model use.
enum EventCodingProbe {
    static func encode(_ evidence: FlagEvidence) throws -> Data {
        try EventCoding.encode(FlagEvidencePayloadV1(evidence))
    }
    static func decode(_ data: Data) throws -> FlagEvidence {
        try EventCoding.decode(FlagEvidencePayloadV1.self, from: data).model
    }
}
