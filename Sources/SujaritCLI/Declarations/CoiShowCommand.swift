import Agency
import ArgumentParser
import Declarations
import Presentation
import Sujarit

/// `sujarit coi show`: one declaration with its interests and history, for the auditor and legal officer.
struct CoiShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one declaration with its interests and history (auditor and legal officer only).",
        discussion: "Example: sujarit coi show 67119000333-e-bidding-member-rusdee --as pimchanok"
    )

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The declaration id (see 'sujarit coi list').", valueName: "id"))
    var id: String

    func run() async throws {
        let store = try storeOptions.open()
        let (directory, viewer) = try await RegisterInput.viewer(storeOptions, store: store)
        guard let found = try await DeclarationService(store: store).declaration(id) else {
            throw DeclarationsError.notFound(id)
        }
        guard let declaration = DeclarationsAccess.declaration(found, for: viewer) else {
            Console.err(RegisterInput.totalsNotice(storeOptions.actorName, viewer: viewer))
            Console.err(
                """
                'coi show' prints one person's declaration, so it shows nothing here; 'sujarit coi list' shows \
                the totals.
                """
            )
            throw ExitCode(1)
        }
        Console.out(Self.render(declaration, directory: directory), terminator: "")
    }

    static func render(_ declaration: Declaration, directory: AgencyDirectory) -> String {
        var lines = [
            "แบบแสดงการมีส่วนได้เสีย \(declaration.id)",
            """
              ผู้ยื่น Declarant:   \(RegisterInput.name(declaration.declarant, in: directory)) — \
            \(directory.member(declaration.declarant)?.position ?? "")
            """,
            "  สังกัด Department:  \(directory.department(declaration.department)?.name ?? declaration.department)",
            "  เรื่อง Subject:      \(declaration.subject.summary.th)",
            "  ลงนาม Signed:       \(declaration.signedOn.formatted(.thaiMedium))",
            """
              สถานะ Status:       \
            \(declaration.withdrawal.map { "ถอนแล้ว \($0.withdrawnOn.formatted(.thaiMedium)): \($0.reason)" } ?? "ใช้ได้ (in force)")
            """,
        ]
        if let note = declaration.note { lines.append("  หมายเหตุ Note:      \(note)") }
        if declaration.declaresNoInterest {
            lines.append("  ไม่มีส่วนได้เสีย — no interest declared.")
        } else {
            var table = Table(columns: [
                .init("#", alignment: .trailing), .init("คู่กรณี Party"), .init("เลขผู้เสียภาษี Tax id"),
                .init("ความเกี่ยวข้อง Relationship"),
                .init("หุ้น %", alignment: .trailing), .init("ตั้งแต่ From"), .init("ถึง To"), .init("รายละเอียด Detail"),
            ])
            for (index, interest) in declaration.interests.enumerated() {
                table.append([
                    String(index + 1), interest.party?.name ?? "-", interest.party?.taxID?.formatted ?? "-",
                    interest.relationship.label.th,
                    interest.share?.description ?? "", interest.from?.formatted(.thaiMedium) ?? "",
                    interest.to?.formatted(.thaiMedium) ?? "",
                    interest.detail ?? "",
                ])
            }
            lines.append("")
            lines += table.terminal(style: TerminalStyle(colors: false)).split(separator: "\n").map { "  " + $0 }
        }
        for recusal in declaration.recusals {
            lines.append(
                """
                  ถอนตัว Recusal: from \(recusal.role.label.th), project \(recusal.project), \
                \(recusal.recordedOn.formatted(.thaiMedium))
                """
            )
        }
        lines.append("")
        lines.append("  ประวัติ History:")
        for entry in declaration.history {
            lines.append(
                """
                    \(entry.day.formatted(.thaiMedium))  \(entry.eventType)  by \
                \(entry.actor)\(entry.reason.map { " — \($0)" } ?? "")
                """
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
