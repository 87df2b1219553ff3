import Sujarit

/// What a year's ITA result says: the overall score with its working, the band, each instrument's share,
/// and the weakest questions with the issue areas and OIT items the agency's analysis ties to them.
///
/// A pure function of the result and its framework. The measures tied to the weak questions live in the
/// risk register, which this module does not see; `Reporting` joins them.
public struct ITAAnalysis: Sendable, Hashable {
    /// One instrument's score and its share of the overall score.
    public struct Line: Sendable, Hashable {
        public var instrument: ITAInstrument
        /// The EIT's parts; empty for IIT and OIT.
        public var parts: [ITAPartScore]
        /// The instrument's score, exact (the EIT's is the mean of its parts).
        public var score: ExactScore
        public var weight: ITAWeight
        /// weight × score, exact.
        public var contribution: ExactScore
    }

    /// A weak question with what it is tied to.
    public struct WeakQuestion: Sendable, Hashable {
        public var code: String
        public var instrument: ITAInstrument
        /// The question's wording, when the catalogue has it.
        public var text: String?
        public var indicator: ITAIndicator?
        /// One score for IIT, one per EIT part.
        public var scores: [ITAScore]
        /// The lowest of ``scores``: what the ranking uses.
        public var lowest: ITAScore
        /// The mean of ``scores``, exact.
        public var mean: ExactScore
        /// The analysis's links naming the question.
        public var links: [ITALink]

        /// The OIT items of its links, in code order.
        public var oitItems: [String] { Array(Set(links.flatMap(\.oitItems))).sorted(by: ITACode.precedes) }
    }

    public var fiscalYear: FiscalYear
    public var framework: ITAFrameworkKey
    public var lines: [Line]
    /// The overall score, exact, and as published (rounded half-up to two decimals).
    public var overallExact: ExactScore
    public var overall: ITAScore
    public var band: ITABand
    public var passMark: ITAScore
    public var passes: Bool { overall >= passMark }
    /// The weakest questions, lowest first (ties: the lower mean, then the code).
    public var weakest: [WeakQuestion]
    /// How many questions scored below the pass mark in at least one part.
    public var belowPassMark: Int
    /// How many question scores were entered.
    public var questionCount: Int
    /// The OIT items tied to the weakest questions, each with its wording and score when known.
    public var linkedItems: [LinkedItem]

    /// An OIT item tied to a weak question.
    public struct LinkedItem: Sendable, Hashable {
        public var code: String
        public var text: String?
        public var score: ITAScore?
        /// The weak questions that lead to it.
        public var questions: [String]
    }

    /// Analyses `result`, listing the `top` weakest questions.
    public init(_ result: ITAResult, top: Int = 10) {
        let recorded = result.recorded, framework = result.framework
        fiscalYear = recorded.fiscalYear
        self.framework = framework.key
        let eit = ExactScore.mean(recorded.eit.map(\.score)) ?? ExactScore(.zero)
        let scores: [(ITAInstrument, [ITAPartScore], ExactScore)] = [
            (.iit, [], ExactScore(recorded.iit)), (.eit, recorded.eit, eit), (.oit, [], ExactScore(recorded.oit)),
        ]
        lines = scores.map { instrument, parts, score in
            let weight = framework.weights[instrument]
            return Line(
                instrument: instrument, parts: parts, score: score, weight: weight, contribution: score.weighted(weight)
            )
        }
        overallExact = lines.dropFirst().reduce(lines[0].contribution) { $0 + $1.contribution }
        overall = overallExact.rounded
        band = framework.band(for: overall)
        passMark = framework.passMark
        let all = recorded.questions.map { question in
            WeakQuestion(
                code: question.code, instrument: ITAInstrument(code: question.code) ?? .iit,
                text: framework.text(of: question.code),
                indicator: framework.indicator(of: question.code), scores: question.scores,
                lowest: question.scores.min() ?? .zero, mean: ExactScore.mean(question.scores) ?? ExactScore(.zero),
                links: framework.links(for: question.code)
            )
        }
        questionCount = all.count
        belowPassMark = all.filter { $0.lowest < framework.passMark }.count
        weakest = Array(
            all.sorted { a, b in
                if a.lowest != b.lowest { return a.lowest < b.lowest }
                if a.mean != b.mean { return a.mean < b.mean }
                return ITACode.precedes(a.code, b.code)
            }.prefix(max(0, top)))
        var items: [String: [String]] = [:]
        for question in weakest {
            for item in question.oitItems { items[item, default: []].append(question.code) }
        }
        linkedItems = items.keys.sorted(by: ITACode.precedes).map { code in
            LinkedItem(
                code: code, text: framework.text(of: code),
                score: recorded.oitItems.first { $0.code == code }?.score ?? nil, questions: items[code]!
            )
        }
    }

    /// The working of the overall score, e.g.
    /// `0.30 × 93.17 + 0.30 × (91.33 + 97.58) / 2 + 0.40 × 100.00 = 96.2875 ≈ 96.29`.
    public func working(digits: DigitStyle = .arabic) -> String {
        let terms = lines.map { line -> String in
            let value: String
            if line.parts.count > 1 {
                value =
                    "(" + line.parts.map { $0.score.formatted() }.joined(separator: " + ") + ") / \(line.parts.count)"
            } else {
                value = line.parts.first?.score.formatted() ?? line.score.rounded.formatted()
            }
            return "\(line.weight) × \(value)"
        }
        return ThaiDigits.apply(
            digits, to: terms.joined(separator: " + ") + " = \(overallExact.fourDecimals) ≈ \(overall.formatted())")
    }
}
