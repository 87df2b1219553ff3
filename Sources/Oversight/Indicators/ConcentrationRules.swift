import Procurement
import Sujarit

/// Supplier concentration: one supplier taking much of a department's money, or winning many of its projects.
///
/// The Government Transparency Institute's corruption risk index counts a buyer's spending concentrated on a
/// supplier as a risk. supplier-share compares the supplier's awarded amount with the department's in the
/// fiscal year against a fixed share; repeat-winner compares its count of projects won with every
/// department–supplier pair's count in the data (Q3 + k·IQR), never below the configured floor.
///
/// Amounts are summed with `+` here and in ``PriceRules``: they are a department's award amounts, whose
/// totals `RedFlagEngine.consume` checked, so no subtotal can overflow.
enum ConcentrationRules {
    /// A department–supplier–year win count that may be flagged once the population's fence is known.
    struct Measure {
        var wins: Int
        var candidate: FlagCandidate
    }

    /// supplier-share candidates, the win counts of every pair (for the fence) and the pending repeat winners.
    static func evaluate(
        _ batch: DepartmentBatch, settings: RedFlagSettings
    ) -> (shares: [FlagCandidate], wins: [Int], pending: [Measure]) {
        let rule = settings.concentration
        var shares: [FlagCandidate] = []
        var wins: [Int] = []
        var pending: [Measure] = []
        for run in batch.yearRuns {
            let awards = batch.byYear[run]
            let beYear = awards.first!.year
            let year = FiscalYear(be: beYear)
            var departmentTotal = Money.zero
            var priced = 0
            var departmentProjects = 0
            var lastProject = -1
            for award in awards {
                if let amount = award.amount {
                    departmentTotal += amount
                    priced += 1
                }
                if award.project != lastProject { departmentProjects += 1 }
                lastProject = award.project
            }
            // Awards of one project are adjacent only within a supplier; count distinct projects properly.
            if batch.projects.count != batch.awards.count { departmentProjects = Set(awards.map(\.project)).count }
            awards.forEachRun(by: \.supplier) { supplier, supplierAwards in
                var projects = 0
                var last = -1
                var total = Money.zero
                var supplierPriced = 0
                for award in supplierAwards {
                    if award.project != last { projects += 1 }
                    last = award.project
                    if let amount = award.amount {
                        total += amount
                        supplierPriced += 1
                    }
                }
                wins.append(projects)
                let qualifiesForShare =
                    priced >= rule.minimumDepartmentAwards && departmentTotal > .zero
                    && supplierPriced >= rule.minimumSupplierAwards
                let share = qualifiesForShare ? total.doubleValue / departmentTotal.doubleValue : 0
                guard projects >= rule.floorWins || (qualifiesForShare && share >= rule.minimumShare) else { return }
                let info = batch.suppliers[supplier]
                let ordered = supplierAwards.sorted { batch.id($0) < batch.id($1) }
                if projects >= rule.floorWins {
                    let evidence = FlagEvidence(
                        projects: ordered.map(batch.fact), supplier: info.reference,
                        figures: [
                            Figure(.wins, .count(projects)), Figure(.departmentAwards, .count(departmentProjects)),
                        ]
                    )
                    pending.append(
                        Measure(
                            wins: projects,
                            candidate: FlagCandidate(
                                indicator: .repeatWinner, fiscalYear: year, departmentID: batch.departmentID,
                                unit: batch.unit.code,
                                subject: [batch.departmentID, info.key, String(beYear)], evidence: evidence,
                                records: ordered.map(batch.id)
                            )))
                }
                guard qualifiesForShare, share >= rule.minimumShare else { return }
                let pricedAwards = ordered.filter { $0.amount != nil }
                let evidence = FlagEvidence(
                    projects: pricedAwards.map(batch.fact), supplier: info.reference,
                    figures: [
                        Figure(.share, .share(share)), Figure(.total, .money(total)),
                        Figure(.count, .count(supplierPriced)),
                        Figure(.departmentTotal, .money(departmentTotal)), Figure(.departmentAwards, .count(priced)),
                    ],
                    cutOff: CutOff(
                        setting: "concentration.min_share", value: .share(rule.minimumShare), basis: .configured,
                        configurationVersion: settings.version)
                )
                shares.append(
                    FlagCandidate(
                        indicator: .supplierShare, fiscalYear: year, departmentID: batch.departmentID,
                        unit: batch.unit.code,
                        subject: [batch.departmentID, info.key, String(beYear)], evidence: evidence,
                        records: pricedAwards.map(batch.id)
                    ))
            }
        }
        return (shares, wins, pending)
    }
}

