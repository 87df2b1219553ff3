import ArgumentParser
import AuditPlans
import Sujarit

/// `sujarit audit charter show`: the charter in force, a pending draft, and the review date.
struct AuditCharterShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show the charter: the version in force, a draft awaiting approval, the next review.",
        discussion: """
            Prints the text of the draft awaiting approval when there is one, else of the version in force; \
            --version N prints another.

            Examples:
              sujarit audit charter show
              sujarit audit charter show --version 1
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        help: ArgumentHelp("The version to print (default: the pending draft, else the one in force).", valueName: "n"))
    var version: Int?

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context
            let charter = try await AuditInput.service(try storeOptions.open()).charter()
            guard let chosen = try Self.pick(version, in: charter) else { throw AuditPlansError.charterNotDrafted }
            var lines: [String] = []
            if let inForce = charter.inForce, let approval = inForce.approval {
                lines.append(
                    """
                    In force: version \(inForce.draft.version), approved by \(approval.approverName) on \
                    \(approval.approvedOn.formatted(.thaiMedium)).
                    """)
            } else {
                lines.append("No charter in force yet.")
            }
            if let next = charter.nextReviewOn {
                let overdue = next < context.today ? " — OVERDUE (เลยกำหนดสอบทาน)" : ""
                lines.append("Next review by \(next.formatted(.thaiMedium))\(overdue).")
            }
            if let pending = charter.pending {
                lines.append(
                    """
                    Draft version \(pending.draft.version) of \(pending.draft.draftedOn.formatted(.thaiMedium)) awaits \
                    approval.
                    """)
            }
            lines.append("")
            lines.append("กฎบัตรการตรวจสอบภายใน ฉบับที่ \(chosen.draft.version)\(chosen.approval == nil ? " (ร่าง)" : "")")
            for section in AuditCharterDocument.sections(chosen.draft) {
                lines += ["", section.heading, section.text]
            }
            Console.out(lines.joined(separator: "\n"))
        }
    }

    /// The version asked for, or the pending draft, else the version in force.
    static func pick(_ number: Int?, in charter: AuditCharter) throws -> AuditCharter.Version? {
        guard let number else { return charter.pending ?? charter.inForce }
        guard let found = charter.versions.first(where: { $0.draft.version == number }) else {
            throw ValidationError(
                "--version \(number): the charter has versions 1 to \(charter.versions.count); see 'sujarit audit charter show'."
            )
        }
        return found
    }
}
