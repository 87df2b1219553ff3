import Sujarit

/// The 3-year strategic audit plan (แผนการตรวจสอบระยะยาว 3 ปี): every subject of the universe at least once
/// in the plan's year and the two after it, highest risk first.
///
/// Built in two passes, each in rank order and never beyond a year's capacity:
/// 1. coverage — the first year is the annual plan itself (its entries); every other subject goes to the
///    second year if it fits there, else the third; what fits nowhere is put in the third year anyway and
///    reported as ``overCapacity``, since the whole universe must be covered;
/// 2. repeats — free capacity in the second and third years takes high-risk subjects again (rank ``repeatRank``
///    or above), so they are audited yearly while capacity allows.
public struct StrategicPlan: Sendable, Hashable {
    /// A subject with the years it is planned in.
    public struct Row: Sendable, Hashable {
        /// The universe subject id the entry, engagement or finding is about.
        public var subject: String
        /// A short title, as tables and reports print it.
        public var title: String
        /// The level it ranked at.
        public var level: AuditRiskLevel
        /// Person-days (วัน-คน).
        public var personDays: Int
        /// The years (of ``years``) it is planned in.
        public var years: [FiscalYear]
    }

    /// The three years, the plan's first.
    public var years: [FiscalYear]
    /// Person-days a year, the annual plan's capacity.
    public var capacity: Int
    /// Every subject of the universe, in rank order.
    public var rows: [Row]
    /// Person-days planned per year (the first year's as the annual plan has them).
    public var loads: [FiscalYear: Int]

    /// Subjects at this rank or above (สูง, สูงมาก on the usual scale) are repeated in later years while capacity allows.
    public static let repeatRank = 3

    /// Person-days planned in `year`.
    public func load(_ year: FiscalYear) -> Int { loads[year] ?? 0 }

    /// Person-days above capacity in `year` (0 when within it).
    public func overCapacity(_ year: FiscalYear) -> Int { max(0, load(year) - capacity) }

    /// Builds the view from the ranked universe and the year's plan entries (which fix the first year).
    public static func build(
        ranked: [AuditRanking.Ranked], firstYear: [AuditPlanEntry], year: FiscalYear, capacity: Int
    ) -> StrategicPlan {
        let years = [year, year.next, year.next.next]
        var planned: [String: [FiscalYear]] = [:]
        var load: [FiscalYear: Int] = [:]
        for entry in firstYear {
            planned[entry.subject, default: []].append(year)
            load[year, default: 0] += entry.personDays
        }
        for candidate in ranked where planned[candidate.subject.id] == nil {
            let days = candidate.subject.subject.personDays
            let target = years.dropFirst().first { load[$0, default: 0] + days <= capacity } ?? years[2]
            planned[candidate.subject.id] = [target]
            load[target, default: 0] += days
        }
        for later in years.dropFirst() {
            for candidate in ranked where candidate.basis.level.rank >= repeatRank {
                let days = candidate.subject.subject.personDays
                guard !(planned[candidate.subject.id] ?? []).contains(later), load[later, default: 0] + days <= capacity
                else { continue }
                planned[candidate.subject.id, default: []].append(later)
                load[later, default: 0] += days
            }
        }
        let rows = ranked.map { candidate in
            Row(
                subject: candidate.subject.id, title: candidate.subject.subject.title, level: candidate.basis.level,
                personDays: candidate.subject.subject.personDays, years: (planned[candidate.subject.id] ?? []).sorted()
            )
        }
        return StrategicPlan(years: years, capacity: capacity, rows: rows, loads: load)
    }
}
