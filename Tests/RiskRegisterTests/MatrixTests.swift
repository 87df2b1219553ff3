import Agency
import Foundation
import RiskRegister
import Testing

@Suite("Risk matrices")
struct MatrixTests {
    let five = try! RiskMatrix.load(RiskFixture.registers + "/matrices/5x5.yaml")
    let three = try! RiskMatrix.load(RiskFixture.registers + "/matrices/3x3.yaml")

    @Test("the 5×5 bands: 1–3 ต่ำ, 4–9 ปานกลาง, 10–16 สูง, 17–25 สูงมาก")
    func fiveByFiveBands() {
        #expect(five.band(likelihood: 1, impact: 3).id == "low")
        #expect(five.band(likelihood: 2, impact: 2).id == "medium")
        #expect(five.band(likelihood: 3, impact: 3).id == "medium")
        #expect(five.band(likelihood: 2, impact: 5).id == "high")
        #expect(five.band(likelihood: 4, impact: 4).id == "high")
        #expect(five.band(likelihood: 3, impact: 6 - 1).name.th == "สูง")
        #expect(five.band(likelihood: 5, impact: 4).name.th == "สูงมาก")
        #expect(five.band(likelihood: 5, impact: 4).color == "#e53935")
        #expect(five.problems().isEmpty)
    }

    @Test("the 3×3 matrix bands by its grid, not by the product")
    func threeByThreeGrid() {
        #expect(three.band(likelihood: 1, impact: 3).id == "medium")
        #expect(three.band(likelihood: 3, impact: 1).id == "medium")
        #expect(three.band(likelihood: 2, impact: 3).id == "high")
        #expect(three.band(likelihood: 1, impact: 1).id == "low")
    }

