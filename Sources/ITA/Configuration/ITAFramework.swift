import Sujarit

/// How the ITA is scored in one fiscal year: the weights, how the EIT's parts combine, the pass mark, the
/// bands, and the catalogue of questions and OIT items with the links an agency's analysis draws between them.
///
/// The NACC changes weights, bands and numbering between years (FY2568 shortened the OIT list), so every
/// year is data in `Registers/ita/`. Like a risk matrix, a framework's `fiscalYear` and `version` name one
/// exact content: it is recorded whole in the store the first time a result uses it
/// (``ITAFrameworkAdopted``), so editing the file later never changes an old result's score or band.
public struct ITAFramework: Sendable, Hashable, Codable {
    /// The fiscal year (BE) whose assessment it scores.
    public var fiscalYear: FiscalYear
    /// A positive number; bump it whenever anything that changes a score, a band or a link changes.
    public var version: Int
    /// A short title, e.g. `ITA 2567`.
    public var name: String
    /// The weights of the three instruments; they add up to 1.
    public var weights: Weights
    /// The score needed to pass (85 in FY2563–2568).
    public var passMark: ITAScore
    /// The bands, highest first; the last one starts at 0.
    public var bands: [ITABand]
    /// The indicators (ตัวชี้วัด) and the question codes of each; may be empty.
    public var indicators: [ITAIndicator]
    /// The IIT and EIT questions; when empty any code `I1`–`I99`, `E1`–`E99` is accepted.
    public var questions: [ITAQuestion]
    /// The OIT items; when empty any code `O1`–`O99` is accepted.
    public var oitItems: [ITAQuestion]
    /// Which questions point to which OIT items, under which issue area (the seed's analysis).
    public var links: [ITALink]
    /// Where the figures and links come from (a manual, the seed), for the reports' footnotes.
    public var source: String?

    /// The weights of the overall score.
    public struct Weights: Sendable, Hashable, Codable {
        public var iit: ITAWeight
        public var eit: ITAWeight
        public var oit: ITAWeight

        public init(iit: ITAWeight, eit: ITAWeight, oit: ITAWeight) {
            self.iit = iit
            self.eit = eit
            self.oit = oit
        }

        /// The weight of `instrument`.
        public subscript(instrument: ITAInstrument) -> ITAWeight {
            switch instrument {
            case .iit: iit
            case .eit: eit
            case .oit: oit
            }
        }
    }

    public init(
        fiscalYear: FiscalYear, version: Int, name: String, weights: Weights, passMark: ITAScore, bands: [ITABand],
        indicators: [ITAIndicator] = [], questions: [ITAQuestion] = [], oitItems: [ITAQuestion] = [],
        links: [ITALink] = [],
        source: String? = nil
    ) {
        self.fiscalYear = fiscalYear
        self.version = version
        self.name = name
        self.weights = weights
        self.passMark = passMark
        self.bands = bands.sorted { $0.minimum > $1.minimum }
        self.indicators = indicators
        self.questions = questions
        self.oitItems = oitItems
        self.links = links
        self.source = source
    }

    /// The framework's key in the store and in result events, e.g. `2567@1`.
    public var key: ITAFrameworkKey { ITAFrameworkKey(fiscalYear: fiscalYear, version: version) }

    /// The band a score falls in: the highest band whose minimum it reaches.
    public func band(for score: ITAScore) -> ITABand {
        bands.first { score >= $0.minimum } ?? bands[bands.count - 1]
    }

    /// Whether a question code is known (any well-formed code when there is no catalogue).
    public func knowsQuestion(_ code: String) -> Bool {
        questions.isEmpty
            ? ITACode.normalize(code, letters: ["I", "E"]) == code : questions.contains { $0.code == code }
    }

    /// Whether an OIT item code is known (any well-formed code when there is no catalogue).
    public func knowsOITItem(_ code: String) -> Bool {
        oitItems.isEmpty ? ITACode.normalize(code, letters: ["O"]) == code : oitItems.contains { $0.code == code }
    }

    /// The wording of a question or OIT item, when the catalogue has it.
    public func text(of code: String) -> String? {
        (code.first == "O" ? oitItems : questions).first { $0.code == code }?.text
    }

    /// The indicator a question or item belongs to, when known.
    public func indicator(of code: String) -> ITAIndicator? { indicators.first { $0.codes.contains(code) } }

    /// The links that name `question`.
    public func links(for question: String) -> [ITALink] { links.filter { $0.questions.contains(question) } }

