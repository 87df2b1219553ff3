import Procurement
import Sujarit

/// regional-split: one supplier winning, from several agencies of a province (or the country), awards by the
/// splitting methods each within the specific-method limit (`splitting.limit`, 500,000 baht) and together above
/// it, all within `regional.split_window_days` of each other: a purchase split across neighbouring buyers, which
/// each agency's own split rules (one buyer at a time) cannot see.
///
/// Within a supplier's year the awards are read in day order and grouped greedily: a group starts at the first
/// award not yet grouped and takes every award within the window of it; a group is flagged when it spans at least
/// two agencies and its total passes the limit. Memory holds one small record per qualifying award.
struct RegionalSplitRule {
    /// One award within the limit, by a splitting method.
    private struct Award {
        var day: Int
        var amount: Money
        var fact: ProjectFact
    }

    /// One supplier's awards in one fiscal year.
    private struct Supplier {
        var reference: PartyReference
        var awards: [Award] = []
    }

    let region: RegionalScope
    let settings: RedFlagSettings
    private var suppliers: [Int: [String: Supplier]] = [:]

    init(region: RegionalScope, settings: RedFlagSettings) {
        self.region = region
        self.settings = settings
    }

    /// Takes in one project's awards that may be part of a split.
    mutating func consume(_ project: ProcurementProject) {
        guard let method = project.method?.key, settings.splitting.methods.contains(method) else { return }
        guard let day = DepartmentBatch.awarded(project) else { return }
        let count = project.contracts.count
        for contract in project.contracts {
            let amount = count == 1 ? (project.agreedPrice ?? contract.amount) : contract.amount
            guard let amount, amount > .zero, amount <= settings.splitting.limit else { continue }
            guard let key = RegionalShareRule.supplierKey(contract) else { continue }
            let be = project.fiscalYear.be
            var supplier = suppliers[be]?[key] ?? Supplier(reference: contract.winner)
            supplier.awards.append(
                Award(day: DayNumber.of(day), amount: amount, fact: ProjectFact(project, amount: amount)))
            suppliers[be, default: [:]][key] = supplier
        }
    }

    /// The flags of every year read, by year, supplier key and first day.
    /// - throws: ``MoneyError`` when a group's total does not fit (never for amounts within the limit).
    func finish() throws -> [FlagCandidate] {
        let window = settings.regional.splitWindowDays
        let limit = settings.splitting.limit
        var candidates: [FlagCandidate] = []
        for (be, year) in suppliers.sorted(by: { $0.key < $1.key }) {
            for (key, supplier) in year.sorted(by: { $0.key < $1.key }) {
                let awards = supplier.awards.sorted { ($0.day, $0.fact.projectID) < ($1.day, $1.fact.projectID) }
                var start = 0
                while start < awards.count {
                    var end = start
                    while end + 1 < awards.count, awards[end + 1].day - awards[start].day <= window { end += 1 }
                    let group = Array(awards[start...end])
                    let agencies = Set(group.map(\.fact.departmentID))
                    let total = try group.map(\.amount).total(of: "the awards to \(key) in \(region.key)")
                    if group.count >= settings.splitting.minimumAwards, agencies.count >= 2, total > limit {
                        candidates.append(candidate(group, supplier: supplier, key: key, be: be, total: total))
                        start = end + 1
                    } else {
                        start += 1
                    }
                }
            }
        }
        return candidates
    }

    private func candidate(
        _ group: [Award], supplier: Supplier, key: String, be: Int, total: Money
    ) -> FlagCandidate {
        let facts = group.map(\.fact)
        let first = group.first!.fact.awarded, last = group.last!.fact.awarded
        let evidence = FlagEvidence(
            projects: facts, supplier: supplier.reference,
            figures: [
                Figure(.total, .money(total)), Figure(.count, .count(group.count)),
                Figure(.agencies, .count(Set(facts.map(\.departmentID)).count)),
                Figure(.days, .days(group.last!.day - group.first!.day)),
                Figure(.windowDays, .days(settings.regional.splitWindowDays)),
            ]
                + [first.map { Figure(.firstDay, .date($0)) }, last.map { Figure(.lastDay, .date($0)) }].compactMap {
                    $0
                },
            cutOff: CutOff(
                setting: "splitting.limit", value: .money(settings.splitting.limit), basis: .configured,
                configurationVersion: settings.version))
        return FlagCandidate(
            indicator: .regionalSplit, fiscalYear: FiscalYear(be: be), departmentID: region.key, unit: nil,
            subject: [region.key, key, String(be), facts[0].projectID], evidence: evidence,
            records: facts.map(\.projectID))
    }
}
