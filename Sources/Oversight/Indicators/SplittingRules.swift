import Procurement
import Sujarit

/// Contract splitting: small awards to one supplier that together pass the specific-method limit.
///
/// The Procurement Act 2560 allows the specific method up to 500,000 baht and forbids dividing a purchase to
/// stay under a line. A department that buys from one supplier several times in a year, each time within the
/// limit but together above it, may have divided one need (ACT Ai's suspected splitting); when the awards
/// fall within a short window the suspicion is stronger (cardinal-rs R055, draft, sums direct awards per
/// buyer–supplier pair within 365 days).
///
/// Amounts are summed with `+`: they are a department's award amounts, whose totals
/// `RedFlagEngine.consume` checked, so no subtotal can overflow.
enum SplittingRules {
    /// split-year and split-window candidates of one department.
    static func candidates(_ batch: DepartmentBatch, settings: RedFlagSettings) -> [FlagCandidate] {
        let rule = settings.splitting
        let limit = rule.limit
        func isEligible(_ award: DepartmentBatch.Award) -> Bool {
            guard award.method.splitting, let amount = award.amount else { return false }
            return amount <= limit && amount > .zero
        }
        // Only suppliers whose eligible awards pass the limit together can be flagged: find them first, so
        // the sort below covers a handful of awards instead of the department's.
        var counts = [Int](repeating: 0, count: batch.suppliers.count)
        var totals = [Money](repeating: .zero, count: batch.suppliers.count)
        for award in batch.awards where isEligible(award) {
            counts[award.supplier] += 1
            totals[award.supplier] += award.amount!
        }
        var eligible = batch.awards.filter {
            isEligible($0) && counts[$0.supplier] >= rule.minimumAwards && totals[$0.supplier] > limit
        }
        guard !eligible.isEmpty else { return [] }
        eligible.sort { ($0.supplier, $0.day ?? Int.max, $0.project) < ($1.supplier, $1.day ?? Int.max, $1.project) }
        let cutOff = CutOff(
            setting: "splitting.limit", value: .money(limit), basis: .configured, configurationVersion: settings.version
        )
        var result: [FlagCandidate] = []
        eligible.forEachRun(by: \.supplier) { supplier, awards in
            guard awards.count >= rule.minimumAwards else { return }
            // Quick exit: a supplier whose awards never pass the limit together cannot be flagged.
            var total = Money.zero
            for award in awards { total += award.amount! }
            guard total > limit else { return }
            let windows = windowCandidates(
                Array(awards), supplier: supplier, batch: batch, settings: settings, cutOff: cutOff)
            result += windows.map(\.candidate)
            var byYear: [Int: [DepartmentBatch.Award]] = [:]
            for award in awards { byYear[award.year, default: []].append(award) }
            for (year, yearAwards) in byYear.sorted(by: { $0.key < $1.key }) {
                var yearTotal = Money.zero
                for award in yearAwards { yearTotal += award.amount! }
                guard yearAwards.count >= rule.minimumAwards, yearTotal > limit else { continue }
                let projects = Set(yearAwards.map(\.project))
                // A window holding the very same awards says all this and more.
                if windows.contains(where: { $0.projects == projects }) { continue }
                result.append(
                    candidate(
                        .splitYear, awards: yearAwards, supplier: supplier, year: FiscalYear(be: year), batch: batch,
                        cutOff: cutOff, extra: []
                    ))
            }
        }
        return result
    }

