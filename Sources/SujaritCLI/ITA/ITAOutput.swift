import ITA
import Presentation
import Reporting
import Sujarit

extension Table.Cell {
    /// An ITA score: `93.17` for people, the number 93.17 for scripts (its stored form stays the exact string).
    static func score(_ score: ITAScore?) -> Table.Cell {
        guard let score else { return .missing }
        return Table.Cell(text: score.formatted(), value: .number(ITAOutput.number(score)))
    }
}

/// The JSON of the ITA commands for scripts (`Docs/schemas/ita-*.schema.json`): scores as numbers with two
/// decimals, an instrument's parts as an array rather than `"91.33 / 97.58"`, a band as its code and Thai name.
enum ITAOutput {
    /// `score` as a JSON number, 93.17.
    static func number(_ score: ITAScore) -> Double { Double(score.hundredths) / 100 }

    /// An exact working score (hundredths over a denominator) as a JSON number, 27.9510.
    static func exact(_ score: ExactScore) -> Double { Double(score.numerator) / Double(score.denominator) / 100 }

    /// One part of an instrument's score (the EIT's two groups of respondents).
    struct Part: Encodable {
        var name: String
        var score: Double
    }

    /// `ita list --format json`: one recorded year.
    struct Year: Encodable {
        var fiscalYear: Int
        var iit: Double
        var eit: [Part]
        var oit: Double
        var overall: Double
        var band: String
        var bandTh: String
        var passes: Bool
        var framework: String
        var revisions: Int

        init(_ result: ITAResult) {
            let analysis = ITAAnalysis(result, top: 0)
            fiscalYear = result.fiscalYear.be
            iit = number(result.recorded.iit)
            eit = result.recorded.eit.map { Part(name: $0.name, score: number($0.score)) }
            oit = number(result.recorded.oit)
            overall = number(analysis.overall)
            band = analysis.band.code
            bandTh = analysis.band.name.th
            passes = analysis.band.passes
            framework = analysis.framework.description
            revisions = result.revisions
        }
    }

    /// `ita analyze --format json`: the overall score and how it is made, and the weakest questions with the
    /// measures that answer them.
    struct Analysis: Encodable {
        /// One instrument's line of the working: score × weight = contribution.
        struct Instrument: Encodable {
            var code: String
            var score: Double
            var weight: Double
            var contribution: Double
            var parts: [Part]
        }

        /// A measure of the risk register linked to a weak question.
        struct Measure: Encodable {
            var id: String
            var title: String
            var owner: String
            var status: String
            var statusTh: String
            var via: [String]
        }

        /// One of the lowest-scoring questions.
        struct Weak: Encodable {
            var code: String
            var instrument: String
            @JSONNull var question: String?
            @JSONNull var indicator: String?
            var scores: [Double]
            var lowest: Double
            var mean: Double
            var oitItems: [String]
            var issueAreas: [String]
            var measures: [Measure]
        }

        var fiscalYear: Int
        var framework: String
        var overall: Double
        var band: String
        var bandTh: String
        var passes: Bool
        var passMark: Double
        var instruments: [Instrument]
        var weakest: [Weak]
        var questionCount: Int
        var belowPassMark: Int
        /// Null when no year before is recorded.
        @JSONNull var previousYear: Int?
        @JSONNull var previousOverall: Double?

        init(_ result: ITAResult, briefing: ITABriefing) {
            let analysis = ITAAnalysis(result, top: 0)
            fiscalYear = result.fiscalYear.be
            framework = briefing.framework
            overall = number(briefing.overall)
            band = briefing.bandCode
            bandTh = briefing.bandName
            passes = briefing.passes
            passMark = number(briefing.passMark)
            instruments = analysis.lines.map { line in
                Instrument(
                    code: line.instrument.rawValue,
                    score: exact(line.score),
                    weight: Double(line.weight.tenThousandths) / 10_000,
                    contribution: exact(line.contribution),
                    parts: line.parts.map { Part(name: $0.name, score: number($0.score)) })
            }
            weakest = briefing.weakest.map { weak in
                Weak(
                    code: weak.code, instrument: weak.instrument, question: weak.text, indicator: weak.indicator,
                    scores: weak.scores.map(number), lowest: number(weak.lowest), mean: number(weak.mean),
                    oitItems: weak.oitItems, issueAreas: weak.issueAreas,
                    measures: weak.measures.map {
                        Measure(
                            id: $0.id, title: $0.title, owner: $0.owner, status: $0.status.rawValue,
                            statusTh: $0.status.label.th, via: $0.via)
                    })
            }
            questionCount = briefing.questionCount
            belowPassMark = briefing.belowPassMark
            previousYear = briefing.previousYear?.be
            previousOverall = briefing.previousOverall.map(number)
        }
    }
}
