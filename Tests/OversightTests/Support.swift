import Foundation
@testable import Oversight
import Procurement
import Sujarit
import Testing

/// Builds procurement projects by hand, with amounts in whole baht and dates in ISO form, so each test
/// reads like the hand computation it checks.
enum Build {
    static let department = "6960501"

    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    static func baht(_ value: Int64) -> Money { .baht(value) }

    /// A valid tax id from twelve digits (the check digit is computed).
    static func taxID(_ first12: String) -> TaxID {
        try! TaxID(validating: first12 + String(TaxID.checkDigit(for: first12)))
    }

    /// A valid juristic tax id from a number (zero-padded to twelve digits, the check digit computed).
    static func taxID(_ number: Int) -> TaxID {
        let digits = String(number)
        return taxID(String(repeating: "0", count: 12 - digits.count) + digits)
    }

    static let firmTax = try! TaxID(validating: "0963550000121")
    static let firmName = "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา"

    /// A project awarded to one winner.
    ///
    /// - parameters:
    ///   - number: the last digits of an FY2568 project id (`68119000001` for 1).
    ///   - awarded: the winner announcement's day (W0), also the contract's signature.
    static func project(
        _ number: Int, department: String = Build.department, departmentName: String? = nil,
        method: ProcurementMethod? = .specific,
        fiscalYear: Int = 2568, agreed: Int64? = nil, reference: Int64? = nil, budget: Int64? = nil,
        winner: String? = "ร้านสมใจการค้า", tax: TaxID? = nil, awarded: String? = nil, contractAmount: Int64? = nil,
        finishes: String? = nil, timeline: [(AnnouncementType, String)] = [], bidders: [String]? = nil
    ) -> ProcurementProject {
        let digits = String(number)
        let id = EGPProjectID("\(fiscalYear % 100)119" + String(repeating: "0", count: 6 - digits.count) + digits)!
        var entries = timeline.map { ProcurementProject.TimelineEntry(type: $0.0, published: day($0.1), title: "t") }
        if let awarded, !timeline.contains(where: { $0.0 == .winner }) {
            entries.append(ProcurementProject.TimelineEntry(type: .winner, published: day(awarded), title: "t"))
        }
        let contracts =
            winner.map { name in
                [
                    ProcurementProject.Contract(
                        winnerName: name, winnerTaxID: tax, contractNumber: "\(number)/2568", signed: awarded.map(day),
                        finishes: finishes.map(day), amount: (contractAmount ?? agreed).map(Money.baht)
                    )
                ]
            } ?? []
        return ProcurementProject(
            projectID: id, departmentID: department, departmentName: departmentName, title: "โครงการที่ \(number)",
            method: method, fiscalYear: FiscalYear(be: fiscalYear), budget: budget.map(Money.baht),
            referencePrice: reference.map(Money.baht), agreedPrice: agreed.map(Money.baht), contracts: contracts,
            timeline: entries, bidders: bidders
        )
    }

    /// Every candidate over `projects` with the shipped settings (or `settings`).
    static func flags(
        _ projects: [ProcurementProject], settings: RedFlagSettings = RedFlagSettings(),
        inputs: CrossCheckInputs = .none
    ) -> [FlagCandidate] {
        RedFlagEngine.evaluate(projects, settings: settings, inputs: inputs)
    }

    /// The candidates of one indicator.
    static func flags(
        _ indicator: Indicator, _ projects: [ProcurementProject], settings: RedFlagSettings = RedFlagSettings(),
        inputs: CrossCheckInputs = .none
    ) -> [FlagCandidate] {
        flags(projects, settings: settings, inputs: inputs).filter { $0.indicator == indicator }
    }

    /// The project ids a candidate cites.
    static func ids(_ candidate: FlagCandidate) -> [String] { candidate.evidence.projects.map(\.projectID) }
}

extension FlagCandidate {
    /// The money figure `name`, for assertions.
    func money(_ name: FigureName) -> Money? {
        if case .money(let value)? = evidence.figure(name) { return value }
        return nil
    }

    /// The count or days figure `name`, for assertions.
    func count(_ name: FigureName) -> Int? {
        switch evidence.figure(name) {
        case .count(let value)?, .days(let value)?: value
        default: nil
        }
    }

    /// The share or ratio figure `name`, for assertions.
    func number(_ name: FigureName) -> Double? {
        switch evidence.figure(name) {
        case .share(let value)?, .ratio(let value)?, .number(let value)?: value
        default: nil
        }
    }
}

extension Array where Element == FlagCandidate {
    /// The candidates in the order flags are numbered: fiscal year, indicator, identity (what the spool must give).
    var inNumberingOrder: [FlagCandidate] {
        sorted { ($0.fiscalYear, $0.indicator, $0.identity) < ($1.fiscalYear, $1.indicator, $1.identity) }
    }
}