    /// For each fiscal year, the heaviest run of awards whose first and last are at most `window_days` apart.
    private static func windowCandidates(
        _ awards: [DepartmentBatch.Award], supplier: Int, batch: DepartmentBatch, settings: RedFlagSettings,
        cutOff: CutOff
    ) -> [(candidate: FlagCandidate, projects: Set<Int>)] {
        let rule = settings.splitting
        let dated = awards.filter { $0.day != nil }
        guard dated.count >= rule.minimumAwards else { return [] }
        var best: [FiscalYear: (start: Int, end: Int, total: Money)] = [:]
        var end = 0
        var total = Money.zero
        for start in dated.indices {
            if end < start {
                end = start
                total = .zero
            }
            while end < dated.count, dated[end].day! - dated[start].day! <= rule.windowDays {
                total += dated[end].amount!
                end += 1
            }
            let count = end - start
            let year = FiscalYear(be: dated[start].year)
            if count >= rule.minimumAwards, total > rule.limit, total > (best[year]?.total ?? .zero) {
                best[year] = (start, end, total)
            }
            total -= dated[start].amount!
        }
        return best.sorted { $0.key < $1.key }.map { year, window in
            let members = Array(dated[window.start..<window.end])
            let span = members.last!.day! - members.first!.day!
            let candidate = candidate(
                .splitWindow, awards: members, supplier: supplier, year: year, batch: batch, cutOff: cutOff,
                extra: [
                    Figure(.firstDay, .date(members.first!.date!)), Figure(.lastDay, .date(members.last!.date!)),
                    Figure(.days, .days(span)), Figure(.windowDays, .days(rule.windowDays)),
                ]
            )
            return (candidate, Set(members.map(\.project)))
        }
    }

    private static func candidate(
        _ indicator: Indicator, awards: [DepartmentBatch.Award], supplier: Int, year: FiscalYear,
        batch: DepartmentBatch,
        cutOff: CutOff, extra: [Figure]
    ) -> FlagCandidate {
        let ordered = awards.sorted { ($0.day ?? Int.max, batch.id($0)) < ($1.day ?? Int.max, batch.id($1)) }
        let amounts = ordered.map { $0.amount! }
        let supplierInfo = batch.suppliers[supplier]
        let evidence = FlagEvidence(
            projects: ordered.map(batch.fact), supplier: supplierInfo.reference,
            figures: [
                Figure(.total, .money(amounts.reduce(.zero, +))), Figure(.count, .count(ordered.count)),
                Figure(.largest, .money(amounts.max()!)),
            ] + extra,
            cutOff: cutOff
        )
        return FlagCandidate(
            indicator: indicator, fiscalYear: year, departmentID: batch.departmentID, unit: batch.unit.code,
            subject: [batch.departmentID, supplierInfo.key, String(year.be)], evidence: evidence,
            records: ordered.map(batch.id)
        )
    }
}

/// Bunching: a department's specific-method amounts piling up just below a legal line.
///
/// Honest amounts thin out smoothly as they grow; amounts steered under a line pile up just below it. For
/// each line (500,000 and 100,000 baht by default) and fiscal year, the rule counts awards in the band just
/// below the line ([line × (1 − band), line]) and in the band below that, and compares the two: the
/// department against its own distribution. The ratio's cut-off comes from all departments' ratios (Q3 +
/// k·IQR), never below the configured floor.
enum BunchingRules {
    /// One department-year-line's counts, waiting for the population's fence.
    struct Measure {
        var ratio: Double
        var candidate: FlagCandidate
    }

