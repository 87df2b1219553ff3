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
        #expect(throws: RiskRegisterError.levelOutOfRange(axis: "likelihood (-l)", value: 0, range: 1...5, matrix: "5x5@1")) {
            try five.check(likelihood: 0, impact: 3)
        }
        #expect(throws: RiskRegisterError.levelOutOfRange(axis: "impact (-i)", value: 6, range: 1...5, matrix: "5x5@1")) {
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
        #expect(throws: ConfigurationError.self) { try RiskMatrix.parse(try ConfigNode.parse(unknownField, file: "x.yaml")) }
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
        await #expect(throws: RiskRegisterError.matrixChanged(key: "5x5@1")) {
            try await fixture.run { ledger, _, decision in
                try ledger.configure(categories: [], matrices: [edited], into: &decision)
            }
        }
        #expect(try await fixture.logSize() == before)

        edited.version = 2
        try await fixture.run { ledger, _, decision in _ = try ledger.configure(categories: [], matrices: [edited], into: &decision) }
        let ledger = try await fixture.ledger()
        #expect(ledger.latestMatrix("5x5")?.version == 2)
        #expect(ledger.matrix(MatrixKey(id: "5x5", version: 1)) == five)
    }

    @Test("a score keeps the matrix version it used after a new version is adopted")
    func oldScoresKeepTheirVersion() async throws {
        let fixture = try await RiskFixture()
        let id = try await fixture.addRisk(scores: [.current: [2, 5]])
        var changed = five
        changed.version = 2
        changed.bands[1].scores = 4...10
        changed.bands[2].scores = 11...16
        try await fixture.run { ledger, _, decision in _ = try ledger.configure(categories: [], matrices: [changed], into: &decision) }
        let ledger = try await fixture.ledger()
        let score = try ledger.risk(id).scores[.current]!
        #expect(score.matrix == MatrixKey(id: "5x5", version: 1))
        #expect(score.band == "high")
        try await fixture.run { ledger, _, decision in try ledger.assess(id, kind: .residual, likelihood: 2, impact: 5, note: nil, into: &decision) }
        let residual = try await fixture.ledger().risk(id).scores[.residual]!
        #expect(residual.matrix.version == 2)
        #expect(residual.band == "medium")
    }
}
