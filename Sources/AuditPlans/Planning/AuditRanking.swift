import Sujarit

/// Ranks the audit universe for a year's plan.
///
/// The order is transparent and lexicographic, so a clerk can check any two subjects by hand:
/// 1. risk level, highest first — the higher of the level the universe records and the highest band of the
///    subject's linked risks in the register (not assessed ranks last);
/// 2. whole years since the last audit to the first day of the plan's year, longest first — a subject never
///    audited comes before any audited one;
/// 3. open earlier findings plus open procurement red flags, most first;
/// 4. the last audit day, earliest first; then the subject id, so the order never depends on input order.
public enum AuditRanking {
    /// One subject with its place and the facts behind it.
    public struct Ranked: Sendable, Hashable {
        /// The subject.
        public var subject: UniverseSubject
        /// The facts it was ranked on.
        public var basis: RankingBasis
    }

    /// The universe in rank order for `year`.
    ///
    /// - parameters:
    ///   - signals: The risk source's signals, by subject id.
    ///   - openFindings: Earlier findings with a recommendation still open, by subject id.
    public static func rank(
        _ universe: [UniverseSubject], for year: FiscalYear,
        signals: [String: SubjectRiskSignal], openFindings: [String: Int]
    ) -> [Ranked] {
        let unsorted = universe.map { subject -> Ranked in
            let signal = signals[subject.id]
            let recorded = subject.subject.riskLevel
            let level = [recorded, signal?.level].compactMap { $0 }.max() ?? .notAssessed
            let last = subject.lastAudited
            let basis = RankingBasis(
                position: 0, level: level, recordedLevel: recorded, sourceLevel: signal?.level,
                evidence: signal?.evidence ?? [], lastAudited: last,
                yearsSinceAudit: last.map { wholeYears(from: $0, to: year.start) },
                openFindings: openFindings[subject.id] ?? 0, openRedFlags: signal?.openRedFlags ?? 0
            )
            return Ranked(subject: subject, basis: basis)
        }
        let sorted = unsorted.sorted(by: precedes)
        return sorted.enumerated().map { index, ranked in
            var ranked = ranked
            ranked.basis.position = index + 1
            return ranked
        }
    }

    /// Whether `a` ranks before `b` (see the type's documentation for the keys).
    static func precedes(_ a: Ranked, _ b: Ranked) -> Bool {
        if a.basis.level.rank != b.basis.level.rank { return a.basis.level.rank > b.basis.level.rank }
        let ageA = a.basis.yearsSinceAudit ?? Int.max, ageB = b.basis.yearsSinceAudit ?? Int.max
        if ageA != ageB { return ageA > ageB }
        let openA = a.basis.openFindings + a.basis.openRedFlags, openB = b.basis.openFindings + b.basis.openRedFlags
        if openA != openB { return openA > openB }
        if a.basis.lastAudited != b.basis.lastAudited {
            guard let lastA = a.basis.lastAudited else { return true }
            guard let lastB = b.basis.lastAudited else { return false }
            return lastA < lastB
        }
        return a.subject.id < b.subject.id
    }

    /// Whole years from `start` to `end` (0 when `end` is earlier): the anniversaries passed.
    public static func wholeYears(from start: CalendarDate, to end: CalendarDate) -> Int {
        guard start < end else { return 0 }
        var years = end.year - start.year
        if (end.month, end.day) < (start.month, start.day) { years -= 1 }
        return max(0, years)
    }
}
