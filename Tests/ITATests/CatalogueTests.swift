import Agency
import EventStore
import Foundation
import Sujarit
import Testing

@testable import ITA
import TestSupport

@Suite("OIT catalogues: one list per year and agency type, duties keyed by purpose")
struct CatalogueTests {
    static func library() throws -> ITACatalogueLibrary {
        try ITACatalogueLibrary.load(folder: ITAFixture.path("Registers/ita"))
    }

    @Test("The same duty under three years' codes: the risk assessment is O34, O23 and O21")
    func purposeAcrossYears() throws {
        let library = try Self.library()
        func code(_ year: Int, _ type: AgencyKind, _ purpose: String) -> String? {
            library.catalogue(FiscalYear(be: year), type: type)?.item(purpose: purpose)?.code
        }
        #expect(code(2566, .localGovernment, "risk-assessment") == "O34")
        #expect(code(2568, .stateAgency, "risk-assessment") == "O23")
        #expect(code(2569, .stateAgency, "risk-assessment") == "O21")
        #expect(code(2566, .localGovernment, "anti-corruption-plan") == "O36")
        #expect(code(2568, .stateAgency, "anti-corruption-plan") == "O25")
        #expect(code(2569, .stateAgency, "anti-corruption-plan") == "O23")
        // One item can serve two duties (2568's O26 reports the plan at six months and for the year) …
        #expect(code(2568, .stateAgency, "plan-6-month-report") == "O26")
        #expect(code(2568, .stateAgency, "plan-report") == "O26")
        // … and a duty can disappear: 2569 has no item for the gift report (O33 in 2566, O22 in 2568).
        #expect(code(2566, .localGovernment, "gift-report") == "O33")
        #expect(code(2568, .stateAgency, "gift-report") == "O22")
        #expect(code(2569, .stateAgency, "gift-report") == nil)
        #expect(code(2569, .stateAgency, "ita-improvement") == "O25")
    }

    @Test("Every shipped list loads without an error; 2566–2567 are confirmed, later years are not")
    func shippedListsAreClean() throws {
        let library = try Self.library()
        for year in 2566...2570 {
            for type in AgencyKind.allCases {
                let catalogue = try library.usable(FiscalYear(be: year), type: type)
                #expect(!catalogue.source.isEmpty)
                let errors = ITACatalogueCheck.findings(catalogue, in: library).filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(catalogue.path): \(errors.map(\.message))")
                if year >= 2568 { #expect(catalogue.unconfirmedCount == catalogue.items.count) }
            }
        }
        let fy2567 = try library.usable(FiscalYear(be: 2567), type: .localGovernment)
        #expect(fy2567.items.count == 43)
        // The seed does not describe O10, O16 and O26, so only they are unconfirmed.
        #expect(fy2567.items.filter { !$0.confirmed }.map(\.code) == ["O10", "O16", "O26"])
        #expect(fy2567.item(code: "O34")?.label == "O34")
        #expect(
            library.catalogue(FiscalYear(be: 2570), type: .localGovernment)?.item(code: "O21")?.label
                == "O21 (ยังไม่ยืนยัน)")
    }

