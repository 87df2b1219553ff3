import EventStore
import Sujarit

/// A risk was entered into a year's register (stream `risk/R-2568-003`).
public struct RiskIdentified: DomainEvent, Hashable {
    public static let eventType = "RiskIdentified"
    public var id: RiskID
    /// The department code (สำนัก/กอง) whose process carries the risk.
    public var department: String
    /// The process or mission (กระบวนงาน), e.g. การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง.
    public var process: String
    /// The category code.
    public var category: String
    /// The risk event (เหตุการณ์ความเสี่ยง).
    public var event: String
    /// Its causes (ปัจจัยเสี่ยง).
    public var causes: [String]
    public var factor: RiskFactor
    public var controls: [ExistingControl]
    /// Who answers for the risk (ผู้รับผิดชอบ): a staff id or a unit's name.
    public var owner: String?
    /// The matrix the risk is scored on (its id; each score names the version).
    public var matrix: String
    /// The risk it continues from an earlier year's register, when copied forward.
    public var copiedFrom: RiskID?

    public init(
        id: RiskID, department: String, process: String, category: String, event: String, causes: [String],
        factor: RiskFactor, controls: [ExistingControl], owner: String?, matrix: String, copiedFrom: RiskID? = nil
    ) {
        self.id = id
        self.department = department
        self.process = process
        self.category = category
        self.event = event
        self.causes = causes
        self.factor = factor
        self.controls = controls
        self.owner = owner
        self.matrix = matrix
        self.copiedFrom = copiedFrom
    }

    public static func stream(_ id: RiskID) throws -> StreamID { try StreamID(category: "risk", id: id.description) }
}

/// A score of one kind was set directly (an import, or the committee's target for the residual level).
public struct RiskAssessed: DomainEvent, Hashable {
    public static let eventType = "RiskAssessed"
    public var risk: RiskID
    public var assessment: Assessment
    /// Why, e.g. "นำเข้าจากทะเบียนความเสี่ยง" or the committee's reasoning.
    public var note: String?

    public init(risk: RiskID, assessment: Assessment, note: String?) {
        self.risk = risk
        self.assessment = assessment
        self.note = note
    }
}

/// A decision to accept a risk as it is, for a time (stream of the risk).
public struct RiskAccepted: DomainEvent, Hashable {
    public static let eventType = "RiskAccepted"
    public var risk: RiskID
    /// The staff id of who approved it (an executive or the committee chair).
    public var approver: String
    public var rationale: String
    /// The last day the acceptance holds; after it the risk shows up for review.
    public var expires: CalendarDate

    public init(risk: RiskID, approver: String, rationale: String, expires: CalendarDate) {
        self.risk = risk
        self.approver = approver
        self.rationale = rationale
        self.expires = expires
    }
}

/// A score with the matrix version it used and the band it fell in then.
///
/// The band is stored beside the levels because a matrix version never changes, so the band is a fact of
/// the moment, and read models can show it without the matrix.
public struct Assessment: Sendable, Hashable, Codable {
    public var kind: ScoreKind
    public var likelihood: Int
    public var impact: Int
    public var matrix: MatrixKey
    /// The band's id (`high`), its Thai name and rank.
    public var band: String
    public var bandName: String
    public var bandRank: Int

    public init(kind: ScoreKind, likelihood: Int, impact: Int, on matrix: RiskMatrix) {
        self.kind = kind
        self.likelihood = likelihood
        self.impact = impact
        self.matrix = matrix.key
        let band = matrix.band(likelihood: likelihood, impact: impact)
        self.band = band.id
        self.bandName = band.name.th
        self.bandRank = band.rank
    }

    /// likelihood × impact.
    public var score: Int { likelihood * impact }

    /// `4×3=12 สูง`, as tables print it.
    public var summary: String { "\(likelihood)×\(impact)=\(score) \(bandName)" }
}
