import Sujarit
import Testing
@testable import ITA

@Suite("ITA scoring: exact arithmetic, rounding, bands")
struct ScoringTests {
    @Test("The seed's IIT 93.17, EIT 91.33 and 97.58, OIT 100 give 96.29 (exactly 96.2875), band AA")
    func seedOverall() throws {
        let framework = try ITAFixture.framework(2566)
        let result = ITAResultRecorded(
            fiscalYear: FiscalYear(be: 2566), framework: framework.key, iit: ITAFixture.score("93.17"),
            eit: [
                ITAPartScore(name: "1", score: ITAFixture.score("91.33")),
                ITAPartScore(name: "2", score: ITAFixture.score("97.58")),
            ],
            oit: ITAFixture.score("100")
        )
        let analysis = ITAAnalysis(ITAResult(recorded: result, framework: framework))
        #expect(analysis.overall == ITAFixture.score("96.29"))
        #expect(analysis.overallExact.fourDecimals == "96.2875")
        #expect(analysis.band.code == "AA")
        #expect(analysis.band.name.th == "ผ่านดีเยี่ยม")
        #expect(analysis.passes)
        #expect(analysis.lines.map(\.contribution.fourDecimals) == ["27.9510", "28.3365", "40.0000"])
        #expect(analysis.working() == "0.30 × 93.17 + 0.30 × (91.33 + 97.58) / 2 + 0.40 × 100.00 = 96.2875 ≈ 96.29")
        #expect(analysis.working(digits: .thai).hasSuffix("≈ ๙๖.๒๙"))
    }

    @Test("Rounding is half-up at the end, never on the way")
    func roundingHalfUp() {
        // 96.285 rounds up (banker's rounding would give 96.28); 96.2849… rounds down.
        // (The numerator is in hundredths times the denominator: 96.285 is 9628.5 hundredths.)
        #expect(ExactScore(numerator: 96_285, denominator: 10).rounded.formatted() == "96.29")
        #expect(ExactScore(numerator: 962_849, denominator: 100).rounded.formatted() == "96.28")
        #expect(ExactScore(numerator: 2, denominator: 3).rounded.hundredths == 1)
        // A mean of two parts kept exact: (91.33 + 97.58) / 2 = 94.455 → 94.46 only when shown.
        let mean = ExactScore.mean([ITAFixture.score("91.33"), ITAFixture.score("97.58")])!
        #expect(mean.fourDecimals == "94.4550")
        #expect(mean.rounded.formatted() == "94.46")
        // Rounding the EIT first and then the total happens to agree here, but exactness is what is tested:
        // 0.3 × 94.455 = 28.3365, not 0.3 × 94.46 = 28.338.
        #expect(mean.weighted(ITAWeight(tenThousandths: 3000)).fourDecimals == "28.3365")
    }

    @Test("Scores are read with Thai digits, at most two decimals, 0 to 100")
    func parsing() throws {
        #expect(try ITAScore(parsing: "๙๓.๑๗").hundredths == 9317)
        #expect(try ITAScore(parsing: "91.3").hundredths == 9130)
        #expect(try ITAScore(parsing: "85,5").hundredths == 8550)
        #expect(try ITAScore(parsing: "100").formatted() == "100.00")
        #expect(try ITAScore(parsing: "0").formatted(digits: .thai) == "๐.๐๐")
        for bad in ["100.01", "93.175", "-1", "abc", "", "9 3", "93.", ".5"] {
            #expect(throws: ITAError.self, "'\(bad)' must be refused") { try ITAScore(parsing: bad) }
        }
        let error = try #require(throws: ITAError.self) { try ITAScore(parsing: "101", field: "--iit") }
        #expect(error.localizedDescription.contains("--iit: '101' is not a score"))
    }

    @Test(
        "Bands: the highest band whose minimum the score reaches",
        arguments: [
            ("100", "AA"), ("95", "AA"), ("94.99", "A"), ("85", "A"), ("84.99", "B"), ("50", "E"), ("49.99", "F"),
            ("0", "F"),
        ])
    func bands(score: String, code: String) throws {
        let framework = try ITAFixture.framework(2567)
        #expect(framework.band(for: ITAFixture.score(score)).code == code)
        #expect(framework.band(for: ITAFixture.score(score)).passes == (ITAFixture.score(score) >= framework.passMark))
    }

    @Test("Weights are read exactly and must add up to 1")
    func weights() throws {
        #expect(ITAWeight(text: "0.30")?.tenThousandths == 3000)
        #expect(ITAWeight(text: "30%")?.tenThousandths == 3000)
        #expect(ITAWeight(text: "๐.๔")?.tenThousandths == 4000)
        #expect(ITAWeight(text: "1.5") == nil)
        #expect(ITAWeight(text: "0.12345") == nil)
        var framework = try ITAFixture.framework(2568)
        framework.weights.oit = ITAWeight(tenThousandths: 3000)
        #expect(framework.problems().contains { $0.contains("weights add up to 0.9") })
    }
}
