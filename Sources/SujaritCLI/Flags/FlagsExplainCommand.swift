import Agency
import ArgumentParser
import Foundation
import Oversight
import Presentation
import Procurement
import Sujarit

/// `sujarit flags explain`: one flag's evidence in plain Thai and English.
struct FlagsExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a flag: what was found, against which threshold, on which records (อธิบายข้อสังเกต).",
        discussion: """
            People named by a flag (declarants, committee members, gift recipients) are \
            shown only to the internal auditor and the legal officer; others see the \
            flag without them. Examples:
              sujarit flags explain RF-2568-0001 --as anan
              sujarit flags explain RF-2568-0001 --format json
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: ArgumentHelp("The flag's id, e.g. RF-2568-0001.", valueName: "flag-id"))
    var id: String

    func run() async throws {
        try await FlagsInput.run {
            let store = try storeOptions.open()
            let flag = try await RedFlagService(store: store).flag(try FlagsInput.flagID(id))
            let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
            let access = ModuleCatalog.access(for: storeOptions.actorName, in: directory)
            let explained = access.explain(flag, directory: directory)
            if output.format == .json {
                Console.out(try JSONOutput.string(FlagsExplainJSON(explained)))
                return
            }
            Console.out(FlagsExplainText(explained: explained, directory: directory, style: output.style).render())
            if explained.explanation.redacted {
                let notice = RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer)
                Console.err(
                    notice.replacingOccurrences(
                        of: "Totals only (แสดงเฉพาะยอดรวม)", with: "Names left out (ไม่แสดงชื่อบุคคล)"
                    ))
            }
        }
    }
}

/// The text form of `flags explain`.
struct FlagsExplainText {
    /// The flag as the reader may see it (``PersonalDataAccess/explain(_:directory:)``).
    let explained: ExplainedFlag
    let directory: AgencyDirectory
    let style: TerminalStyle

    func render() -> String {
        let flag = explained.flag, evidence = explained.flag.evidence, explanation = explained.explanation
        let raised = flag.raised
        var lines: [String] = []
        lines.append(style.paint("\(flag.id)  \(raised.indicator.label.th) — \(raised.indicator.label.en)", .bold))
        let buyerName = evidence.projects.first { $0.departmentID == raised.departmentID }?.departmentName
        let buyer =
            raised.unit.flatMap { directory.department($0) }
            .map { "\($0.name) (\($0.code), e-GP \(raised.departmentID))" }
            ?? buyerName.map { "\($0) (e-GP \(raised.departmentID))" }
            ?? (raised.indicator.isRegional ? raised.departmentID : "e-GP \(raised.departmentID)")
        lines.append(
            "สถานะ Status: \(flag.status.label.th) (\(flag.status.rawValue)) · "
                + "ปีงบประมาณ FY \(raised.fiscalYear.be) · ผู้ซื้อ Buyer: \(buyer)")
        if let first = flag.history.first {
            let day = CalendarDate(first.recordedAt).formatted(.thaiMedium)
            lines.append(
                "บันทึกโดย Raised by: \(first.actor), \(day) · "
                    + "Registers/red-flags.yaml v\(raised.configurationVersion)"
                    + (flag.revisions > 0 ? " · ปรับหลักฐาน \(flag.revisions) ครั้ง (revised)" : ""))
        }
        lines.append("")
        lines.append(style.paint("สิ่งที่พบ", .bold))
        lines.append("  " + explanation.finding.th)
        lines.append(style.paint("Finding", .bold))
        lines.append("  " + explanation.finding.en)
        if let cutOff = explanation.cutOff {
            lines.append(style.paint("เกณฑ์ Threshold", .bold))
            lines.append("  " + cutOff.th)
            lines.append("  " + cutOff.en)
        }
        if !evidence.projects.isEmpty {
            lines.append(style.paint("หลักฐาน Evidence", .bold))
            var table = Table(columns: [
                .init("โครงการ Project"), .init("ชื่อ Title", maxWidth: 36), .init("วิธี Method"),
                .init("วันที่ Awarded"), .init("จำนวนเงิน Amount", alignment: .trailing),
                .init("ราคากลาง Reference", alignment: .trailing), .init("ผู้ชนะ Winner", maxWidth: 30),
            ])
            for project in evidence.projects {
                table.append([
                    project.projectID, project.title, project.method.map { ProcurementMethodText.thai($0) } ?? "",
                    project.awarded?.formatted(.thaiMedium) ?? "", project.amount?.formatted() ?? "",
                    project.referencePrice?.formatted() ?? "",
                    project.winners.joined(separator: ", "),
                ])
            }
            for line in table.terminal(style: style).split(separator: "\n") { lines.append("  " + line) }
            if evidence.omittedProjects > 0 {
                lines.append("  … และอีก \(evidence.omittedProjects) โครงการ (and \(evidence.omittedProjects) more)")
            }
        }
        if !evidence.figures.isEmpty {
            lines.append("  " + evidence.figures.map { "\($0.name) \($0.value.text)" }.joined(separator: " · "))
        }
        if explained.namesPeople {
            lines.append(style.paint("บุคคลที่เกี่ยวข้อง People", .bold))
            if explained.showsNames {
                for person in evidence.people {
                    let name =
                        directory.member(person.staffID)
                        .map { "\($0.name) (\(person.staffID)), \($0.position)" } ?? person.staffID
                    lines.append("  \(name) — \(person.capacity)")
                }
                for declaration in evidence.declarations {
                    lines.append(
                        "  แบบแสดงการมีส่วนได้เสีย Declaration \(declaration.declarationID): "
                            + "\(declaration.relationship) · \(declaration.party.name)"
                            + (declaration.detail.map { " · \($0)" } ?? "")
                            + (declaration.recused ? " · ถอนตัวแล้ว (recused)" : ""))
                }
                for gift in evidence.gifts {
                    lines.append(
                        "  ของขวัญ Gift \(gift.entryID): \(gift.description) \(gift.value.formatted()) บาท, "
                            + "\(gift.date.formatted(.thaiMedium)), \(gift.occasion)")
                }
            } else {
                lines.append(
                    "  ไม่แสดงชื่อ: เฉพาะผู้ตรวจสอบภายในและนิติกรเห็นชื่อบุคคล "
                        + "(names shown to the internal auditor and the legal officer only)")
            }
        }
        lines.append(style.paint("ควรตรวจต่อ Next step", .bold))
        lines.append("  " + explanation.nextStep.th)
        lines.append("  " + explanation.nextStep.en)
        lines.append("ตัวชี้วัดสาธารณะที่สอดคล้อง Public counterpart: \(raised.indicator.publicReference)")
        if flag.history.count > 1 {
            lines.append(style.paint("ประวัติ History", .bold))
            for entry in flag.history {
                let day = CalendarDate(entry.recordedAt).formatted(.thaiMedium)
                lines.append(
                    "  \(day) \(entry.eventType) by \(entry.actor)"
                        + (entry.detail.map { ": \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// Method names from stored keys, for the evidence table.
enum ProcurementMethodText {
    static func thai(_ key: String) -> String {
        ProcurementMethod(key: key)?.thaiName ?? key
    }
}
