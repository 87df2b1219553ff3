import Agency
import Sujarit

/// An audit-universe file (`Registers/examples/takbai/audit-universe.yaml`): the subjects the audit unit
/// can audit, kept by hand.
///
/// ```yaml
/// default_person_days: { department: 20, process: 15, fund: 10, procurement: 20 }
/// subjects:
///   - id: FIN-REV
///     kind: process            # department, process, fund, procurement
///     title: การจัดเก็บรายได้
///     department: FIN
///     risk_level: high         # the audit unit's own assessment: low, medium, high, very-high
///     risks: [R-2568-003]      # links to the corruption-risk register
///     last_audited: 2565-06-30 # BE or CE, any form Sujarit reads; leave out when never audited
///     person_days: 25          # else the kind's default
///     objective: …             # optional: objective, scope, method for the plan entry
/// ```
public struct UniverseFile: Sendable, Hashable {
    /// The subjects, in file order, checked.
    public var subjects: [AuditSubject]

    /// Creates the value from its parts.
    public init(subjects: [AuditSubject]) { self.subjects = subjects }

    /// Reads and validates a universe file: unknown fields, duplicate ids, unknown kinds, levels or
    /// departments, malformed risk ids, future dates and non-positive person-days are errors naming the
    /// file, line and field.
    public static func load(_ path: String, directory: AgencyDirectory, today: CalendarDate) throws -> UniverseFile {
        try parse(try ConfigNode.load(path), directory: directory, today: today)
    }

    /// Validates an already parsed document (see ``load(_:directory:today:)``).
    public static func parse(_ root: ConfigNode, directory: AgencyDirectory, today: CalendarDate) throws -> UniverseFile
    {
        try root.allowOnly(["agency", "default_person_days", "subjects"])
        let defaults = try personDayDefaults(root.optional("default_person_days"))
        var subjects: [AuditSubject] = []
        for node in try root.required("subjects").items() {
            try node.allowOnly([
                "id", "kind", "title", "department", "risk_level", "risks", "last_audited", "person_days", "objective",
                "scope", "method",
            ])
            let idNode = try node.required("id")
            let id: String
            do { id = try AuditSubject.normalizedID(try idNode.text()) } catch let error as AuditPlansError {
                throw idNode.error(error.localizedDescription)
            }
            guard !subjects.contains(where: { $0.id == id }) else {
                throw idNode.error("the subject id '\(id)' appears twice")
            }
            let kindNode = try node.required("kind")
            guard let kind = SubjectKind(text: try kindNode.text()) else {
                throw kindNode.error("unknown kind '\(try kindNode.text())'; accepted: \(SubjectKind.acceptedText)")
            }
            var department: String?
            if let departmentNode = try node.optional("department") {
                let code = try departmentNode.text()
                guard directory.department(code) != nil else {
                    let known = directory.departments.map(\.code)
                    throw departmentNode.error(
                        "unknown department '\(code)'; "
                            + (known.isEmpty
                                ? "load the agency directory first (sujarit agency load FILE)"
                                : "known codes: \(known.joined(separator: ", "))"))
                }
                department = code
            }
            var level: AuditRiskLevel?
            if let levelNode = try node.optional("risk_level") {
                guard let parsed = AuditRiskLevel(text: try levelNode.text()) else {
                    throw levelNode.error(
                        "unknown risk level '\(try levelNode.text())'; accepted: \(AuditRiskLevel.acceptedText)")
                }
                level = parsed
            }
            var risks: [String] = []
            if let risksNode = try node.optional("risks") {
                for text in try risksNode.texts() {
                    do { risks.append(try AuditSubject.normalizedRiskID(text)) } catch let error as AuditPlansError {
                        throw risksNode.error(error.localizedDescription)
                    }
                }
            }
            let lastAudited = try node.optional("last_audited")?.date()
            if let lastAudited, lastAudited > today {
                throw try node.required("last_audited").error(
                    "\(lastAudited.formatted(.thaiMedium)) is in the future; give the day the last audit ended")
            }
            var personDays = defaults.personDays(for: kind)
            if let daysNode = try node.optional("person_days") {
                personDays = try daysNode.integer()
                guard personDays > 0 else { throw daysNode.error("person-days must be above 0 (found \(personDays))") }
            }
            subjects.append(
                AuditSubject(
                    id: id, kind: kind, title: try node.text("title"), department: department, riskLevel: level,
                    risks: risks,
                    lastAudited: lastAudited, personDays: personDays, objective: try node.optionalText("objective"),
                    scope: try node.optionalText("scope"), method: try node.optionalText("method")
                ))
        }
        return UniverseFile(subjects: subjects)
    }

    private static func personDayDefaults(_ node: ConfigNode?) throws -> PersonDayDefaults {
        guard let node else { return .standard }
        try node.allowOnly(Set(SubjectKind.allCases.map(\.rawValue)))
        var byKind = PersonDayDefaults.standard.byKind
        for kind in SubjectKind.allCases {
            guard let value = try node.optional(kind.rawValue) else { continue }
            let days = try value.integer()
            guard days > 0 else { throw value.error("person-days must be above 0 (found \(days))") }
            byKind[kind] = days
        }
        return PersonDayDefaults(byKind: byKind)
    }
}
