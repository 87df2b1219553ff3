import Agency
import Foundation
import Sujarit

/// Where one risk stands in a scoring round: who of the committee has scored it and who has not, so the
/// chair sees before `risk finalize` what it would refuse (`sujarit risk round status`).
public struct RiskRoundStatus: Sendable, Hashable {
    /// Where the risk stands.
    public enum State: String, Sendable, Hashable, CaseIterable {
        /// Its consensus was recorded in this round.
        case finalized
        /// Scored by the quorum: `risk finalize` would take it.
        case ready
        /// Scored by fewer members than the quorum.
        case belowQuorum = "below-quorum"
        /// No member has scored it.
        case unscored

        /// The state in Thai and English.
        public var label: LocalizedLabel {
            switch self {
            case .finalized: LocalizedLabel(th: "สรุปผลแล้ว", en: "finalized")
            case .ready: LocalizedLabel(th: "ครบองค์ประชุม", en: "ready")
            case .belowQuorum: LocalizedLabel(th: "ยังไม่ครบองค์ประชุม", en: "below quorum")
            case .unscored: LocalizedLabel(th: "ยังไม่มีผู้ประเมิน", en: "unscored")
            }
        }
    }

    public var risk: RiskID
    /// The risk event's text, for the table.
    public var event: String
    public var state: State
    /// Staff ids who scored it in the round, sorted.
    public var scored: [String]
    /// Committee members who have not, sorted (empty once finalized).
    public var missing: [String]
    /// Members the quorum requires.
    public var required: Int
}

extension RiskLedger {
    /// Each risk of the round's year with who of `committee` has scored it in `round`, judged by `quorum`.
    public func status(of round: RoundID, committee: [String], quorum: ScoringQuorum) -> [RiskRoundStatus] {
        let required = quorum.required(committee: committee.count)
        return risks(in: round.fiscalYear).map { risk in
            let scores = risk.roundScores[round] ?? [:]
            let scored = scores.keys.sorted()
            let finalized = risk.finalizedRounds.contains(round)
            let state: RiskRoundStatus.State =
                finalized ? .finalized : scored.isEmpty ? .unscored : scored.count < required ? .belowQuorum : .ready
            return RiskRoundStatus(
                risk: risk.id, event: risk.identified.event, state: state, scored: scored,
                missing: finalized ? [] : committee.filter { scores[$0] == nil }.sorted(), required: required
            )
        }
    }

    /// The round `id`; without one the only open round, or when none is open the latest round.
    ///
    /// - throws: ``RiskRegisterError/unknownRound(_:known:)`` for a round never opened (or none at all),
    ///   ``RiskRegisterError/ambiguousRound(_:)`` when several are open.
    public func requireRound(_ id: RoundID?) throws -> ScoringRound {
        guard let id else {
            if rounds.values.contains(where: \.isOpen) { return try requireOpenRound(nil) }
            guard
                let latest = rounds.values.max(by: {
                    ($0.id.fiscalYear.be, $0.id.number) < ($1.id.fiscalYear.be, $1.id.number)
                })
            else {
                throw RiskRegisterError.unknownRound("(none given)", known: [])
            }
            return latest
        }
        guard let round = rounds[id] else {
            throw RiskRegisterError.unknownRound(id.description, known: rounds.keys.map(\.description).sorted())
        }
        return round
    }
}

extension RoundID {
    /// Reads `2570/1` (Thai digits accepted): the fiscal year in BE, a slash, the round's number.
    ///
    /// - throws: ``RiskRegisterError/invalidID(_:example:)``.
    public init(parsing text: String) throws {
        let parts = ThaiDigits.toArabic(text.trimmingCharacters(in: .whitespaces)).split(separator: "/")
        guard parts.count == 2, let year = Int(parts[0]), (2400...2700).contains(year), let number = Int(parts[1]),
            number > 0
        else {
            throw RiskRegisterError.invalidID(text, example: "2570/1 (fiscal year in BE / round number)")
        }
        self.init(fiscalYear: FiscalYear(be: year), number: number)
    }
}
