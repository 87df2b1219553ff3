import ArgumentParser
import Foundation
import Presentation
import Procurement
import Sujarit

/// `sujarit procurement show PROJECT`: one project's record, timeline and contracts.
struct ProcurementShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one project: its money, its announcements in order and its contracts (รายละเอียดโครงการ).",
        discussion: """
            The timeline marks a winner announcement (W0) that a cancellation (W1) withdrew, \
            and the award in force, which the red flags use; an announcement whose project \
            id was read from its legacy link is marked too.

            Example: sujarit procurement show 67119000333
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Output format: table (for people) or json.")
    var format: OutputFormat = .table

    @Argument(
        help: ArgumentHelp("The e-GP project id (11 digits, or a plan item's P/M and 11 digits).", valueName: "project")
    )
    var project: String

    func run() async throws {
        guard let id = EGPProjectID(project) else {
            throw ValidationError(EGPIDError.invalidProjectID(project).localizedDescription)
        }
        guard
            let record = try await ProcurementReadModel.project(
                id, in: try await ProcurementScope.agency(of: try storeOptions.open()))
        else {
            Console.err(
                "No project \(id) in the store: import the feed or contract data that has it ('sujarit import egp …').")
            throw ExitCode(1)
        }
        if format == .json {
            Console.out(try JSONOutput.string(ProcurementShowJSON(project: record)))
            return
        }
        let style = TerminalStyle()
        for line in ProcurementShowCommand.lines(record, style: style) { Console.out(line) }
    }

    /// The project as text: the record, the timeline, the contracts.
    static func lines(_ project: ProcurementProject, style: TerminalStyle) -> [String] {
        var lines = [style.paint("\(project.projectID)  \(project.title)", .bold)]
        let kind = EGPDepartmentID.kind(of: project.departmentID).map { "(\($0.label.th) \($0.label.en))" }
        let department = [
            project.departmentID.isEmpty ? nil : project.departmentID, project.departmentName, kind,
        ].compactMap { $0 }
        lines.append("  หน่วยงาน Department    \(department.isEmpty ? "-" : department.joined(separator: " "))")
        lines.append("  ปีงบประมาณ Fiscal year  \(project.fiscalYear.be)")
        lines.append("  วิธี Method            \(project.method.map { "\($0.label.th) — \($0.label.en)" } ?? "-")")
        lines.append("  งบประมาณ Budget        \(ProcurementRows.money(project.budget, machine: false).ifEmpty("-"))")
        lines.append(
            "  ราคากลาง Reference     \(ProcurementRows.money(project.referencePrice, machine: false).ifEmpty("-"))")
        let percent = ProcurementRows.percent(project.agreedPrice, of: project.referencePrice)
        lines.append(
            "  ราคาตกลง Agreed        \(ProcurementRows.money(project.agreedPrice, machine: false).ifEmpty("-"))"
                + (percent.value == .null ? "" : "  (\(percent.text)% ของราคากลาง)"))
        lines.append("")
        lines.append(style.paint("ลำดับประกาศ Timeline", .bold))
        // The Thai type names run to 70 characters (B0), so the table names types by e-GP's code and a short
        // English name; the code is what e-GP users know them by.
        var timeline = Table(columns: [
            .init("วันที่ Date"), .init("ประเภท Type"), .init("ชื่อ Title", maxWidth: 60), .init("หมายเหตุ Note"),
        ])
        let awards = project.awardHistory
        for (index, entry) in project.timeline.enumerated() {
            timeline.append([
                entry.published.formatted(.thaiMedium), "\(entry.type.code) \(entry.type.label.en)",
                (entry.title ?? "").ifEmpty("(ไม่มีชื่อ untitled)"), note(index, entry, awards: awards, project: project),
            ])
        }
        lines +=
            project.timeline.isEmpty
            ? ["  (no announcement imported)"]
            : timeline.terminal(style: style).split(separator: "\n").map { "  \($0)" }
        if let final = awards.final {
            let winners = project.contracts.map(\.winnerName).joined(separator: ", ")
            lines.append(
                "  ผลการตัดสินที่มีผล Award in force: \(project.timeline[final].published.formatted(.thaiMedium))"
                    + (winners.isEmpty ? " (ไม่มีข้อมูลสัญญา no contract data)" : ", ผู้ชนะ winner \(winners)"))
        } else if !awards.cancelled.isEmpty {
            lines.append("  ยกเลิกประกาศผู้ชนะแล้ว ไม่มีการประกาศใหม่ Every award was cancelled; none is in force.")
        }
        lines.append("")
        lines.append(style.paint("สัญญา Contracts", .bold))
        var contracts = Table(columns: [
            .init("เลขที่ No."), .init("ผู้ชนะ Winner", maxWidth: 36), .init("เลขประจำตัวผู้เสียภาษี Tax id"),
            .init("ลงนาม Signed"), .init("สิ้นสุด Ends"), .init("จำนวนเงิน Amount", alignment: .trailing),
        ])
        for contract in project.contracts {
            contracts.append([
                contract.contractNumber ?? "-", contract.winnerName,
                contract.winnerTaxID?.formatted ?? "ไม่ทราบ unknown",
                contract.signed?.formatted(.thaiMedium) ?? "-", contract.finishes?.formatted(.thaiMedium) ?? "-",
                ProcurementRows.money(contract.amount, machine: false),
            ])
        }
        lines +=
            project.contracts.isEmpty
            ? ["  (no contract data imported)"]
            : contracts.terminal(style: style).split(separator: "\n").map { "  \($0)" }
        if let bidders = project.bidders {
            lines.append("")
            lines.append(
                style.paint("ผู้ยื่นข้อเสนอ Bidders (CoST)", .bold) + "  \(bidders.count): "
                    + bidders.joined(separator: ", "))
        }
        return lines
    }
}

extension ProcurementShowCommand {
    /// The timeline's note for the entry at `index`: a cancelled award, the cancellation (with the day of
    /// the award it withdrew), the award in force after a cancellation, an id read from the link.
    static func note(
        _ index: Int, _ entry: ProcurementProject.TimelineEntry, awards: AwardHistory, project: ProcurementProject
    ) -> String {
        var notes: [String] = []
        if awards.cancelled.contains(index) {
            notes.append("ถูกยกเลิก cancelled")
        } else if awards.final == index, !awards.cancelled.isEmpty {
            notes.append("ผลที่มีผล in force")
        }
        if let award = awards.cancels[index] {
            let day = project.timeline[award].published.formatted(.thaiMedium)
            notes.append("ยกเลิก W0 วันที่ \(day) cancels that award")
        }
        if entry.projectIDSource == .link { notes.append("เลขโครงการจากลิงก์ id from link") }
        return notes.joined(separator: "; ")
    }
}

extension String {
    /// `self`, or `replacement` when empty.
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