    /// Each department-year-line with enough awards: its ratio (for the fence) and, when it could be
    /// flagged, its pending candidate.
    static func measures(_ batch: DepartmentBatch, settings: RedFlagSettings) -> (samples: [Double], pending: [Measure])
    {
        let rule = settings.bunching
        var samples: [Double] = []
        var pending: [Measure] = []
        for run in batch.yearRuns {
            let awards = batch.byYear[run].filter { $0.method.bunching && $0.amount != nil }
            guard let first = awards.first else { continue }
            let year = FiscalYear(be: first.year)
            for line in rule.thresholds {
                let bandFrom = Money(satang: Int64((Double(line.satang) * (1 - rule.band)).rounded()))
                let belowFrom = Money(satang: Int64((Double(line.satang) * (1 - 2 * rule.band)).rounded()))
                var inBand: [DepartmentBatch.Award] = []
                var below = 0
                for award in awards {
                    let amount = award.amount!
                    if amount >= bandFrom, amount <= line {
                        inBand.append(award)
                    } else if amount >= belowFrom, amount < bandFrom {
                        below += 1
                    }
                }
                guard inBand.count + below >= rule.minimumInBand else { continue }
                let ratio = Double(inBand.count) / Double(max(below, 1))
                samples.append(ratio)
                guard inBand.count >= rule.minimumInBand, ratio >= rule.floorRatio else { continue }
                let evidence = FlagEvidence(
                    projects: inBand.sorted { batch.id($0) < batch.id($1) }.map(batch.fact),
                    figures: [
                        Figure(.threshold, .money(line)), Figure(.bandFrom, .money(bandFrom)),
                        Figure(.inBand, .count(inBand.count)),
                        Figure(.belowBand, .count(below)), Figure(.ratio, .ratio(ratio)),
                        Figure(.count, .count(awards.count)),
                    ]
                )
                pending.append(
                    Measure(
                        ratio: ratio,
                        candidate: FlagCandidate(
                            indicator: .bunching, fiscalYear: year, departmentID: batch.departmentID,
                            unit: batch.unit.code,
                            subject: [batch.departmentID, String(year.be), line.decimalString], evidence: evidence,
                            records: inBand.map(batch.id)
                        )))
            }
        }
        return (samples, pending)
    }
}

/// The year-end rush: specific-method spending in the fiscal year's last month far above the rest.
///
/// The month's spending is compared with the average of the other eleven; ACT Ai flags specific-method
/// purchases at fiscal year-end because budgets lapse on 30 September.
enum YearEndRules {
    struct Measure {
        /// nil when every baht was spent in the month (no other month to compare with).
        var ratio: Double?
        var candidate: FlagCandidate
    }

    static func measures(_ batch: DepartmentBatch, settings: RedFlagSettings) -> (samples: [Double], pending: [Measure])
    {
        let rule = settings.yearEnd
        var samples: [Double] = []
        var pending: [Measure] = []
        for run in batch.yearRuns {
            guard let beYear = batch.byYear[run].first?.year else { continue }
            let year = FiscalYear(be: beYear)
            let awards = batch.byYear[run].filter { award in
                guard award.method.yearEnd, award.amount != nil, let date = award.date else { return false }
                return year.contains(date)
            }
            var total = Money.zero
            var monthTotal = Money.zero
            var inMonth: [DepartmentBatch.Award] = []
            for award in awards {
                total += award.amount!
                if award.date!.month == rule.month {
                    monthTotal += award.amount!
                    inMonth.append(award)
                }
            }
            guard awards.count >= rule.minimumAwards, total >= rule.minimumSpending else { continue }
            let otherAverage = (total - monthTotal).doubleValue / 11
            let ratio: Double? = otherAverage > 0 ? monthTotal.doubleValue / otherAverage : nil
            if let ratio { samples.append(ratio) }
            guard !inMonth.isEmpty, (ratio ?? .infinity) >= rule.floorRatio else { continue }
            var figures = [
                Figure(.septemberSpending, .money(monthTotal)), Figure(.total, .money(total)),
                Figure(.share, .share(monthTotal.doubleValue / total.doubleValue)),
                Figure(.otherMonthlyAverage, .money(Money(satang: Int64((otherAverage * 100).rounded())))),
                Figure(.count, .count(inMonth.count)),
            ]
            if let ratio { figures.append(Figure(.ratio, .ratio(ratio))) }
            let evidence = FlagEvidence(
                projects: inMonth.sorted { ($0.day!, batch.id($0)) < ($1.day!, batch.id($1)) }.map(batch.fact),
                figures: figures
            )
            pending.append(
                Measure(
                    ratio: ratio,
                    candidate: FlagCandidate(
                        indicator: .yearEnd, fiscalYear: year, departmentID: batch.departmentID, unit: batch.unit.code,
                        subject: [batch.departmentID, String(year.be)], evidence: evidence,
                        records: inMonth.map(batch.id)
                    )))
        }
        return (samples, pending)
    }
}
