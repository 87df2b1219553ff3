import EventStore
import Foundation
import Procurement
import Sujarit
import Testing

@testable import Oversight

/// `flags run` writes a flag's payload with `FlatJSON.Writer` and `rebuild` reads its row with `FlatJSON.Cursor`
/// (issue 17). Both must agree with Foundation to the byte and to the value: the payloads are hashed into the
/// chain and pinned by `Tests/Fixtures/events`, and a rebuilt row must equal the row the append wrote.
@Suite("Red-flag payloads written directly and rows read directly: JSONEncoder's bytes, JSONDecoder's rows")
struct FlagPayloadTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/events")

    /// Checks `raised`, and the revision of it, both ways; returns how many rows were read without JSONDecoder.
    @discardableResult
    static func check(_ raised: RedFlagRaised, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let payload = try EventCoding.encode(raised)
        #expect(
            raised.directPayload() == payload,
            "\(String(decoding: raised.directPayload() ?? Data(), as: UTF8.self))\n\(String(decoding: payload, as: UTF8.self))",
            sourceLocation: sourceLocation)
        // The event carried from an append is what its payload decodes to.
        var carried = raised
        carried.evidence = raised.evidence.asStored
        #expect(try RedFlagRaised.decode(payload: payload, schemaVersion: 1) == carried, sourceLocation: sourceLocation)
        var direct = 0
        if let (row, evidence) = FlagRow.read(payload, raised: true) {
            #expect(try row == FlagRow.decoded(raised: payload), sourceLocation: sourceLocation)
            #expect(
                try evidence
                    == RedFlagsProjection.column(RedFlagRaised.decode(payload: payload, schemaVersion: 1).evidence),
                sourceLocation: sourceLocation)
            direct += 1
        }

        var revised = RedFlagRevised(
            flagID: raised.flagID,
            candidate: FlagCandidate(
                indicator: raised.indicator, fiscalYear: raised.fiscalYear, departmentID: raised.departmentID,
                unit: raised.unit, subject: [raised.identity], evidence: raised.evidence, records: ["r"]),
            configurationVersion: raised.configurationVersion + 1)
        revised.evidenceKey = raised.evidenceKey
        let revisedPayload = try EventCoding.encode(revised)
        #expect(revised.directPayload() == revisedPayload, sourceLocation: sourceLocation)
        if let (revisedRow, evidence) = FlagRow.read(revisedPayload, raised: false) {
            #expect(try revisedRow == FlagRow.decoded(revised: revisedPayload), sourceLocation: sourceLocation)
            #expect(
                try evidence
                    == RedFlagsProjection.column(
                        RedFlagRevised.decode(payload: revisedPayload, schemaVersion: 1).evidence),
                sourceLocation: sourceLocation)
            direct += 1
        }
        return direct
    }

    /// Checks that the listed form of `evidence`, as the flag table stores it, reads back with the cursor as
    /// `JSONDecoder` reads it; returns whether the cursor read it (text with an escape is left to `JSONDecoder`).
    @discardableResult
    static func checkListed(_ evidence: FlagEvidence, sourceLocation: SourceLocation = #_sourceLocation) throws -> Bool
    {
        var column = try RedFlagsProjection.column(evidence)
        let decoded = try EventCoding.decode(FlagEvidencePayloadV1.self, from: Data(column.utf8)).model
        #expect(try RedFlagsProjection.evidence(column: column) == decoded, sourceLocation: sourceLocation)
        guard let read = column.withUTF8(FlagEvidencePayloadV1.read) else {
            // Only a string with an escape sends it to JSONDecoder.
            #expect(column.contains("\\"), "\(column)", sourceLocation: sourceLocation)
            return false
        }
        #expect(read == decoded, sourceLocation: sourceLocation)
        return true
    }

    @Test("Every stored fixture of RedFlagRaised and RedFlagRevised: written again to its bytes, its row read directly")
    func fixtureBytes() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasPrefix("RedFlagRaised.") || $0.hasPrefix("RedFlagRevised.") }.sorted()
        #expect(files.count >= 8)
        for file in files {
            let payload = try Data(contentsOf: Self.fixtures.appendingPathComponent(file))
            if file.hasPrefix("RedFlagRaised.") {
                let event = try RedFlagRaised.decode(payload: payload, schemaVersion: 1)
                #expect(event.directPayload() == payload, "\(file)")
                let (row, evidence) = try #require(FlagRow.read(payload, raised: true), "\(file)")
                #expect(try row == FlagRow.decoded(raised: payload), "\(file)")
                #expect(try evidence == RedFlagsProjection.column(event.evidence), "\(file)")
            } else {
                let event = try RedFlagRevised.decode(payload: payload, schemaVersion: 1)
                #expect(event.directPayload() == payload, "\(file)")
                let (row, evidence) = try #require(FlagRow.read(payload, raised: false), "\(file)")
                #expect(try row == FlagRow.decoded(revised: payload), "\(file)")
                #expect(try evidence == RedFlagsProjection.column(event.evidence), "\(file)")
            }
        }
    }

    /// Projects of every kind the procurement indicators look at: splits, a September rush, prices near,
    /// above and equal to references and budgets, single and few bidders, fast and uninvited awards,
    /// cancellations, one shop winning again and again.
    static var sweepProjects: [ProcurementProject] {
        var projects = FlagBatchingTests.overBudget(3) + FlagsFixture.projects
        let shop = Build.taxID(70_000_001)
        for number in 100..<160 {
            let day = String(format: "2025-%02d-%02d", 1 + number % 9, 1 + number % 27)
            let september = number % 4 == 0
            let agreed = Int64(number % 3 == 0 ? 499_000 - number * 37 : 20_000 + number * 1_733)
            projects.append(
                Build.project(
                    number, departmentName: number % 2 == 0 ? "กองช่าง" : "กองคลัง \"พัสดุ\"",
                    method: number % 5 == 0 ? .eBidding : .specific, agreed: agreed,
                    reference: number % 7 == 0 ? agreed - 10 : agreed + Int64(number % 4) * 9_000,
                    budget: number % 6 == 0 ? agreed - 1_000 : agreed + 50_000,
                    winner: number % 3 == 0 ? "ร้านวัสดุก่อสร้างตากใบ" : "บริษัท ทดสอบ \(number % 8) จำกัด",
                    tax: number % 3 == 0 ? shop : Build.taxID(80_000_000 + number % 8),
                    awarded: september ? "2025-09-2\(number % 9)" : day,
                    contractAmount: number % 11 == 0 ? agreed + 5_000 : nil,
                    timeline: number % 5 == 0
                        ? [(.invitation, "2025-0\(1 + number % 8)-01"), (.winner, "2025-0\(1 + number % 8)-02")]
                            + (number % 10 == 0 ? [(.invitationCancelled, "2025-0\(1 + number % 8)-03")] : [])
                        : [],
                    bidders: number % 13 == 0 ? ["a"] : number % 17 == 0 ? ["a", "b"] : nil))
        }
        return projects
    }

    @Test("The engine's candidates over many kinds of projects: JSONEncoder's bytes and JSONDecoder's rows")
    func engineSweep() throws {
        let candidates = Build.flags(Self.sweepProjects)
        let indicators = Set(candidates.map(\.indicator))
        #expect(indicators.count >= 8, "indicators found: \(indicators.map(\.rawValue).sorted())")
        var direct = 0
        var listed = 0
        for (number, candidate) in candidates.enumerated() {
            let id = FlagID(fiscalYear: candidate.fiscalYear, number: number + 1)
            direct += try Self.check(RedFlagRaised(flagID: id, candidate: candidate, configurationVersion: 1))
            if try Self.checkListed(candidate.evidence) { listed += 1 }
        }
        #expect(direct == 2 * candidates.count, "plain text throughout: every row read without JSONDecoder")
        // The department names of half the sweep hold quotes, escaped: those go to JSONDecoder.
        #expect(listed > candidates.count / 2 && listed < candidates.count)
    }

    @Test("A run against a store (people, declarations and gifts too): every recorded payload is the direct one")
    func storeSweep() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        var checked = 0
        var indicators: Set<String> = []
        try await fixture.store.forEachEvent(filter: EventFilter(types: [RedFlagRaised.eventType])) { event in
            let raised = try event.decode(RedFlagRaised.self)
            #expect(raised.directPayload() == event.payload)
            try Self.check(raised)
            #expect(try Self.checkListed(raised.evidence))
            indicators.insert(raised.indicator.rawValue)
            checked += 1
        }
        #expect(checked > 3)
        #expect(indicators.contains("coi-committee") && indicators.contains("gift-from-supplier"))
    }

    /// Text that needs every escape JSON has, and text that needs none but is far from ASCII.
    static let texts = [
        "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา ๑๒๓", "บริษัท \"เอ\" จำกัด", #"back\slash"#, "a/b",
        "tab\there\nline\rcr\u{8}\u{C}\u{1}\u{1F}", "del\u{7F} nbsp\u{A0} ls\u{2028} ps\u{2029} bom\u{FEFF}",
        "𝑨 😀 𠀋 non-BMP", "", "e\u{301} combining",
    ]

    /// Evidence of every shape: every kind of figure and fraction, cut-offs with and without statistics, people,
    /// declarations and gifts with and without their optional parts, more projects than are kept.
    static func evidence(_ variant: Int, text: String) -> FlagEvidence {
        let fractions = [0.984594123, 1e-7, 12_345_678_901_234_567.0, -0.0, 5, 1.5, 702.9846154, 1e21, 0.1]
        let fraction = fractions[variant % fractions.count]
        let projects = (0..<(variant % 3 == 0 ? 45 : 1 + variant % 4)).map { index in
            ProjectFact(
                projectID: "6811900\(1_000 + index)", title: text + " \(index)",
                method: index % 2 == 0 ? "specific" : nil,
                fiscalYear: FiscalYear(be: 2568), departmentID: "6960501", departmentName: index % 3 == 0 ? nil : text,
                awarded: index % 2 == 0 ? try? CalendarDate(year: 2025, month: 9, day: 1 + index % 28) : nil,
                amount: index % 4 == 0 ? nil : Money(satang: Int64.max / Int64(1 + index)),
                referencePrice: .baht(499_000), budget: index % 5 == 0 ? nil : .baht(1),
                winners: index % 2 == 0 ? [text, "ร้าน ข"] : [])
        }
        let party = PartyReference(name: text, taxID: variant % 2 == 0 ? Build.firmTax : nil)
        let statistics =
            variant % 2 == 0
            ? FenceStatistics(side: .upper, q1: fraction, q3: 1e21, multiplier: 1.5, sample: 9, population: text)
            : nil
        return FlagEvidence(
            projects: projects, supplier: variant % 4 == 1 ? nil : party,
            figures: [
                Figure(.total, .money(.baht(9_223_372_036_854))), Figure(.count, .count(-3)),
                Figure(.share, .share(fraction)), Figure(.ratio, .ratio(fraction * 3)),
                Figure(.wins, .number(fraction)),
                Figure(.days, .days(90)), Figure(.firstDay, .date(try! CalendarDate(year: 2025, month: 2, day: 28))),
            ],
            cutOff: variant % 5 == 4
                ? nil
                : CutOff(
                    setting: "s." + text, value: variant % 2 == 0 ? .ratio(fraction) : .money(.baht(500_000)),
                    basis: [.configured, .dataFence, .floor][variant % 3], configurationVersion: variant,
                    statistics: statistics),
            people: variant % 3 == 2
                ? [] : [PersonFact(staffID: "s\(variant)", department: variant % 2 == 0 ? nil : text, capacity: text)],
            declarations: variant % 4 == 0
                ? []
                : [
                    DeclarationFact(
                        declarationID: "d-\(variant)", declarant: text, department: "ENG",
                        project: variant % 2 == 0 ? nil : "68119001000", party: party, relationship: text,
                        detail: variant % 3 == 0 ? nil : text, recused: variant % 2 == 0)
                ],
            gifts: variant % 5 == 0
                ? []
                : [
                    GiftFact(
                        entryID: "G-2568-00\(variant)", recipient: "surachai", department: "ENG", giver: party,
                        date: try! CalendarDate(year: 2025, month: 2, day: 12), value: Money(satang: 850_050),
                        description: text, occasion: text)
                ])
    }

    @Test("Every indicator with evidence of every shape and text of every escape: JSONEncoder's bytes")
    func syntheticSweep() throws {
        var direct = 0
        var listed = 0
        var checked = 0
        for (index, indicator) in Indicator.allCases.enumerated() {
            for (variant, text) in Self.texts.enumerated() {
                let candidate = FlagCandidate(
                    indicator: indicator, fiscalYear: FiscalYear(be: 2568 + variant % 3), departmentID: "6960501",
                    unit: variant % 2 == 0 ? nil : text, subject: [indicator.rawValue, text],
                    evidence: Self.evidence(index + variant, text: text), records: ["68119001000", text])
                direct += try Self.check(
                    RedFlagRaised(
                        flagID: FlagID(fiscalYear: candidate.fiscalYear, number: 1 + index * 100 + variant),
                        candidate: candidate, configurationVersion: variant))
                if try Self.checkListed(candidate.evidence) { listed += 1 }
                checked += 2
            }
        }
        // Rows whose read strings need no escape are read directly; the others fall back to JSONDecoder.
        #expect(direct > checked / 2 && direct < checked)
        #expect(listed > 0 && listed < checked / 2)
    }

    @Test("The cursor reads only the listed form: people, an unknown member or an integer amount go to JSONDecoder")
    func listedReaderRefusesTheRest() throws {
        let whole = Self.evidence(1, text: "ร้าน ก")
        #expect(whole.namesPeople)
        var stored = String(decoding: try EventCoding.encode(FlagEvidencePayloadV1(whole)), as: UTF8.self)
        #expect(stored.withUTF8(FlagEvidencePayloadV1.read) == nil)
        #expect(try RedFlagsProjection.evidence(column: stored) == whole.asStored)
        let column = try RedFlagsProjection.column(whole)
        for unusual in [
            column.replacingOccurrences(of: #""omittedProjects""#, with: #""extra":1,"omittedProjects""#),
            column.replacingOccurrences(of: #""money":"9223372036854.00""#, with: #""money":9223372036854"#),
            column.replacingOccurrences(of: #""fiscalYear":2568"#, with: #""fiscalYear":2025"#),
        ] {
            #expect(unusual != column)
            var text = unusual
            #expect(text.withUTF8(FlagEvidencePayloadV1.read) == nil, "\(unusual)")
        }
    }

    @Test("A figure that is not a finite number: no direct payload, and the event fails to encode as before")
    func nonFinite() throws {
        for value in [Double.nan, .infinity, -.infinity, .greatestFiniteMagnitude] {
            let candidate = FlagCandidate(
                indicator: .yearEnd, fiscalYear: FiscalYear(be: 2568), departmentID: "6960501", unit: nil,
                subject: ["x"], evidence: FlagEvidence(figures: [Figure(.share, .share(value))]), records: ["x"])
            let raised = RedFlagRaised(
                flagID: FlagID(fiscalYear: FiscalYear(be: 2568), number: 1), candidate: candidate,
                configurationVersion: 1)
            #expect(raised.directPayload() == nil)
            #expect(throws: EncodingError.self) { try raised.canonicalPayload() }
        }
    }

    @Test(
        "The cursor's text: valid UTF-8 kept byte for byte; invalid bytes refused as String(validating:) refuses them")
    func cursorText() {
        let samples: [[UInt8]] = [
            Array("ห้างหุ้นส่วนจำกัด 😀 a".utf8), [], Array("\u{FFFD}".utf8), [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80],
            [0xE0, 0xB8], [0x61, 0xF4, 0x90, 0x80, 0x80], [0xEF, 0xBF, 0xBD, 0x80],
        ]
        for bytes in samples {
            let expected = String(validating: bytes, as: UTF8.self)
            #expect(bytes.withUnsafeBufferPointer(FlatJSON.text) == expected, "\(bytes)")
        }
    }

    @Test("Unusual payloads: unknown members skipped; an escape, a missing or repeated member left to JSONDecoder")
    func unusualPayloads() throws {
        let evidence =
            #""evidence":{"declarations":[],"figures":[{"name":"x","value":{"number":-1.5e-3}}],"#
            + #""gifts":[],"omittedProjects":2,"people":[{"capacity":"c"}],"projects":[{"extra":[true,false,{"a":"\"}"}],"#
            + #""projectID":"1"}],"supplier":null,"zz":{}}"#
        let plain = Data(
            (#"{"configurationVersion":1,"departmentID":"6960501","# + evidence
                + #","evidenceKey":"1","flagID":"RF-2568-0001","identity":"i","indicator":"year-end","unit":null}"#)
                .utf8)
        let (row, column) = try #require(FlagRow.read(plain, raised: true))
        #expect(try row == FlagRow.decoded(raised: plain))
        // Listed: the people emptied, the one project and the members no shape reads kept as they were.
        let member = String(evidence.dropFirst(#""evidence":"#.count))
        #expect(column == member.replacingOccurrences(of: #""people":[{"capacity":"c"}]"#, with: #""people":[]"#))
        #expect(row.projectCount == 3 && row.namesPeople && row.supplierName == nil && row.unit == nil)

        let escaped = Data(
            String(decoding: plain, as: UTF8.self).replacingOccurrences(of: #""i""#, with: #""\u0069""#).utf8)
        #expect(FlagRow.read(escaped, raised: true)?.row == nil)
        #expect(try FlagRow.decoded(raised: escaped) == row)

        let missing = Data(
            String(decoding: plain, as: UTF8.self).replacingOccurrences(of: #""gifts":[],"#, with: "").utf8)
        #expect(FlagRow.read(missing, raised: true)?.row == nil)
        #expect(throws: DecodingError.self) { try FlagRow.decoded(raised: missing) }

        let repeated = Data(
            String(decoding: plain, as: UTF8.self).replacingOccurrences(
                of: #""unit":null"#, with: #""unit":null,"unit":"x""#
            )
            .utf8)
        #expect(FlagRow.read(repeated, raised: true)?.row == nil)

        let unknownIndicator = Data(
            String(decoding: plain, as: UTF8.self).replacingOccurrences(of: "year-end", with: "no-such").utf8)
        #expect(FlagRow.read(unknownIndicator, raised: true)?.row == nil)
        #expect(throws: DecodingError.self) { try FlagRow.decoded(raised: unknownIndicator) }
    }
}
