import AuditPlans
import EventStore
import RiskRegister
import Sujarit

/// What the corruption-risk register and the procurement red flags say about each audit subject, for
/// ranking the universe when the year's audit plan is drafted.
///
/// Registers do not import each other, so the link lives here, where both are visible:
/// - a subject's level is the highest band among its linked risks' standing scores (current, else inherent);
///   ids the register does not know are left out;
/// - its open red flags are the flags escalated to it (the subject a flag became) and the flags still open on
///   its department's purchases. Dismissed flags do not count: the audit unit looked and found nothing.
public struct AgencyAuditRiskSource: AuditRiskSource {
    /// The store both registers live in.
    public let store: any EventStore
    /// Recorded on the drafts it ranks.
    public let name = "risk-register+red-flags"

    /// A source reading `store`.
    public init(store: any EventStore) { self.store = store }

    public func signals(for subjects: [AuditSubject], fiscalYear: FiscalYear) async throws -> [SubjectRiskSignal] {
        let levels = try await riskLevels(for: subjects)
        // The flags are walked a page at a time and only what a subject shows of them is kept: a national store
        // holds hundreds of thousands of flags, each with its evidence.
        let named = Set(subjects.map(\.id))
        let byDepartment = Dictionary(grouping: subjects.filter { $0.department != nil }) { $0.department! }
        var raised: [String: [String]] = [:]
        try await RedFlagQueries.forEach(store) { flag in
            guard flag.status != .dismissed else { return }
            var subjectIDs: Set<String> = []
            if let subject = flag.auditSubject, named.contains(subject) { subjectIDs.insert(subject) }
            if flag.status == .open, let unit = flag.unit {
                for subject in byDepartment[unit] ?? [] { subjectIDs.insert(subject.id) }
            }
            for subject in subjectIDs { raised[subject, default: []].append("\(flag.id) \(flag.indicator.label.th)") }
        }
        return subjects.compactMap { subject in
            let flags = raised[subject.id] ?? []
            let risk = levels[subject.id]
            guard risk != nil || !flags.isEmpty else { return nil }
            return SubjectRiskSignal(
                subjectID: subject.id, level: risk?.level, evidence: (risk?.evidence ?? []) + flags,
                openRedFlags: flags.count)
        }
    }

    /// The highest band among each subject's linked risks, with the scores that gave it.
    private func riskLevels(
        for subjects: [AuditSubject]
    ) async throws -> [String: (level: AuditRiskLevel, evidence: [String])] {
        guard subjects.contains(where: { !$0.risks.isEmpty }) else { return [:] }
        let ledger = try await RiskLedger.load(from: store)
        guard !ledger.risks.isEmpty else { return [:] }
        var levels: [String: (level: AuditRiskLevel, evidence: [String])] = [:]
        for subject in subjects {
            var best: AuditRiskLevel?
            var evidence: [String] = []
            for text in subject.risks {
                guard let id = try? RiskID(parsing: text), let risk = ledger.risks[id],
                    let score = ledger.standingScore(of: risk)
                else { continue }
                let level = AuditRiskLevel(
                    rank: score.bandRank, label: LocalizedLabel(th: score.bandName, en: score.band))
                evidence.append("\(id) \(score.likelihood)×\(score.impact)=\(score.score) \(score.bandName)")
                if best.map({ level > $0 }) ?? true { best = level }
            }
            if let best { levels[subject.id] = (best, evidence) }
        }
        return levels
    }
}