    /// What makes the framework unusable, as sentences; empty when it is sound.
    public func problems() -> [String] {
        var found: [String] = []
        if version < 1 { found.append("the version must be 1 or more (found \(version))") }
        let total = weights.iit.tenThousandths + weights.eit.tenThousandths + weights.oit.tenThousandths
        if total != 10_000 {
            found.append(
                """
                the weights add up to \(ITAWeight(tenThousandths: total)); they must add up to 1 (for example \
                0.30, 0.30, 0.40)
                """
            )
        }
        if bands.isEmpty { found.append("no bands are defined") }
        let codes = bands.map(\.code)
        if Set(codes).count != codes.count { found.append("band codes repeat: \(codes.joined(separator: ", "))") }
        if let lowest = bands.last, lowest.minimum != .zero {
            found.append("the lowest band must start at 0 (it starts at \(lowest.minimum))")
        }
        if let top = bands.first(where: { $0.passes }),
            bands.contains(where: { !$0.passes && $0.minimum > top.minimum })
        {
            found.append("a failing band lies above a passing one")
        }
        if !bands.isEmpty, band(for: passMark).passes == false {
            found.append("the pass mark \(passMark) falls in a failing band")
        }
        let questionCodes = questions.map(\.code), itemCodes = oitItems.map(\.code)
        if Set(questionCodes).count != questionCodes.count {
            found.append("a question code appears twice in the catalogue")
        }
        if Set(itemCodes).count != itemCodes.count { found.append("an OIT item code appears twice in the catalogue") }
        for link in links {
            for code in link.questions where !knowsQuestion(code) {
                found.append("the link '\(link.issueArea)' names question \(code), which is not in the catalogue")
            }
            for code in link.oitItems where !knowsOITItem(code) {
                found.append("the link '\(link.issueArea)' names OIT item \(code), which is not in the catalogue")
            }
        }
        for indicator in indicators {
            for code in indicator.codes where !(code.first == "O" ? knowsOITItem(code) : knowsQuestion(code)) {
                found.append("indicator \(indicator.number) names \(code), which is not in the catalogue")
            }
        }
        return found
    }
}

/// A framework's fiscal year and version, written `2567@1`: what a result event records.
public struct ITAFrameworkKey: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    public var fiscalYear: FiscalYear
    public var version: Int

    public init(fiscalYear: FiscalYear, version: Int) {
        self.fiscalYear = fiscalYear
        self.version = version
    }

    public var description: String { "\(fiscalYear.be)@\(version)" }

    public static func < (lhs: ITAFrameworkKey, rhs: ITAFrameworkKey) -> Bool {
        (lhs.fiscalYear, lhs.version) < (rhs.fiscalYear, rhs.version)
    }
}

/// A band of overall scores with its letter and meaning, e.g. AA 95–100 ผ่านดีเยี่ยม.
public struct ITABand: Sendable, Hashable, Codable {
    /// The letter grade, e.g. `AA`.
    public var code: String
    /// The lowest score in the band.
    public var minimum: ITAScore
    /// Its name, e.g. ผ่านดีเยี่ยม / Excellent.
    public var name: LocalizedLabel
    /// Whether a score in the band passes.
    public var passes: Bool

    public init(code: String, minimum: ITAScore, name: LocalizedLabel, passes: Bool) {
        self.code = code
        self.minimum = minimum
        self.name = name
        self.passes = passes
    }
}

/// An indicator (ตัวชี้วัด) and the codes that measure it.
public struct ITAIndicator: Sendable, Hashable, Codable {
    /// 1–10 in FY2566–2567.
    public var number: Int
    public var name: LocalizedLabel
    /// The question or item codes, e.g. `I1`…`I6`.
    public var codes: [String]

    public init(number: Int, name: LocalizedLabel, codes: [String]) {
        self.number = number
        self.name = name
        self.codes = codes
    }
}

/// A question or OIT item of the catalogue.
public struct ITAQuestion: Sendable, Hashable, Codable {
    /// `I25`, `E6`, `O34`.
    public var code: String
    /// What it asks or requires, in the agency's words (optional: not every year's wording is entered).
    public var text: String?

    public init(code: String, text: String?) {
        self.code = code
        self.text = text
    }
}

/// An issue area of the analysis: the questions that reveal it and the OIT items that answer it.
///
/// The seed ties staff doubting that anti-corruption measures work (I25, I26) to the risk assessment and its
/// management (O34, O35) and to the plan and its reports (O36–O38); borrowing state property (I20, I21) to
/// the manual (O14); communication (E6–E9) to Q&A and social media (O8, O9).
public struct ITALink: Sendable, Hashable, Codable {
    /// The issue area (ประเด็นการประเมิน) as the analysis names it.
    public var issueArea: String
    public var questions: [String]
    public var oitItems: [String]
    /// What the analysis recommends, in a sentence.
    public var advice: String?

    public init(issueArea: String, questions: [String], oitItems: [String], advice: String? = nil) {
        self.issueArea = issueArea
        self.questions = questions
        self.oitItems = oitItems
        self.advice = advice
    }
}
