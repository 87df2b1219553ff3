import EventStore
import Foundation
import Sujarit

/// The rules for recording a result, as a pure function of what is given and what the store holds.
public enum ITADecisions {
    /// What a `record` appends: the framework (when its version is new to the store) and the result.
    public struct Outcome: Sendable, Hashable {
        /// The framework to record first, nil when the store already has this version.
        public var adopt: ITAFrameworkAdopted?
        /// The result with `replaces` set when it corrects an earlier one.
        public var result: ITAResultRecorded
    }

    /// Checks `result` against `framework` and the store's history.
    ///
    /// - parameters:
    ///   - adopted: The framework recorded under the same key, if any (it must be identical).
    ///   - existing: The year's current result and its stream version, if any.
    ///   - replace: Whether a correction of an existing result is intended.
    /// - throws: ``ITAError`` naming the first problem.
    public static func record(
        _ result: ITAResultRecorded, framework: ITAFramework, adopted: ITAFramework?,
        existing: (result: ITAResultRecorded, version: Int)?, replace: Bool
    ) throws -> Outcome {
        guard framework.fiscalYear == result.fiscalYear else {
            throw ITAError.frameworkYear(framework: framework.fiscalYear.be, result: result.fiscalYear.be)
        }
        if let adopted, adopted != framework { throw ITAError.frameworkChanged(key: framework.key.description) }
        guard !result.eit.isEmpty else { throw ITAError.noEITPart }
        var seen = Set<String>()
        for question in result.questions {
            guard ITACode.normalize(question.code, letters: ["I", "E"]) == question.code else {
                throw ITAError.invalidCode(question.code, field: "questions", expected: "I1–I99 or E1–E99")
            }
            guard seen.insert(question.code).inserted else {
                throw ITAError.duplicateCode(question.code, field: "questions")
            }
            guard framework.knowsQuestion(question.code) else {
                throw ITAError.unknownCode(question.code, field: "questions", framework: framework.key.description)
            }
            let expected = question.code.first == "E" ? result.eit.count : 1
            guard question.scores.count == expected else {
                throw ITAError.partCount(code: question.code, given: question.scores.count, expected: expected)
            }
        }
        for item in result.oitItems {
            guard ITACode.normalize(item.code, letters: ["O"]) == item.code else {
                throw ITAError.invalidCode(item.code, field: "oit_items", expected: "O1–O99")
            }
            guard seen.insert(item.code).inserted else { throw ITAError.duplicateCode(item.code, field: "oit_items") }
            guard framework.knowsOITItem(item.code) else {
                throw ITAError.unknownCode(item.code, field: "oit_items", framework: framework.key.description)
            }
        }
        var recorded = result
        recorded.framework = framework.key
        recorded.replaces = nil
        if let existing {
            guard replace else { throw ITAError.alreadyRecorded(fiscalYear: result.fiscalYear.be) }
            guard !existing.result.sameFigures(as: recorded) else {
                throw ITAError.unchanged(fiscalYear: result.fiscalYear.be)
            }
            recorded.replaces = existing.version
        }
        return Outcome(adopt: adopted == nil ? ITAFrameworkAdopted(framework: framework) : nil, result: recorded)
    }
}