    @Test("The year's windows are read through ITACatalogue.windows(fy:type:folder:)")
    func windows() throws {
        let windows = try ITACatalogue.windows(
            fy: FiscalYear(be: 2570), type: .localGovernment, folder: ITAFixture.path("Registers/ita"))
        let publish = try #require(windows.first { $0.key == "oit-publish" })
        #expect(publish.from == (try CalendarDate.parse("1 มี.ค. 2570")))
        #expect(publish.to == (try CalendarDate.parse("30 เม.ย. 2570")))
        #expect(!publish.confirmed)
        #expect(throws: ITAError.self) {
            try ITACatalogue.windows(
                fy: FiscalYear(be: 2590), type: .stateAgency, folder: ITAFixture.path("Registers/ita"))
        }
    }

    @Test("check names duplicate codes, unknown purpose keys and undeclared gaps; a structural mistake names the line")
    func checkFindsMistakes() throws {
        let folder = try TemporaryFolder("sujarit-ita")
        try FileManager.default.copyItem(
            atPath: ITAFixture.path("Registers/ita/purposes.yaml"),
            toPath: folder.appendingPathComponent("purposes.yaml").path)
        let text = """
            fiscal_year: 2571
            agency_type: local
            source: test
            known_gaps: [O1-O2]
            windows:
              - { key: oit-publish, th: ก, en: a, from: 1 มี.ค. 2570, to: 30 เม.ย. 2570, confirmed: true }
            items:
              - { code: O3, purpose: risk-assessment, th: ก, confirmed: true }
              - { code: O3, purpose: risk-assesment, th: ข, confirmed: true }
              - { code: O6, purpose: unmapped, confirmed: true }
            """
        try text.write(to: folder.appendingPathComponent("oit-2571-local.yaml"), atomically: true, encoding: .utf8)
        let library = try ITACatalogueLibrary.load(folder: folder.path)
        let catalogue = try library.require(FiscalYear(be: 2571), type: .localGovernment)
        let errors = ITACatalogueCheck.findings(catalogue, in: library).filter { $0.severity == .error }.map(\.message)
        #expect(errors.contains { $0.contains("O3 is listed twice") })
        #expect(errors.contains { $0.contains("'risk-assesment' is not in purposes.yaml") })
        #expect(errors.contains { $0.contains("no item numbered O4, O5") })
        #expect(errors.contains { $0.contains("O6 is confirmed but its purpose is 'unmapped'") })
        #expect(errors.contains { $0.contains("the window 'oit-publish'") && $0.contains("outside FY2571") })
        #expect(throws: ITAError.self) { try library.usable(FiscalYear(be: 2571), type: .localGovernment) }

        try text.replacingOccurrences(of: "agency_type: local", with: "agency_type: school").write(
            to: folder.appendingPathComponent("oit-2571-local.yaml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: ConfigurationError.self) { try ITACatalogueLibrary.load(folder: folder.path) }
        #expect(error.line == 2 && error.field == "agency_type")
    }

    @Test("An item result is a score or pass/fail with a full web address; anything else is refused")
    func itemResults() throws {
        let passed = try ITAItemScore.parse(code: "O21", result: "ผ่าน", url: "https://www.takbai.go.th/o21", field: "f")
        #expect(passed.passed == true && passed.score == nil && passed.resultText == "ผ่าน")
        #expect(try ITAItemScore.parse(code: "O21", result: "๘๗.๕", url: nil, field: "f").score?.formatted() == "87.50")
        #expect(throws: ITAError.invalidItemResult("maybe", field: "f")) {
            try ITAItemScore.parse(code: "O21", result: "maybe", url: nil, field: "f")
        }
        for bad in ["www.takbai.go.th", "ftp://takbai.go.th/x", "https://", "https://a b.go.th"] {
            #expect(throws: ITAError.invalidURL(bad, field: "f")) {
                try ITAItemScore.parse(code: "O21", result: "100", url: bad, field: "f")
            }
        }
    }

    @Test("publish records the address once, refuses an unknown item or address, and leaves the log as it was")
    func publish() async throws {
        let folder = try TemporaryFolder("sujarit-ita")
        let store = try ITAFixture.store(in: folder)
        let service = ITAService(store: store)
        let catalogue = try Self.library().usable(FiscalYear(be: 2570), type: .localGovernment)
        let context = CommandContext(actor: "anan", now: Date(timeIntervalSince1970: 1_796_000_000))
        let url = "https://www.takbai.go.th/ita/2570/o21"
        let first = try await service.publish(code: "o๒๑", url: url, catalogue: catalogue, context: context)
        #expect(first?.code == "O21" && first?.purpose == "risk-assessment")
        #expect(try await service.publish(code: "O21", url: url, catalogue: catalogue, context: context) == nil)
        let before = try await store.lastSequence()
        await #expect(throws: ITAError.self) {
            try await service.publish(code: "O34", url: url, catalogue: catalogue, context: context)
        }
        await #expect(throws: ITAError.self) {
            try await service.publish(code: "O21", url: "takbai.go.th", catalogue: catalogue, context: context)
        }
        #expect(try await store.lastSequence() == before)
        try await service.publish(code: "O21", url: url + ".pdf", catalogue: catalogue, context: context)
        #expect(try await service.publications(FiscalYear(be: 2570))["O21"]?.url == url + ".pdf")
    }
}

