import Agency
import GiftLog
import Sujarit

/// The No Gift Policy report (O33) of a round: the gift log's own report, with the report header.
///
/// Names and cases are shown only to the roles the gift log lets see them (the auditor, the legal officer);
/// anyone else gets the totals, as `sujarit gift report` does.
public struct GiftPolicyReport: Sendable, Hashable, Codable {
    public var header: ReportHeader
    public var report: GiftReport
    /// The year's OIT items for the declaration and the culture-building activities the report states (`O31`,
    /// `O32` in 2566–2567, `O21 (ยังไม่ยืนยัน)` in 2568), nil where the year's catalogue has none.
    public var declarationItem: String?
    public var cultureItem: String?

    private enum CodingKeys: String, CodingKey { case header, declarationItem, cultureItem }

    /// The gift log's report at the top level beside `header`, as `sujarit gift report --format json` has
    /// always written it, so scripts read `entryCount` or `missingReports` from either command.
    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
        // null when the year's catalogue has no such item: every output writes all its keys.
        try container.encode(declarationItem, forKey: .declarationItem)
        try container.encode(cultureItem, forKey: .cultureItem)
    }

    /// Reads what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        header = try container.decode(ReportHeader.self, forKey: .header)
        declarationItem = try container.decodeIfPresent(String.self, forKey: .declarationItem)
        cultureItem = try container.decodeIfPresent(String.self, forKey: .cultureItem)
        report = try GiftReport(from: decoder)
    }

    /// The report from its parts.
    public init(header: ReportHeader, report: GiftReport, declarationItem: String? = nil, cultureItem: String? = nil) {
        self.header = header
        self.report = report
        self.declarationItem = declarationItem
        self.cultureItem = cultureItem
    }

    /// Builds the report of `sources`' round for `viewer` (a staff id; nil or unknown sees totals).
    public static func build(_ sources: ReportSources, viewer: String?) async throws -> GiftPolicyReport {
        let period = sources.period
        let full = try await GiftLogService(store: sources.store).report(
            year: period.fiscalYear, round: period.round ?? .annual, asOf: period.judgedOn)
        var report = GiftLogAccess.report(full, for: viewer.flatMap(sources.directory.member))
        // The log keeps staff ids; a report people sign names them.
        report.overThreshold = report.overThreshold?.map { item in
            var named = item
            named.person = sources.staffName(item.person)
            return named
        }
        report.givenEntries = report.givenEntries?.map { item in
            var named = item
            named.person = sources.staffName(item.person)
            return named
        }
        var omitted: [String] = []
        if report.view == .totalsOnly {
            omitted.append("รายชื่อและรายละเอียดของขวัญแสดงเฉพาะผู้ตรวจสอบภายในและนิติกร (PDPA); รายงานนี้แสดงเฉพาะยอดรวม")
        }
        let declarationItem = sources.itaItem(purpose: "no-gift-declaration")
        if report.policy == nil {
            omitted.append(
                "ยังไม่ได้บันทึกประกาศนโยบาย No Gift Policy\(declarationItem.map { " (\($0))" } ?? "") "
                    + "ของปีงบประมาณ \(period.fiscalYear.be)")
        }
        return GiftPolicyReport(
            header: ReportHeader(
                kind: .o33, sources: sources,
                basis: [
                    "บันทึกการรับ การให้ และการปฏิเสธของขวัญ ตัดสินตามเกณฑ์ \(report.threshold.formatted()) บาท"
                        + "ต่อผู้ให้ต่อโอกาส และรายงานภายใน \(report.reportWithinDays) วัน"
                ],
                omitted: omitted,
                // Built from the gift log's entries, which it declares personal: the file is owner-only even
                // when this reader was shown totals.
                privacy: ReportPrivacy(reading: [GiftLogAccess.personalData])
            ),
            report: report, declarationItem: declarationItem, cultureItem: sources.itaItem(purpose: "no-gift-culture")
        )
    }
}