    @Test("levels off the scale are refused, naming the axis and the range")
    func offScale() {
        #expect(
            throws: RiskRegisterError.levelOutOfRange(axis: "likelihood (-l)", value: 0, range: 1...5, matrix: "5x5@2")
        ) {
            try five.check(likelihood: 0, impact: 3)
        }
        #expect(throws: RiskRegisterError.levelOutOfRange(axis: "impact (-i)", value: 6, range: 1...5, matrix: "5x5@2"))
        {
            try five.check(likelihood: 2, impact: 6)
        }
        #expect(throws: RiskRegisterError.self) { try three.check(likelihood: 4, impact: 1) }
    }

    @Test("a matrix whose bands overlap or leave a gap is rejected with file and line")
    func badMatrixFile() throws {
        let text = try String(contentsOfFile: RiskFixture.registers + "/matrices/5x5.yaml", encoding: .utf8)
            .replacingOccurrences(of: "scores: 4-9", with: "scores: 5-9")
        do {
            _ = try RiskMatrix.parse(try ConfigNode.parse(text, file: "bad.yaml"))
            Issue.record("a gap in the bands was accepted")
        } catch let error as ConfigurationError {
            #expect(error.file == "bad.yaml")
            #expect(error.line != nil)
            #expect(error.message.contains("score 4"))
        }
        let unknownField = "id: x\nversion: 1\nname: {th: a, en: b}\ncolour: red\n"
        #expect(throws: ConfigurationError.self) {
            try RiskMatrix.parse(try ConfigNode.parse(unknownField, file: "x.yaml"))
        }
    }

    @Test("adopting a matrix twice adds nothing; an edited file with the same version is refused")
    func adoption() async throws {
        let fixture = try await RiskFixture()
        let before = try await fixture.logSize()
        let again = try await fixture.service.configure(registers: RiskFixture.registers, context: RiskFixture.context)
        #expect(again.matrices.isEmpty && again.categories.isEmpty)
        #expect(try await fixture.logSize() == before)

        var edited = five
        edited.likelihood.levels[4].description = "แก้ไขแล้ว"
        await #expect(throws: RiskRegisterError.matrixChanged(key: "5x5@2")) {
            try await fixture.run { ledger, _, decision in
                try ledger.configure(categories: [], matrices: [edited], into: &decision)
            }
        }
        #expect(try await fixture.logSize() == before)

        edited.version = 3
        try await fixture.run { ledger, _, decision in
            _ = try ledger.configure(categories: [], matrices: [edited], into: &decision)
        }
        let ledger = try await fixture.ledger()
        #expect(ledger.latestMatrix("5x5")?.version == 3)
        #expect(ledger.matrix(MatrixKey(id: "5x5", version: 2)) == five)
    }

    @Test("a score keeps the matrix version it used after a new version is adopted")
    func oldScoresKeepTheirVersion() async throws {
        let fixture = try await RiskFixture()
        let id = try await fixture.addRisk(scores: [.current: [2, 5]])
        var changed = five
        changed.version = 3
        changed.bands[1].scores = 4...10
        changed.bands[2].scores = 11...16
        try await fixture.run { ledger, _, decision in
            _ = try ledger.configure(categories: [], matrices: [changed], into: &decision)
        }
        let ledger = try await fixture.ledger()
        let score = try ledger.risk(id).scores[.current]!
        #expect(score.matrix == MatrixKey(id: "5x5", version: 2))
        #expect(score.band == "high")
        try await fixture.run { ledger, _, decision in
            try ledger.assess(id, kind: .residual, likelihood: 2, impact: 5, note: nil, into: &decision)
        }
        let residual = try await fixture.ledger().risk(id).scores[.residual]!
        #expect(residual.matrix.version == 3)
        #expect(residual.band == "medium")
    }

    @Test("5×5 likelihood criteria follow each other: 0-5, 6-10, 11-15, 16-20, 21+ (version 1 left 21–25 in no level)")
    func likelihoodCriteria() {
        #expect(five.version == 2)
        #expect(
            five.likelihood.levels.map { $0.range?.description ?? "-" } == ["0-5", "6-10", "11-15", "16-20", "21+"])
        #expect(five.likelihood.levels[4].description.contains("มากกว่า 20"))
        // Hand-worked: the old criteria (level 4 up to 20, level 5 above 25) leave 21-25 out.
        let old = LevelRange.problems(
            [(4, LevelRange(lower: 16, upper: 20)), (5, LevelRange(lower: 26, upper: nil))], axis: "Likelihood")
        #expect(
            old.map(\.message) == [
                """
                Likelihood level 4 ends at 20 and level 5 starts at 26: 21-25 falls in no level (a gap); start \
                level 5 at 21
                """
            ])
        // Near misses: starting at 21 is exact; at 22 leaves one value out; at 20 counts 20 twice.
        #expect(
            LevelRange.problems(
                [(4, LevelRange(lower: 16, upper: 20)), (5, LevelRange(lower: 21, upper: nil))], axis: "L"
            ).isEmpty)
        #expect(
            LevelRange.problems(
                [(4, LevelRange(lower: 16, upper: 20)), (5, LevelRange(lower: 22, upper: nil))], axis: "L"
            ).first?.message.contains("21 falls in no level") == true)
        #expect(
            LevelRange.problems(
                [(4, LevelRange(lower: 16, upper: 20)), (5, LevelRange(lower: 20, upper: nil))], axis: "L"
            ).first?.message.contains("20 falls in both (an overlap)") == true)
        // Only the top level may be open-ended.
        #expect(
            LevelRange.problems(
                [(1, LevelRange(lower: 0, upper: nil)), (2, LevelRange(lower: 6, upper: 10))], axis: "L"
            ).count == 1)
    }

    @Test("a matrix file with a gap, an overlap or a missing range in its criteria is refused naming the line")
    func badCriteriaFile() throws {
        let shipped = try String(contentsOfFile: RiskFixture.registers + "/matrices/5x5.yaml", encoding: .utf8)
        let lines = shipped.components(separatedBy: "\n")
        let levelFive = try #require(lines.firstIndex { $0.contains("range: 21+") }) + 1
        for (edit, expected) in [
            ("range: 26+", "21-25 falls in no level (a gap)"), ("range: 18+", "18-20 falls in both (an overlap)"),
        ] {
            let text = shipped.replacingOccurrences(of: "range: 21+", with: edit)
            let error = try #require(throws: ConfigurationError.self) {
                try RiskMatrix.parse(try ConfigNode.parse(text, file: "5x5.yaml"))
            }
            #expect(error.file == "5x5.yaml" && error.line == levelFive)
            #expect(error.message.contains(expected))
        }
        let missing = shipped.replacingOccurrences(of: ", range: 6-10", with: "")
        let error = try #require(throws: ConfigurationError.self) {
            try RiskMatrix.parse(try ConfigNode.parse(missing, file: "5x5.yaml"))
        }
        #expect(error.message.contains("level 2 has no range"))
        let bad = shipped.replacingOccurrences(of: "range: 6-10", with: "range: 10-6")
        #expect(throws: ConfigurationError.self) { try RiskMatrix.parse(try ConfigNode.parse(bad, file: "5x5.yaml")) }
        // The 3×3 matrix gives no ranges and is still sound.
        #expect(three.likelihood.levels.allSatisfy { $0.range == nil })
    }
}
