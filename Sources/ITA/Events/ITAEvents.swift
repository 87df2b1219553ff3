import EventStore
import Foundation
import Sujarit

/// A year's ITA framework was recorded whole, the first time a result used it (stream `ita-framework/2567@1`).
public struct ITAFrameworkAdopted: DomainEvent, Hashable {
    public static let eventType = "ITAFrameworkAdopted"
    public var framework: ITAFramework

    public init(framework: ITAFramework) { self.framework = framework }

    /// `ita-framework/2567@1`: one framework version, recorded once.
    public static func stream(_ key: ITAFrameworkKey) throws -> StreamID {
        try StreamID(category: "ita-framework", id: key.description)
    }
}

/// An agency's ITA result for a fiscal year was recorded (stream `ita/2567`): the three instruments, the
/// EIT's parts, and the per-question scores the NACC's report gives.
///
/// The overall score and band are not stored: they follow from these figures and the framework named, which
/// never changes once recorded, so they can be derived again at any time and always agree.
public struct ITAResultRecorded: DomainEvent, Hashable {
    public static let eventType = "ITAResultRecorded"
    public var fiscalYear: FiscalYear
    /// The framework (weights, bands, catalogue) it is scored with.
    public var framework: ITAFrameworkKey
    public var iit: ITAScore
    /// The EIT's parts in the order given, e.g. collected by the agency and by the NACC's team.
    public var eit: [ITAPartScore]
    public var oit: ITAScore
    /// IIT and EIT question scores: one score for an IIT question, one per EIT part for an EIT question.
    public var questions: [ITAQuestionScore]
    /// OIT item scores, when the agency enters them.
    public var oitItems: [ITAItemScore]
    /// The day the NACC published the result, when known.
    public var announcedOn: CalendarDate?
    /// Where the figures come from (the ITAS report, a letter).
    public var source: String?
    /// The stream version of the result this one replaces (a correction), nil for the first.
    public var replaces: Int?

    public init(
        fiscalYear: FiscalYear, framework: ITAFrameworkKey, iit: ITAScore, eit: [ITAPartScore], oit: ITAScore,
        questions: [ITAQuestionScore] = [], oitItems: [ITAItemScore] = [], announcedOn: CalendarDate? = nil,
        source: String? = nil, replaces: Int? = nil
    ) {
        self.fiscalYear = fiscalYear
        self.framework = framework
        self.iit = iit
        self.eit = eit
        self.oit = oit
        self.questions = questions
        self.oitItems = oitItems
        self.announcedOn = announcedOn
        self.source = source
        self.replaces = replaces
    }

    /// `ita/2567`: a year's result and its corrections.
    public static func stream(_ year: FiscalYear) throws -> StreamID {
        try StreamID(category: "ita", id: String(year.be))
    }

    /// The same figures, ignoring what only says where they sit in the history.
    func sameFigures(as other: ITAResultRecorded) -> Bool {
        var a = self, b = other
        a.replaces = nil
        b.replaces = nil
        return a == b
    }
}

/// One part of the EIT with its score.
public struct ITAPartScore: Sendable, Hashable, Codable {
    /// The part's name, e.g. `ส่วนที่ 1 (หน่วยงานจัดเก็บเอง)`.
    public var name: String
    public var score: ITAScore

    public init(name: String, score: ITAScore) {
        self.name = name
        self.score = score
    }
}

/// A question's score(s).
public struct ITAQuestionScore: Sendable, Hashable, Codable {
    /// `I25`, `E6`.
    public var code: String
    /// One score (IIT) or one per EIT part.
    public var scores: [ITAScore]

    public init(code: String, scores: [ITAScore]) {
        self.code = code
        self.scores = scores
    }
}

/// An OIT item's result: a score, or pass/fail where the year's OIT is judged that way, and the address the
/// agency gave for it. Results recorded before 2570 carry a score only (the other fields are left out of the
/// stored bytes when nil).
public struct ITAItemScore: Sendable, Hashable, Codable {
    public var code: String
    /// The item's score, nil when only pass/fail is given.
    public var score: ITAScore?
    /// Whether the item passed, when the result says so.
    public var passed: Bool?
    /// The `https://` address given for the item in ITAS.
    public var url: String?

    public init(code: String, score: ITAScore?, passed: Bool? = nil, url: String? = nil) {
        self.code = code
        self.score = score
        self.passed = passed
        self.url = url
    }

    /// `100.00`, `ผ่าน`, `ไม่ผ่าน` (or both: `100.00 ผ่าน`).
    public var resultText: String {
        [score?.formatted(), passed.map { $0 ? "ผ่าน" : "ไม่ผ่าน" }].compactMap { $0 }.joined(separator: " ")
    }
}

/// Every event type the ITA module writes, for filtered reads of the log.
public enum ITAEventTypes {
    /// The type names, for `EventFilter(types:)`.
    public static let all: Set<String> = [
        ITAFrameworkAdopted.eventType, ITAResultRecorded.eventType, ITAItemPublished.eventType,
    ]
}