@Suite("Recording OIT item results against the year's list")
struct ItemRecordingTests {
    @Test("An item of the year's list, or a number it knowingly leaves out, is accepted; another is refused")
    func itemsChecked() async throws {
        let folder = try TemporaryFolder("sujarit-ita")
        let store = try ITAFixture.store(in: folder)
        let service = ITAService(store: store)
        let year = FiscalYear(be: 2570)
        let catalogue = try CatalogueTests.library().usable(year, type: .localGovernment)
        let framework = try ITAFixture.framework(2570)
        func result(_ codes: [String]) -> ITAResultRecorded {
            ITAResultRecorded(
                fiscalYear: year, framework: framework.key, iit: .full, eit: [ITAPartScore(name: "1", score: .full)],
                oit: .full, oitItems: codes.map { ITAItemScore(code: $0, score: nil, passed: true) })
        }
        let context = CommandContext(actor: "anan", now: Date(timeIntervalSince1970: 1_796_000_000))
        await #expect(throws: ITAError.self) {
            try await service.record(
                result(["O21", "O40"]), framework: framework, catalogue: catalogue, replace: false, context: context)
        }
        #expect(try await store.lastSequence() == 0)
        let recorded = try await service.record(
            result(["O21", "O5"]), framework: framework, catalogue: catalogue, replace: false, context: context)
        #expect(recorded.oitItems.map(\.code) == ["O21", "O5"])
    }
}

@Suite("OIT item results compared across years by duty")
struct ItemComparisonTests {
    @Test("2568's O23 and 2569's O21 are one row (the risk assessment); a reused number is not matched with itself")
    func byPurpose() throws {
        let library = try CatalogueTests.library()
        func result(_ year: Int, _ items: [ITAItemScore]) -> ITAResultRecorded {
            ITAResultRecorded(
                fiscalYear: FiscalYear(be: year),
                framework: ITAFrameworkKey(fiscalYear: FiscalYear(be: year), version: 1),
                iit: .full, eit: [ITAPartScore(name: "1", score: .full)], oit: .full, oitItems: items)
        }
        let comparison = ITAItemComparison.compare(
            current: result(2569, [ITAItemScore(code: "O21", score: ITAFixture.score("100"))]),
            currentCatalogue: library.catalogue(FiscalYear(be: 2569), type: .stateAgency),
            previous: result(
                2568,
                [
                    ITAItemScore(code: "O23", score: ITAFixture.score("87.5")),
                    ITAItemScore(code: "O21", score: nil, passed: false),
                ]),
            previousCatalogue: library.catalogue(FiscalYear(be: 2568), type: .stateAgency))
        let risk = try #require(comparison.rows.first { $0.purpose == "risk-assessment" })
        #expect(risk.previousCode == "O23" && risk.previousResult == "87.50")
        #expect(risk.currentCode == "O21" && risk.currentResult == "100.00")
        // 2568's O21 was the No Gift declaration: its own row, with nothing this year.
        let noGift = try #require(comparison.rows.first { $0.purpose == "no-gift-declaration" })
        #expect(noGift.previousCode == "O21" && noGift.previousResult == "ไม่ผ่าน" && noGift.currentCode == nil)
        #expect(comparison.rows.count == 2)
    }
}
