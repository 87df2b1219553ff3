import AuditPlans
import EventStore
import RiskRegister
import Sujarit

/// The corruption-risk register as a risk source for audit planning.
///
/// Registers do not import each other, so the link lives here, where both are visible: for each subject's
/// linked risk ids, the risk's standing score (current, else inherent) gives its band's rank and name, and
/// the subject's level is the highest of them. Ids the register does not know are left out. Procurement red
/// flags are not in Sujarit yet, so `openRedFlags` stays 0. This belongs in Oversight once it exists.
struct RiskRegisterAuditSource: AuditRiskSource {
    let store: any EventStore
    let name = "risk-register"

    func signals(for subjects: [AuditSubject], fiscalYear: FiscalYear) async throws -> [SubjectRiskSignal] {
        guard subjects.contains(where: { !$0.risks.isEmpty }) else { return [] }
        let ledger = try await RiskLedger.load(from: store)
        guard !ledger.risks.isEmpty else { return [] }
        return subjects.compactMap { subject in
            var best: AuditRiskLevel?
            var evidence: [String] = []
            for text in subject.risks {
                guard let id = try? RiskID(parsing: text), let risk = ledger.risks[id], let score = ledger.standingScore(of: risk) else { continue }
                let level = AuditRiskLevel(rank: score.bandRank, label: LocalizedLabel(th: score.bandName, en: score.band))
                evidence.append("\(id) \(score.likelihood)×\(score.impact)=\(score.score) \(score.bandName)")
                if best.map({ level > $0 }) ?? true { best = level }
            }
            guard let best else { return nil }
            return SubjectRiskSignal(subjectID: subject.id, level: best, evidence: evidence)
        }
    }
}