/// Price against the reference price (ราคากลาง) and the budget, project by project (ACT Ai's price rules).
enum PriceRules {
    static func candidates(
        _ project: ProcurementProject, method: MethodClass, unit: BuyingUnit, settings: RedFlagSettings
    ) -> [FlagCandidate] {
        var result: [FlagCandidate] = []
        var contracts: Money?
        for contract in project.contracts {
            if let amount = contract.amount { contracts = (contracts ?? .zero) + amount }
        }
        let agreed = project.agreedPrice ?? contracts
        let version = settings.version
        func add(_ indicator: Indicator, _ figures: [Figure], _ cutOff: CutOff?) {
            let evidence = FlagEvidence(
                projects: [ProjectFact(project)], supplier: project.contracts.first?.winner, figures: figures,
                cutOff: cutOff)
            result.append(
                FlagCandidate(
                    indicator: indicator, fiscalYear: project.fiscalYear, departmentID: project.departmentID,
                    unit: unit.code,
                    subject: [project.projectID.rawValue], evidence: evidence, records: [project.projectID.rawValue]
                ))
        }
        if let agreed, let reference = project.referencePrice, reference > .zero {
            let basisPoints = Int64((settings.price.nearReference * 10_000).rounded())
            if agreed > reference {
                add(
                    .priceAboveReference,
                    [
                        Figure(.agreed, .money(agreed)), Figure(.reference, .money(reference)),
                        Figure(.ratio, .ratio(agreed.doubleValue / reference.doubleValue)),
                    ], nil)
            } else if method.nearReference,
                agreed.satang.multipliedReportingOverflow(by: 10_000).partialValue
                    >= reference.satang.multipliedReportingOverflow(by: basisPoints).partialValue
            {
                add(
                    .priceNearReference,
                    [
                        Figure(.agreed, .money(agreed)), Figure(.reference, .money(reference)),
                        Figure(.share, .share(agreed.doubleValue / reference.doubleValue)),
                    ],
                    CutOff(
                        setting: "price.near_reference", value: .share(settings.price.nearReference),
                        basis: .configured, configurationVersion: version))
            }
        }
        if let budget = project.budget, budget > .zero {
            let highest = [agreed, contracts].compactMap { $0 }.max()
            if let highest, highest > budget {
                var figures = [Figure(.budget, .money(budget))]
                if let agreed { figures.append(Figure(.agreed, .money(agreed))) }
                if let contracts { figures.append(Figure(.contracts, .money(contracts))) }
                add(.priceAboveBudget, figures, nil)
            }
            if let reference = project.referencePrice, reference == budget, method.referenceEqualsBudget {
                add(
                    .referenceEqualsBudget, [Figure(.reference, .money(reference)), Figure(.budget, .money(budget))],
                    nil)
            }
        }
        if let agreedPrice = project.agreedPrice, let contracts, contracts > agreedPrice {
            add(
                .contractAboveAgreed, [Figure(.agreed, .money(agreedPrice)), Figure(.contracts, .money(contracts))], nil
            )
        }
        return result
    }
}

/// Competition where a bidder list exists (the CoST subset): one bidder (cardinal-rs R018: the number of
/// tenderers is 1 in a competitive procedure), or fewer than the rule expects (ACT Ai: fewer than 3).
enum CompetitionRules {
    static func candidates(
        _ project: ProcurementProject, unit: BuyingUnit, settings: RedFlagSettings
    ) -> [FlagCandidate] {
        guard let bidders = project.bidders, let method = project.method?.key,
            settings.methods(settings.bidders.methods).contains(method)
        else { return [] }
        let distinct = Set(bidders.map(PartyReference.normalize).filter { !$0.isEmpty })
        guard !distinct.isEmpty, distinct.count < settings.bidders.fewBelow else { return [] }
        let indicator: Indicator = distinct.count == 1 ? .singleBidder : .fewBidders
        let cutOff =
            indicator == .fewBidders
            ? CutOff(
                setting: "bidders.few_below", value: .count(settings.bidders.fewBelow), basis: .configured,
                configurationVersion: settings.version)
            : nil
        let evidence = FlagEvidence(
            projects: [ProjectFact(project)], supplier: project.contracts.first?.winner,
            figures: [Figure(.bidders, .count(distinct.count))], cutOff: cutOff
        )
        return [
            FlagCandidate(
                indicator: indicator, fiscalYear: project.fiscalYear, departmentID: project.departmentID,
                unit: unit.code,
                subject: [project.projectID.rawValue], evidence: evidence, records: [project.projectID.rawValue]
            )
        ]
    }
}
