import Agency
import ArgumentParser
import Foundation
import GiftLog
import Presentation
import Sujarit

/// `sujarit gift report`: the O33 report for a fiscal year's round.
struct GiftReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The O33 No Gift Policy report for a fiscal year or its first six months (รายงานผล No Gift Policy).",
        discussion: """
            Counts and values by verdict, gifts above the limit with their reports and \
            decisions, late and missing reports, gifts given and refused, and the O31 \
            declaration and O32 activities. A period with nothing to report is a nil \
            report and says so. Cases with names are shown to the internal auditor and \
            the legal officer only. Examples:
              sujarit gift report --fy 2568 --as anan
              sujarit gift report --fy 2568 --round 6m --format md \\
                  --as pimchanok > o33-2568-6m.md
              sujarit gift report --fy 2568 --format json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("The fiscal year (BE), e.g. 2568.", valueName: "year"))
    var fy: String

    @Option(help: ArgumentHelp("6m (1 Oct – 31 Mar) or 12m (the whole year, default).", valueName: "round"))
    var round: String = "12m"

    @Option(help: ArgumentHelp("Judge reports as of this day (default: today).", valueName: "date"))
    var asOf: String?

    func run() async throws {
        let year = try RegisterInput.fiscalYear(fy)
        guard let chosen = ReportingRound(argument: round) else {
            throw ValidationError("--round '\(round)' is not a round: write 6m (รอบ 6 เดือน) or 12m (ประจำปี).")
        }
        let day = try RegisterInput.day(asOf, option: "--as-of")
        let store = try storeOptions.open()
        let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
        let full = try await GiftLogService(store: store).report(year: year, round: chosen, asOf: day)
        let report = GiftLogAccess.report(full, for: viewer)
        let agency = try await AgencyProfile.load(from: store)?.agencyName
        switch output.format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(report), as: UTF8.self))
        case .csv:
            Console.out(GiftReportDocument.summary(report).csv(), terminator: "")
        case .markdown:
            Console.out(GiftReportDocument(report: report, directory: directory, agency: agency).markdown(), terminator: "")
        case .table:
            Console.out(GiftReportDocument(report: report, directory: directory, agency: agency).text(style: output.style), terminator: "")
        }
        if report.view == .totalsOnly { Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer)) }
    }
}

/// The O33 report laid out as headed blocks, printed for a terminal or as Markdown.
struct GiftReportDocument {
    enum Block {
        case heading(String)
        case line(String)
        case table(Table)
    }

    let blocks: [Block]

    init(report: GiftReport, directory: AgencyDirectory, agency: String?) {
        var blocks: [Block] = []
        let period = "\(report.periodStart.formatted(.thaiMedium)) – \(report.periodEnd.formatted(.thaiMedium))"
        blocks.append(.heading("รายงานผลการดำเนินการตามนโยบาย No Gift Policy (O33)\(agency.map { " — \($0)" } ?? "")"))
        blocks.append(.line("\(report.fiscalYear.thaiLabel) \(report.round.thaiLabel) (\(period)), ข้อมูล ณ วันที่ \(report.asOf.formatted(.thaiMedium))"))
        blocks.append(.line("เกณฑ์: รับจากผู้ที่มิใช่ญาติได้ไม่เกิน \(report.threshold.formatted()) บาท ต่อผู้ให้ต่อโอกาส; เกินกว่านั้นต้องรายงานหัวหน้าหน่วยงานภายใน \(report.reportWithinDays) วัน"))
        if let policy = report.policy {
            blocks.append(.line("O31 ประกาศนโยบาย: \(policy.title) — \(policy.declaredOn.formatted(.thaiMedium)), \(directory.member(policy.declaredBy)?.name ?? policy.declaredBy)"))
        } else {
            blocks.append(.line("O31 ประกาศนโยบาย: ยังไม่ได้บันทึก (record it with 'sujarit gift policy')"))
        }
        let people = report.activities.compactMap(\.participants).reduce(0, +)
        blocks.append(.line("O32 กิจกรรมสร้างวัฒนธรรม No Gift: \(report.activities.count) ครั้ง\(people > 0 ? ", ผู้เข้าร่วม \(people) คน" : "")"))
        for activity in report.activities {
            blocks.append(.line("    \(activity.heldOn.formatted(.thaiMedium))  \(activity.title)\(activity.participants.map { " (\($0) คน)" } ?? "")"))
        }
        if let statement = report.nilStatement {
            blocks.append(.heading("รายงานผล (nil report)"))
            blocks.append(.line(statement.th))
            blocks.append(.line(statement.en))
            self.blocks = blocks
            return
        }
        blocks.append(.heading("สรุปตามผลการพิจารณา Summary by verdict (\(report.entryCount) รายการ)"))
        blocks.append(.table(GiftTables.totals(report.totals, machine: false)))
        let above = report.totals.line(.mustReport).count, notAcceptable = report.totals.line(.notAcceptable).count
        blocks.append(.heading("ต้องรายงานหัวหน้าหน่วยงาน Gifts to report: \(above + notAcceptable) รายการ (เกินเกณฑ์ \(above) · ไม่ควรรับ ตาม No Gift Policy \(notAcceptable))"))
        blocks.append(.line("รายงานล่าช้า \(report.lateReports) · ไม่ได้รายงาน (เลยกำหนด) \(report.missingReports) · ผู้บังคับบัญชาพิจารณาแล้ว \(report.decided) · รอผลการพิจารณาของผู้บังคับบัญชา \(report.awaitingDecision)"))
        if let cases = report.overThreshold, !cases.isEmpty {
            var table = Table(columns: [
                .init("เลขที่ ID"), .init("ผล Verdict"), .init("วันที่ Date"), .init("บุคลากร Official"), .init("ผู้ให้ Giver", maxWidth: 28),
                .init("มูลค่า Value", alignment: .trailing), .init("รวมในโอกาสนี้ Total", alignment: .trailing),
                .init("กำหนด Due"), .init("รายงาน Report"), .init("ผลการพิจารณาของผู้บังคับบัญชา Decision"),
                .init("เหตุผลความจำเป็น Reason", maxWidth: 28),
            ])
            for item in cases {
                table.append([
                    item.entryID.description, item.verdict.shortLabel.th, item.date.formatted(.thaiShort), directory.member(item.person)?.name ?? item.person,
                    item.giver + (item.dealsWithAgency ? " *" : ""), item.value.formatted(), item.occasionTotal.formatted(),
                    item.dueOn.formatted(.thaiShort),
                    item.reportStatus.label.th + (item.reportedOn.map { " \($0.formatted(.thaiShort))" } ?? ""),
                    item.decision.map { "\($0.label.th) \(item.decidedOn?.formatted(.thaiShort) ?? "")" } ?? "รอผลการพิจารณาของผู้บังคับบัญชา",
                    (item.receivedBy.map { "รับแทนโดย \($0.name) (\($0.relation)); " } ?? "") + (item.reason ?? ""),
                ])
            }
            blocks.append(.table(table))
            blocks.append(.line("* ผู้ให้มีส่วนได้เสียกับหน่วยงาน (deals with the agency)"))
        }
        let givenLines = report.totals.lines.filter(\.verdict.isGiven), refused = report.totals.line(.refused)
        let givenCount = givenLines.map(\.count).reduce(0, +), givenValue = givenLines.map(\.value).reduce(.zero, +)  // cannot overflow: GiftJudge.assess checked every subtotal
        let flagged = givenLines.filter { $0.verdict != .given }.map(\.count).reduce(0, +)
        blocks.append(.heading("การให้และการปฏิเสธ Given and refused"))
        blocks.append(.line("ให้ของขวัญ Given: \(givenCount) รายการ, \(givenValue.formatted()) บาท (ไม่ควรให้ตามระเบียบสำนักนายกฯ 2565: \(flagged)) · ปฏิเสธการรับ Refused: \(refused.count) รายการ, \(refused.value.formatted()) บาท"))
        for item in report.givenEntries ?? [] {
            let verdict = item.verdict == .given ? "" : "  [\(item.verdict.shortLabel.th)]"
            blocks.append(.line("    \(item.entryID)  \(item.date.formatted(.thaiMedium))  \(directory.member(item.person)?.name ?? item.person) → \(item.recipient): \(item.description), \(item.value.formatted()) บาท\(verdict)"))
        }
        blocks.append(.line("รับหรือถูกเสนอให้จากผู้มีส่วนได้เสียกับหน่วยงาน: \(report.fromPartiesDealingWithAgency) รายการ"))
        self.blocks = blocks
    }

    /// For a terminal: headings in bold, tables aligned.
    func text(style: TerminalStyle) -> String {
        var out = ""
        for block in blocks {
            switch block {
            case .heading(let text): out += (out.isEmpty ? "" : "\n") + style.paint(text, .bold) + "\n"
            case .line(let text): out += text + "\n"
            case .table(let table): out += table.terminal(style: style)
            }
        }
        return out
    }

    /// As a Markdown document, for publishing on the agency's website.
    func markdown() -> String {
        var out = ""
        var first = true
        for block in blocks {
            switch block {
            case .heading(let text):
                out += "\n\(first ? "#" : "##") \(text)\n\n"
                first = false
            case .line(let text): out += text.trimmingCharacters(in: .whitespaces).isEmpty ? "\n" : "\(text.hasPrefix("    ") ? "- " + text.trimmingCharacters(in: .whitespaces) : text)\n\n"
            case .table(let table): out += table.markdown() + "\n"
            }
        }
        return out.trimmingCharacters(in: .newlines) + "\n"
    }

    /// One row per figure, for a spreadsheet: section, item, count, value.
    static func summary(_ report: GiftReport) -> Table {
        var table = Table(columns: [.init("section"), .init("item"), .init("count"), .init("value")])
        table.append(["period", "\(report.fiscalYear.be)/\(report.round.rawValue)", String(report.entryCount), ""])
        for line in report.totals.lines {
            table.append(["verdict", line.verdict.rawValue, String(line.count), line.value.decimalString])
        }
        table.append(["reports", "late", String(report.lateReports), ""])
        table.append(["reports", "missing", String(report.missingReports), ""])
        table.append(["decisions", "decided", String(report.decided), ""])
        table.append(["decisions", "awaiting", String(report.awaitingDecision), ""])
        table.append(["parties", "deals-with-agency", String(report.fromPartiesDealingWithAgency), ""])
        table.append(["O31", "policy-declared", report.policy == nil ? "0" : "1", ""])
        table.append(["O32", "activities", String(report.activities.count), ""])
        if let statement = report.nilStatement { table.append(["nil-report", statement.th, "0", ""]) }
        return table
    }
}
