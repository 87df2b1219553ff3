import Procurement
import Sujarit

/// regional-supplier-share: one supplier's share of the priced awards of every agency of a province (or of the
/// country) in a fiscal year, which no agency's own run can see: each agency sees a modest share of its own
/// spending, while the firm takes much of the province's.
///
/// Awards are counted as the department rules count them (a project's agreed price when it has one contract,
/// else each contract's amount) and suppliers are told apart by tax id, else by normalised name. A fiscal year is
/// judged only when at least ``RedFlagSettings/Regional/minimumAgencies`` departments made priced awards in it.
/// Memory holds one fact per priced award of the region, so a national run holds the country's awards of the
/// years it reads (tens of bytes each).
struct RegionalShareRule {
    /// One supplier's awards in one fiscal year of the region.
    private struct Supplier {
        var reference: PartyReference
        var total = Money.zero
        var facts: [ProjectFact] = []
    }

    /// One fiscal year of the region.
    private struct Year {
        var total = Money.zero
        var awards = 0
        var agencies: Set<String> = []
        var suppliers: [String: Supplier] = [:]
    }

    let region: RegionalScope
    let settings: RedFlagSettings
    private var years: [Int: Year] = [:]
    /// Projects read.
    private(set) var projectCount = 0

    init(region: RegionalScope, settings: RedFlagSettings) {
        self.region = region
        self.settings = settings
    }

    /// Takes in one project's priced awards.
    /// - throws: ``MoneyError`` when the region's total of a year does not fit (never for real data; the
    ///   command then says so instead of crashing).
    mutating func consume(_ project: ProcurementProject) throws {
        projectCount += 1
        let count = project.contracts.count
        for contract in project.contracts {
            let amount = count == 1 ? (project.agreedPrice ?? contract.amount) : contract.amount
            guard let amount, amount > .zero else { continue }
            guard let key = Self.supplierKey(contract) else { continue }
            let be = project.fiscalYear.be
            var year = years[be] ?? Year()
            let what = "the awarded amounts of \(region.key) in FY\(be)"
            year.total = try year.total.adding(amount, summing: what)
            year.awards += 1
            year.agencies.insert(project.departmentID)
            var supplier = year.suppliers[key] ?? Supplier(reference: contract.winner)
            supplier.total = try supplier.total.adding(amount, summing: what)
            supplier.facts.append(ProjectFact(project, amount: amount))
            year.suppliers[key] = supplier
            years[be] = year
        }
    }

    /// A supplier as the regional rules key it: `tax:<13 digits>`, else `name:<normalised name>`; nil for a
    /// contract that names no winner.
    static func supplierKey(_ contract: ProcurementProject.Contract) -> String? {
        if let tax = contract.winnerTaxID { return "tax:" + tax.digits }
        let name = PartyReference.normalize(contract.winnerName)
        return name.isEmpty ? nil : "name:" + name
    }

    /// The flags of every year read, by year then supplier key.
    func finish() -> [FlagCandidate] {
        let rule = settings.regional
        var candidates: [FlagCandidate] = []
        for (be, year) in years.sorted(by: { $0.key < $1.key }) {
            guard year.agencies.count >= rule.minimumAgencies, year.total > .zero else { continue }
            for (key, supplier) in year.suppliers.sorted(by: { $0.key < $1.key }) {
                let share = supplier.total.doubleValue / year.total.doubleValue
                guard share >= rule.minimumShare, supplier.facts.count >= rule.minimumSupplierAwards else { continue }
                let facts = supplier.facts.sorted { ($0.departmentID, $0.projectID) < ($1.departmentID, $1.projectID) }
                let agencies = Set(facts.map(\.departmentID)).count
                let source = rule.source.map { " (\($0))" } ?? ""
                let evidence = FlagEvidence(
                    projects: facts, supplier: supplier.reference,
                    figures: [
                        Figure(.share, .share(share)), Figure(.total, .money(supplier.total)),
                        Figure(.count, .count(facts.count)), Figure(.agencies, .count(agencies)),
                        Figure(.regionTotal, .money(year.total)), Figure(.regionAwards, .count(year.awards)),
                    ],
                    cutOff: CutOff(
                        setting: "regional.min_share" + source, value: .share(rule.minimumShare),
                        basis: .configured, configurationVersion: settings.version))
                candidates.append(
                    FlagCandidate(
                        indicator: .regionalSupplierShare, fiscalYear: FiscalYear(be: be), departmentID: region.key,
                        unit: nil, subject: [region.key, key, String(be)], evidence: evidence,
                        records: facts.map { "\($0.projectID)@\($0.amount?.satang ?? 0)" }))
            }
        }
        return candidates
    }
}
