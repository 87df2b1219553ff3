/// A Thai government fiscal year (ปีงบประมาณ): 1 October to 30 September, named for the Buddhist-era year
/// it ends in.
///
/// FY2568 runs from 1 October 2567 to 30 September 2568 BE, i.e. 2024-10-01 … 2025-09-30. Plans, reports
/// and ITA assessments are all filed per fiscal year, so registers key their records by it. Encodes as the
/// bare BE number, e.g. `2568`.
public struct FiscalYear: Sendable, Hashable {
    /// The Buddhist-era year the fiscal year is named for (and ends in), e.g. 2568.
    public let be: Int

    /// The fiscal year named for the BE year `be`, e.g. `FiscalYear(be: 2568)`.
    ///
    /// Pass a BE year: `FiscalYear(be: 2025)` would be a fiscal year in 1482 CE. Use ``parse(_:)`` for
    /// user input, which rejects CE years.
    public init(be: Int) {
        self.be = be
    }

    /// The Christian-era year the fiscal year ends in, e.g. 2025 for FY2568.
    public var ce: Int { be - 543 }

    /// The fiscal year a day belongs to: October–December count towards the next year's.
    public static func containing(_ date: CalendarDate) -> FiscalYear {
        FiscalYear(be: (date.month >= 10 ? date.year + 1 : date.year) + 543)
    }

    /// The first day, 1 October of the previous CE year (2024-10-01 for FY2568).
    public var start: CalendarDate {
        CalendarDate(unchecked: ce - 1, 10, 1)
    }

    /// The last day, 30 September (2025-09-30 for FY2568).
    public var end: CalendarDate {
        CalendarDate(unchecked: ce, 9, 30)
    }

    /// Every day of the fiscal year, `start...end`.
    public var dates: ClosedRange<CalendarDate> {
        start...end
    }

    /// True when `date` falls within the fiscal year.
    public func contains(_ date: CalendarDate) -> Bool {
        start <= date && date <= end
    }

    /// The days a report for `round` covers: 1 October – 31 March for the six-month round, the whole year
    /// for the annual one.
    public func period(for round: ReportingRound) -> ClosedRange<CalendarDate> {
        switch round {
        case .sixMonths: start...CalendarDate(unchecked: ce, 3, 31)
        case .annual: start...end
        }
    }

    /// The fiscal year before this one.
    public var previous: FiscalYear { FiscalYear(be: be - 1) }

    /// The fiscal year after this one.
    public var next: FiscalYear { FiscalYear(be: be + 1) }

    /// The Thai name used in document titles: `ปีงบประมาณ พ.ศ. 2568`.
    public var thaiLabel: String { "ปีงบประมาณ พ.ศ. \(be)" }

    /// The name in Thai (``thaiLabel``) and English (`fiscal year 2568 (1 Oct 2024 – 30 Sep 2025)`).
    public var label: LocalizedLabel {
        LocalizedLabel(th: thaiLabel, en: "fiscal year \(be) (1 Oct \(ce - 1) – 30 Sep \(ce))")
    }
}

extension FiscalYear: Comparable {
    /// Orders fiscal years chronologically.
    public static func < (lhs: FiscalYear, rhs: FiscalYear) -> Bool {
        lhs.be < rhs.be
    }
}

extension FiscalYear: CustomStringConvertible {
    /// The BE number alone, e.g. `2568`.
    public var description: String { String(be) }
}

extension FiscalYear: Codable {
    /// Decodes the BE year as an integer; rejects a number below 2400, which would be a CE year.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let be = try container.decode(Int.self)
        guard be >= CalendarDate.firstBuddhistEraYear else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: FiscalYearError.christianEra(String(be), be).errorDescription!)
        }
        self.init(be: be)
    }

    /// Encodes the BE year as an integer, e.g. `2568`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(be)
    }
}
