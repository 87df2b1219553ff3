import Foundation

/// Why the register refused a command. Each message names the value, what is accepted and what to do;
/// whenever one is thrown, nothing has been written.
public enum RiskRegisterError: Error, LocalizedError, Equatable, Sendable, CustomStringConvertible {
    case invalidID(String, example: String)
    case unknownRisk(String)
    case unknownMeasure(String)
    case unknownCategory(String, known: [String])
    case unknownDepartment(String, known: [String])
    case unknownMatrix(String, known: [String])
    case noConfiguration
    case levelOutOfRange(axis: String, value: Int, range: ClosedRange<Int>, matrix: String)
    case notLevel(String, axis: String)
    case unknownStaff(String)
    case notOnCommittee(String, name: String)
    case notChair(String, name: String)
    case notApprover(String, name: String)
    case noOpenRound(String)
    case roundAlreadyOpen(String)
    case ambiguousRound([String])
    case riskNotInRound(risk: String, round: String)
    case riskAlreadyFinalized(risk: String, round: String)
    case nothingScored(risk: String, round: String)
    case unresolvedDisagreements([Disagreement])
    case nothingToFinalize(round: String)
    /// A round that cannot close whole: risks scored by fewer than `required` of `committee` members, and risks of
    /// the year nobody scored.
    case roundIncomplete(
        round: String, belowQuorum: [QuorumShortfall], unscored: [String], required: Int, committee: Int, rule: String)
    /// `--partial` given for a round where every risk reached the quorum.
    case partialNotNeeded(round: String)
    /// A round that was never opened.
    case unknownRound(String, known: [String])
    case matrixChanged(key: String)
    case emptyField(String)
    case invalidDates(start: String, due: String)
    case expiryNotAfter(expiry: String, day: String)
    case yearMismatch(id: String, fiscalYear: Int)
    case duplicateID(String)
    case alreadyExists(String)
    case copyForwardYears(from: Int, to: Int)
    case nothingToCopy(Int)
    case invalidCode(String, field: String)
    case fileProblem(file: String, line: Int?, message: String)

    /// The message, so that printing the error (as ArgumentParser does) shows the sentence, not the case.
    public var description: String { errorDescription ?? "risk register error" }

