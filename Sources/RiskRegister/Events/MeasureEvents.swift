import EventStore
import Sujarit

/// A measure (มาตรการ/โครงการ/กิจกรรม) was planned (stream `measure/M-2568-001`).
///
/// The same measure serves the risk register (O35, linked to risks) and the integrity plan (O42, linked to
/// an ITA issue area, questions and OIT items), or both.
public struct MeasurePlanned: DomainEvent, Hashable {
    public static let eventType = "MeasurePlanned"
    public var id: MeasureID
    public var title: String
    /// Who carries it out (ผู้รับผิดชอบ/ผู้เกี่ยวข้อง), as the plan names them.
    public var owner: String
    /// The responsible department's code, when it is one of the directory's.
    public var department: String?
    public var start: CalendarDate?
    public var due: CalendarDate?
    /// The timeframe as the plan writes it (ระยะเวลา), e.g. "ตลอดปีงบประมาณ".
    public var timeframe: String?
    /// The steps (ขั้นตอน หรือวิธีปฏิบัติ).
    public var steps: [String]
    public var kpi: String?
    public var target: String?
    /// How it is monitored and reported (การกำกับติดตาม / การรายงานผล).
    public var monitoring: String?
    public var risks: [RiskID]
    public var integrity: IntegrityLink?

    public init(
        id: MeasureID, title: String, owner: String, department: String? = nil, start: CalendarDate? = nil,
        due: CalendarDate? = nil, timeframe: String? = nil, steps: [String] = [], kpi: String? = nil,
        target: String? = nil, monitoring: String? = nil, risks: [RiskID] = [], integrity: IntegrityLink? = nil
    ) {
        self.id = id
        self.title = title
        self.owner = owner
        self.department = department
        self.start = start
        self.due = due
        self.timeframe = timeframe
        self.steps = steps
        self.kpi = kpi
        self.target = target
        self.monitoring = monitoring
        self.risks = risks
        self.integrity = integrity
    }

    public static func stream(_ id: MeasureID) throws -> StreamID { try StreamID(category: "measure", id: id.description) }
}

/// A progress update on a measure, for a reporting round (6 or 12 months).
public struct MeasureProgressReported: DomainEvent, Hashable {
    public static let eventType = "MeasureProgressReported"
    public var measure: MeasureID
    public var round: ReportingRound
    /// The day the update describes.
    public var asOf: CalendarDate
    public var status: MeasureStatus
    public var result: String?
    public var problems: String?
    /// References to evidence (document numbers, file names, links).
    public var evidence: [String]

    public init(measure: MeasureID, round: ReportingRound, asOf: CalendarDate, status: MeasureStatus, result: String?, problems: String?, evidence: [String]) {
        self.measure = measure
        self.round = round
        self.asOf = asOf
        self.status = status
        self.result = result
        self.problems = problems
        self.evidence = evidence
    }
}

/// Every event type the register writes, for filtered reads of the log.
public enum RiskEventTypes {
    public static let all: Set<String> = [
        RiskMatrixAdopted.eventType, RiskCategoryDefined.eventType, RiskIdentified.eventType, RiskAssessed.eventType,
        RiskAccepted.eventType, ScoringRoundOpened.eventType, ScoringRoundClosed.eventType, RiskScored.eventType,
        RiskScoreResolved.eventType, RiskScoresFinalized.eventType, MeasurePlanned.eventType, MeasureProgressReported.eventType,
    ]
}
