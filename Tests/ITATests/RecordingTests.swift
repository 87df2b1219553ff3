import Agency
import EventStore
import Foundation
import Sujarit
import Testing
@testable import ITA
import TestSupport

@Suite("Recording and analysing a result in a store")
struct RecordingTests {
    @Test("The example file records the seed's result with framework 2566@1 and analyses to 96.29")
    func recordExample() async throws {
        let folder = try TemporaryFolder("sujarit-ita")
        let store = try ITAFixture.store(in: folder)
        let service = ITAService(store: store)
        let framework = try ITAFixture.framework(2566)
        try await service.record(
            try ITAFixture.seedResult(), framework: framework, replace: false, context: CommandContext(actor: "anan"))
        let result = try await service.requireResult(FiscalYear(be: 2566))
        #expect(result.recorded.framework == framework.key)
        #expect(result.framework == framework)
        #expect(result.recorded.iit.formatted() == "93.17")
        #expect(result.recorded.questions.count == 41)
        let types = try await store.events(in: try ITAFrameworkAdopted.stream(framework.key)).map(\.type)
        #expect(types == ["ITAFrameworkAdopted"])

        let analysis = ITAAnalysis(result, top: 5)
        #expect(analysis.overall.formatted() == "96.29")
        // Ranked by the lowest part: E9's 85.82 (collected by the agency) is the weakest figure.
        #expect(analysis.weakest.map(\.code) == ["E9", "I21", "I15", "I25", "E3"])
        #expect(analysis.weakest[0].scores.map(\.description) == ["85.82", "100.00"])
        #expect(analysis.weakest[0].mean.rounded.formatted() == "92.91")
        #expect(analysis.weakest[0].oitItems == ["O8", "O9"])
        #expect(analysis.weakest[1].oitItems == ["O14", "O39"])
        #expect(analysis.weakest[3].oitItems.contains("O34") && analysis.weakest[3].oitItems.contains("O38"))
        #expect(analysis.belowPassMark == 0)
        #expect(analysis.linkedItems.first { $0.code == "O14" }?.questions == ["I21", "E3"])
        #expect(analysis.linkedItems.first { $0.code == "O14" }?.text == "คู่มือหรือมาตรฐานการปฏิบัติงาน")
    }

    /// Ways to spoil a result.
    enum Spoiler: String, CaseIterable, Sendable {
        case unknownQuestion, questionTwice, eitQuestionOnePart, noEITPart

        func apply(_ result: inout ITAResultRecorded) {
            switch self {
            case .unknownQuestion:
                result.questions.append(ITAQuestionScore(code: "I31", scores: [ITAFixture.score("80")]))
            case .questionTwice: result.questions.append(result.questions[0])
            case .eitQuestionOnePart:
                result.questions = [ITAQuestionScore(code: "E9", scores: [ITAFixture.score("80")])]
            case .noEITPart: result.eit = []
            }
        }

        var message: String {
            switch self {
            case .unknownQuestion: "I31 is not in the catalogue of framework 2566@1"
            case .questionTwice: "I1 is given twice"
            case .eitQuestionOnePart: "E9 has 1 score(s)"
            case .noEITPart: "at least one part"
            }
        }
    }

    @Test("Refused results write nothing", arguments: Spoiler.allCases)
    func refusals(spoiler: Spoiler) async throws {
        let folder = try TemporaryFolder("sujarit-ita")
        let store = try ITAFixture.store(in: folder)
        let service = ITAService(store: store)
        var result = try ITAFixture.seedResult()
        spoiler.apply(&result)
        let error = try await #require(throws: ITAError.self, "\(spoiler) must be refused") {
            try await service.record(
                result, framework: try ITAFixture.framework(2566), replace: false,
                context: CommandContext(actor: "anan"))
        }
        #expect(error.localizedDescription.contains(spoiler.message), "\(error.localizedDescription)")
        #expect(try await store.lastSequence() == 0)
    }

    @Test("An EIT question needs one score per part")
    func partCount() throws {
        var result = try ITAFixture.seedResult()
        result.questions = [ITAQuestionScore(code: "E9", scores: [ITAFixture.score("80")])]
        let error = try #require(throws: ITAError.self) {
            try ITADecisions.record(
                result, framework: try ITAFixture.framework(2566), adopted: nil, existing: nil, replace: false)
        }
        #expect(error == .partCount(code: "E9", given: 1, expected: 2))
    }

    @Test("A second result needs --replace, must differ, and keeps the first in the history")
    func replace() async throws {
        let folder = try TemporaryFolder("sujarit-ita")
        let store = try ITAFixture.store(in: folder)
        let service = ITAService(store: store)
        let framework = try ITAFixture.framework(2566)
        let first = try ITAFixture.seedResult()
        try await service.record(first, framework: framework, replace: false, context: CommandContext(actor: "anan"))
        let before = try await store.lastSequence()
        await #expect(throws: ITAError.alreadyRecorded(fiscalYear: 2566)) {
            try await service.record(
                first, framework: framework, replace: false, context: CommandContext(actor: "anan"))
        }
        await #expect(throws: ITAError.unchanged(fiscalYear: 2566)) {
            try await service.record(first, framework: framework, replace: true, context: CommandContext(actor: "anan"))
        }
        #expect(try await store.lastSequence() == before)
        var corrected = first
        corrected.oit = ITAFixture.score("98.50")
        let recorded = try await service.record(
            corrected, framework: framework, replace: true, context: CommandContext(actor: "anan"))
        #expect(recorded.replaces == 1)
        let stored = try await service.requireResult(FiscalYear(be: 2566))
        #expect(stored.revisions == 2)
        #expect(ITAAnalysis(stored).overall.formatted() == "95.69")
        #expect(try await store.events(in: try ITAResultRecorded.stream(FiscalYear(be: 2566))).count == 2)
    }

    @Test("A framework version recorded once cannot silently change")
    func frameworkChanged() async throws {
        let folder = try TemporaryFolder("sujarit-ita")
        let store = try ITAFixture.store(in: folder)
        let service = ITAService(store: store)
        var framework = try ITAFixture.framework(2566)
        try await service.record(
            try ITAFixture.seedResult(), framework: framework, replace: false, context: CommandContext(actor: "anan"))
        framework.passMark = ITAFixture.score("90")
        var corrected = try ITAFixture.seedResult()
        corrected.oit = ITAFixture.score("99")
        await #expect(throws: ITAError.frameworkChanged(key: "2566@1")) {
            try await service.record(
                corrected, framework: framework, replace: true, context: CommandContext(actor: "anan"))
        }
    }
}
