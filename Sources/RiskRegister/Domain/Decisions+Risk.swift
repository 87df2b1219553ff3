import Agency
import Sujarit

/// A risk as entered by a clerk or read from an import file, before it has been checked.
public struct RiskDraft: Sendable, Hashable {
    /// The id, or nil to take the year's next number.
    public var id: RiskID?
    public var fiscalYear: FiscalYear
    public var department: String
    public var process: String
    public var category: String
    public var event: String
    public var causes: [String]
    public var factor: RiskFactor
    public var controls: [ExistingControl]
    public var owner: String?
    /// The matrix id; nil for the default (5x5).
    public var matrix: String?
    /// Scores given with the risk (an import of an already assessed register).
    public var scores: [ScoreKind: [Int]]
    public var copiedFrom: RiskID?

    public init(
        id: RiskID? = nil, fiscalYear: FiscalYear, department: String, process: String, category: String, event: String,
        causes: [String] = [], factor: RiskFactor = .known, controls: [ExistingControl] = [], owner: String? = nil,
        matrix: String? = nil, scores: [ScoreKind: [Int]] = [:], copiedFrom: RiskID? = nil
    ) {
        self.id = id
        self.fiscalYear = fiscalYear
        self.department = department
        self.process = process
        self.category = category
        self.event = event
        self.causes = causes
        self.factor = factor
        self.controls = controls
        self.owner = owner
        self.matrix = matrix
        self.scores = scores
        self.copiedFrom = copiedFrom
    }
}

extension RiskLedger {
    /// Enters a risk: checks the year, department, category, matrix and any scores, then records
    /// ``RiskIdentified`` (and ``RiskAssessed`` per score) and adds the risk to this working ledger, so a
    /// batch can go on to link measures to it.
    @discardableResult
    public mutating func identify(
        _ draft: RiskDraft, directory: AgencyDirectory, into decision: inout Decision
    ) throws -> RiskID {
        let id = draft.id ?? nextRiskID(in: draft.fiscalYear)
        guard id.fiscalYear == draft.fiscalYear else {
            throw RiskRegisterError.yearMismatch(id: id.description, fiscalYear: draft.fiscalYear.be)
        }
        guard risks[id] == nil else { throw RiskRegisterError.alreadyExists(id.description) }
        try directory.requireDepartment(draft.department)
        let category = try requireCategory(draft.category)
        let matrix = try requireMatrix(draft.matrix)
        for (label, text) in [("The process (--process)", draft.process), ("The risk event (--event)", draft.event)]
        where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw RiskRegisterError.emptyField(label)
        }
        let identified = RiskIdentified(
            id: id, department: draft.department, process: draft.process, category: category.code, event: draft.event,
            causes: draft.causes, factor: draft.factor, controls: draft.controls, owner: draft.owner,
            matrix: matrix.id, copiedFrom: draft.copiedFrom
        )
        let stream = try RiskIdentified.stream(id)
        try record(identified, to: stream, expecting: 0, into: &decision)
        for kind in ScoreKind.allCases {
            guard let levels = draft.scores[kind] else { continue }
            try assess(id, kind: kind, likelihood: levels[0], impact: levels[1], note: nil, into: &decision)
        }
        return id
    }

    /// Sets one of a risk's scores directly, on the newest version of its matrix.
    public mutating func assess(
        _ id: RiskID, kind: ScoreKind, likelihood: Int, impact: Int, note: String?, into decision: inout Decision
    ) throws {
        let risk = try risk(id)
        let matrix = try requireMatrix(risk.identified.matrix)
        try matrix.check(likelihood: likelihood, impact: impact)
        let assessment = Assessment(kind: kind, likelihood: likelihood, impact: impact, on: matrix)
        let assessed = RiskAssessed(risk: id, assessment: assessment, note: note)
        try record(assessed, to: try RiskIdentified.stream(id), expecting: risk.version, into: &decision)
    }

    /// Records that an executive or the chair accepts a risk as it is until `expires` (a day after today,
    /// unless `allowPast`, for importing an old register).
    public mutating func accept(
        _ id: RiskID, approver: String, rationale: String, expires: CalendarDate, directory: AgencyDirectory,
        allowPast: Bool = false, into decision: inout Decision
    ) throws {
        let risk = try risk(id)
        let person = try directory.requireMember(approver)
        guard person.has(.executive) || person.has(.committeeChair) else {
            throw RiskRegisterError.notApprover(person.id, name: person.name)
        }
        guard !rationale.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw RiskRegisterError.emptyField("The rationale (--rationale)")
        }
        guard allowPast || expires > decision.context.today else {
            throw RiskRegisterError.expiryNotAfter(
                expiry: expires.formatted(.thaiMedium), day: decision.context.today.formatted(.thaiMedium))
        }
        let accepted = RiskAccepted(risk: id, approver: person.id, rationale: rationale, expires: expires)
        try record(accepted, to: try RiskIdentified.stream(id), expecting: risk.version, into: &decision)
    }

    /// Starts next year's register from last year's: each risk of `from` is entered again in `to` with the
    /// same content and a link back (`copiedFrom`), but without scores, which the committee gives anew.
    /// Risks already copied are skipped, so running it twice copies nothing more.
    public mutating func copyForward(
        from: FiscalYear, to: FiscalYear, directory: AgencyDirectory, into decision: inout Decision
    ) throws -> [(RiskID, RiskID)] {
        guard to.be == from.be + 1 else { throw RiskRegisterError.copyForwardYears(from: from.be, to: to.be) }
        let sources = risks(in: from)
        guard !sources.isEmpty else { throw RiskRegisterError.nothingToCopy(from.be) }
        let alreadyCopied = Set(risks(in: to).compactMap(\.identified.copiedFrom))
        var copied: [(RiskID, RiskID)] = []
        for source in sources where !alreadyCopied.contains(source.id) {
            let old = source.identified
            let draft = RiskDraft(
                fiscalYear: to, department: old.department, process: old.process, category: old.category,
                event: old.event,
                causes: old.causes, factor: old.factor, controls: old.controls, owner: old.owner, matrix: old.matrix,
                copiedFrom: old.id
            )
            copied.append((old.id, try identify(draft, directory: directory, into: &decision)))
        }
        return copied
    }
}
