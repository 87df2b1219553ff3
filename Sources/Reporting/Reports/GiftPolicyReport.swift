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

    private enum CodingKeys: String, CodingKey { case header }

    /// The gift log's report at the top level beside `header`, as `sujarit gift report --format json` has
    /// always written it, so scripts read `entryCount` or `missingReports` from either command.
    public func encode(to encoder: any Encoder) throws {
        try report.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(header, forKey: .header)
    }

    /// Reads what ``encode(to:)`` writes.
    public init(from decoder: any Decoder) throws {
        header = try decoder.container(keyedBy: CodingKeys.self).decode(ReportHeader.self, forKey: .header)
        report = try GiftReport(from: decoder)
    }

    /// The report from its parts.
    public init(header: ReportHeader, report: GiftReport) {
        self.header = header
        self.report = report
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
        if report.policy == nil {
            omitted.append("ยังไม่ได้บันทึกประกาศนโยบาย No Gift Policy (O31) ของปีงบประมาณ \(period.fiscalYear.be)")
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
            report: report
        )
    }
}