    public var errorDescription: String? {
        switch self {
        case let .invalidID(text, example):
            "'\(text)' is not an id; write it like \(example) (Thai digits are fine)."
        case let .unknownRisk(id):
            "There is no risk \(id) in the register. 'sujarit risk list' shows the ids."
        case let .unknownMeasure(id):
            "There is no measure \(id). 'sujarit risk measure list' shows the ids."
        case let .unknownCategory(code, known):
            """
            Unknown risk category '\(code)'. Known categories: \(known.joined(separator: ", ")). Edit \
            Registers/risk-categories.yaml and run 'sujarit risk configure' to add one.
            """
        case let .unknownDepartment(code, known):
            """
            Unknown department '\(code)'. Known departments: \
            \(known.isEmpty ? "none (load the directory with 'sujarit agency load FILE')" : known.joined(separator: ", ")).
            """
        case let .unknownMatrix(id, known):
            """
            Unknown risk matrix '\(id)'. Adopted matrices: \
            \(known.isEmpty ? "none" : known.joined(separator: ", ")). Run 'sujarit risk configure' to adopt \
            Registers/matrices/.
            """
        case .noConfiguration:
            """
            The store has no risk categories or matrices yet. Run 'sujarit risk configure' (it reads \
            Registers/risk-categories.yaml and Registers/matrices/).
            """
        case let .levelOutOfRange(axis, value, range, matrix):
            """
            The \(axis) level \(value) is off the scale of matrix \(matrix): use \(range.lowerBound) to \
            \(range.upperBound).
            """
        case let .notLevel(text, axis):
            "'\(text)' is not a level for \(axis); give a whole number such as 3 (Thai digits are fine)."
        case let .unknownStaff(id):
            """
            '\(id)' is not in the agency directory. 'sujarit agency staff' lists staff ids; pass one with --member \
            or --as.
            """
        case let .notOnCommittee(id, name):
            """
            \(name) (\(id)) is not on the risk committee (role committee-member or committee-chair), so cannot \
            score risks.
            """
        case let .notChair(id, name):
            """
            \(name) (\(id)) is not the committee chair; only the chair (role committee-chair) opens, resolves and \
            finalizes rounds. Run it with --as CHAIR-ID.
            """
        case let .notApprover(id, name):
            """
            \(name) (\(id)) cannot approve a risk acceptance: the approver must be an executive or the committee \
            chair.
            """
        case let .noOpenRound(year):
            """
            No scoring round is open for \(year). The chair opens one with 'sujarit risk round --fy YEAR --kind \
            inherent|current|residual'.
            """
        case let .roundAlreadyOpen(round):
            "Round \(round) is still open; finalize it ('sujarit risk finalize') before opening another."
        case let .ambiguousRound(rounds):
            "Several rounds are open (\(rounds.joined(separator: ", "))); name the year with --fy."
        case let .riskNotInRound(risk, round):
            "\(risk) does not belong to round \(round)'s fiscal year."
        case let .riskAlreadyFinalized(risk, round):
            "\(risk) was already finalized in round \(round); its consensus stands. Open a new round to score it again."
        case let .nothingScored(risk, round):
            "No member has scored \(risk) in round \(round) yet, so there is nothing to resolve."
        case let .unresolvedDisagreements(list):
            """
            The committee disagrees by 2 levels or more on \(list.count) risk(s); discuss them and record the \
            agreed levels with 'sujarit risk resolve ID -l L -i I --note …' before finalizing. Nothing was \
            written.\n
            """
                + list.map { "  " + $0.description }.joined(separator: "\n")
        case let .nothingToFinalize(round):
            "No risk has been scored by the quorum in round \(round); there is nothing to finalize."
        case let .roundIncomplete(round, below, unscored, required, committee, rule):
            "Round \(round) cannot be closed whole; nothing was written. "
                + (below.isEmpty
                    ? ""
                    : """
                    \(below.count) risk(s) were scored by fewer than \(required) of the \(committee) committee \
                    members (quorum: \(rule), Registers/risk-scoring.yaml), so their scores are not yet the \
                    committee's:\n
                    """
                        + below.map { "  " + $0.description }.joined(separator: "\n") + "\n")
                + (unscored.isEmpty
                    ? ""
                    : "\(unscored.count) risk(s) have no score in this round: \(unscored.joined(separator: ", ")).\n")
                + "Have the members score them ('sujarit risk round status' lists who has not), or close the round without them with "
                + "'sujarit risk finalize --partial --reason \"…\"' (the reason is recorded; those risks keep their earlier score, if any)."
        case let .unknownRound(round, known):
            known.isEmpty
                ? """
                No scoring round has been opened yet\(round == "(none given)" ? "" : " (\(round) asked)"): the \
                chair opens one with 'sujarit risk round --fy YEAR --kind inherent'.
                """
                : "No scoring round \(round) was opened; the rounds are \(known.joined(separator: ", "))."
        case let .partialNotNeeded(round):
            "Every risk of round \(round) was scored by the quorum: finalize it without --partial and --reason."
        case let .matrixChanged(key):
            """
            Matrix \(key) is already adopted with different content. A matrix version never changes once used: \
            give the edited file a new version number.
            """
        case let .emptyField(field):
            "\(field) must not be empty."
        case let .invalidDates(start, due):
            "The due day \(due) is before the start day \(start)."
        case let .expiryNotAfter(expiry, day):
            "The acceptance would expire on \(expiry), not after today (\(day)); give a later --until day."
        case let .yearMismatch(id, fiscalYear):
            "\(id) does not belong to fiscal year \(fiscalYear): the year in the id must be the register's."
        case let .duplicateID(id):
            "\(id) appears more than once."
        case let .alreadyExists(id):
            "\(id) is already in the register; nothing was written. Remove it from the file, or give another id."
        case let .copyForwardYears(from, to):
            "Copy forward goes from one year to the next: --from \(from) --to \(to) is not that."
        case let .nothingToCopy(year):
            "Fiscal year \(year) has no risks to copy forward."
        case let .invalidCode(text, field):
            "'\(text)' is not a valid \(field)."
        case let .fileProblem(file, line, message):
            "\([file, line.map { "line \($0)" }].compactMap { $0 }.joined(separator: ", ")): \(message)"
        }
    }
}

/// A risk whose members' levels spread by 2 or more on an axis in a round.
public struct Disagreement: Sendable, Hashable, CustomStringConvertible {
    public var risk: RiskID
    /// Each member's (likelihood, impact).
    public var scores: [String: [Int]]
    public var likelihoodSpread: Int
    public var impactSpread: Int

    public var description: String {
        let detail = scores.keys.sorted().map { "\($0) \(scores[$0]![0])×\(scores[$0]![1])" }.joined(separator: ", ")
        return "\(risk): likelihood spread \(likelihoodSpread), impact spread \(impactSpread) (\(detail))"
    }
}
