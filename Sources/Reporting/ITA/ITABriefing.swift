import ITA
import Presentation
import RiskRegister
import Sujarit

/// A year's ITA analysis joined with the risk register: the overall score and band, the weakest questions,
/// the OIT items and issue areas tied to them, and the measures that answer them.
///
/// The ITA module cannot see the register, so the join is made here: a measure answers a weak question when
/// it names the question, or an OIT item the framework's links tie to the question.
public struct ITABriefing: Sendable, Hashable, Codable {
    /// One instrument's part in the overall score.
    public struct Instrument: Sendable, Hashable, Codable {
        public var code: String
        public var name: String
        /// The EIT's parts, `name score`.
        public var parts: [String]
        /// The instrument's score as published (two decimals) and exactly.
        public var score: ITAScore
        public var exact: String
        public var weight: String
        public var contribution: String
    }

    /// A measure tied to a weak question.
    public struct LinkedMeasure: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var owner: String
        public var status: ProgressStatus
        /// The code it was matched by: the question itself, or an OIT item.
        public var via: [String]
    }

    /// A weak question with everything tied to it.
    public struct Weak: Sendable, Hashable, Codable {
        public var code: String
        public var instrument: String
        public var text: String?
        public var indicator: String?
        /// One score for IIT, one per EIT part.
        public var scores: [ITAScore]
        public var lowest: ITAScore
        public var mean: ITAScore
        public var oitItems: [String]
        public var issueAreas: [String]
        public var advice: [String]
        public var measures: [LinkedMeasure]
    }

    /// An OIT item tied to weak questions.
    public struct Item: Sendable, Hashable, Codable {
        public var code: String
        public var text: String?
        @JSONNull public var score: ITAScore? = nil
        public var questions: [String]
    }

    public var fiscalYear: FiscalYear
    public var framework: String
    public var overall: ITAScore
    public var overallExact: String
    public var bandCode: String
    public var bandName: String
    public var passes: Bool
    public var passMark: ITAScore
    /// `0.3 × 93.17 + 0.3 × (91.33 + 97.58) / 2 + 0.4 × 100.00 = 96.2875 ≈ 96.29`.
    public var working: String
    public var instruments: [Instrument]
    public var weakest: [Weak]
    public var items: [Item]
    public var questionCount: Int
    public var belowPassMark: Int
    public var source: String?
    /// The year before's result, for the change.
    public var previousYear: FiscalYear?
    public var previousOverall: ITAScore?
    public var previousBand: String?

    /// Joins `result`'s analysis with the measures of `ledger`.
    ///
    /// - parameters:
    ///   - top: How many weak questions to list.
    ///   - measureYears: Which years' measures count (the report's year in a summary; the result's year and
    ///     later for `ita analyze`, since a result is answered by the next year's measures).
    ///   - period: The period whose progress the measures show; their latest update when nil.
    public init(
        _ result: ITAResult, previous: ITAResult? = nil, ledger: RiskLedger, top: Int = 10,
        measureYears: @escaping (FiscalYear) -> Bool, period: ReportPeriod? = nil
    ) {
        let analysis = ITAAnalysis(result, top: top)
        fiscalYear = analysis.fiscalYear
        framework = analysis.framework.description
        overall = analysis.overall
        overallExact = analysis.overallExact.fourDecimals
        bandCode = analysis.band.code
        bandName = analysis.band.name.th
        passes = analysis.passes
        passMark = analysis.passMark
        working = analysis.working()
        instruments = analysis.lines.map { line in
            Instrument(
                code: line.instrument.rawValue, name: line.instrument.label.th,
                parts: line.parts.map { "\($0.name) \($0.score)" }, score: line.score.rounded,
                exact: line.score.fourDecimals,
                weight: line.weight.description, contribution: line.contribution.fourDecimals
            )
        }
        let measures = ledger.measures.values.filter { measureYears($0.id.fiscalYear) && $0.planned.integrity != nil }
            .sorted { $0.id < $1.id }
        weakest = analysis.weakest.map { question in
            let items = Set(question.oitItems)
            let linked = measures.compactMap { measure -> LinkedMeasure? in
                let integrity = measure.planned.integrity!
                let via =
                    (integrity.questions.contains(question.code) ? [question.code] : [])
                    + integrity.oitItems.filter(items.contains)
                guard !via.isEmpty else { return nil }
                let update = period.map { Lines.update(measure, in: $0) } ?? measure.progress.last
                return LinkedMeasure(
                    id: measure.id.description, title: measure.planned.title, owner: measure.planned.owner,
                    status: (update?.status ?? .notStarted).progress, via: via
                )
            }
            return Weak(
                code: question.code, instrument: question.instrument.rawValue, text: question.text,
                indicator: question.indicator.map { "ตัวชี้วัดที่ \($0.number) \($0.name.th)" },
                scores: question.scores, lowest: question.lowest, mean: question.mean.rounded,
                oitItems: question.oitItems,
                issueAreas: Array(Set(question.links.map(\.issueArea))).sorted(),
                advice: Array(Set(question.links.compactMap(\.advice))).sorted(),
                measures: linked
            )
        }
        items = analysis.linkedItems.map {
            Item(code: $0.code, text: $0.text, score: $0.score, questions: $0.questions)
        }
        questionCount = analysis.questionCount
        belowPassMark = analysis.belowPassMark
        source = result.recorded.source
        if let previous {
            let earlier = ITAAnalysis(previous, top: 0)
            previousYear = previous.fiscalYear
            previousOverall = earlier.overall
            previousBand = earlier.band.code
        }
    }

    /// The change from the previous year, signed, e.g. `+1.25`.
    public var change: String? {
        guard let previousOverall else { return nil }
        let delta = overall.hundredths - previousOverall.hundredths
        let magnitude = ITAScore(hundredths: abs(delta)).formatted()
        return delta == 0 ? "0.00" : (delta > 0 ? "+" : "−") + magnitude
    }
}
