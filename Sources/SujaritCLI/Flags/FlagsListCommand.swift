import Agency
import ArgumentParser
import EventStore
import Oversight
import Presentation
import Sujarit

/// `sujarit flags list`: the recorded flags, filtered.
struct FlagsListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List red flags with their key figure and status (รายการข้อสังเกต).",
        discussion: """
            The list names suppliers and projects, never people; 'flags explain' tells the \
            whole story. Examples:
              sujarit flags list --fy 2568 --status open
              sujarit flags list --indicator split-year --department ENG
              sujarit flags list --project 67119000333 --format csv > flags.csv
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var fiscalYear: FiscalYearOption<EveryFiscalYear>

    @Option(help: ArgumentHelp("Only this buyer: an e-GP department id or an agency department code.", valueName: "id"))
    var department: String?

    @Option(help: ArgumentHelp("Only this indicator ('sujarit flags indicators' lists the codes).", valueName: "code"))
    var indicator: String?

    @Option(help: ArgumentHelp("Only flags at this status: open, dismissed or escalated.", valueName: "status"))
    var status: String?

    @Option(help: ArgumentHelp("Only flags citing this e-GP project.", valueName: "id"))
    var project: String?

    func run() async throws {
        try await FlagsInput.run {
            let filter = RedFlagFilter(
                fiscalYear: fiscalYear.year, department: department,
                indicator: try indicator.map { text in
                    guard let indicator = Indicator(code: text) else { throw OversightError.unknownIndicator(text) }
                    return indicator
                },
                status: try status.map { text in
                    guard let status = RedFlag.Status(rawValue: text.lowercased()) else {
                        throw OversightError.unknownStatus(text)
                    }
                    return status
                },
                project: project.map { ThaiDigits.toArabic($0).trimmingCharacters(in: .whitespaces) }
            )
            let store = try storeOptions.open()
            let (directory, _) = try await RegisterInput.viewer(storeOptions, store: store)
            let access = ModuleCatalog.access(for: storeOptions.actorName, in: directory)
            let flags = try await RedFlagQueries.list(store, filter: filter).map(access.visible)
            Console.out(
                FlagsTables.list(flags, machine: output.format != .table).render(output.format, style: output.style),
                terminator: "")
            if output.format == .table { Console.err("\(flags.count) flag(s).") }
        }
    }
}

/// Tables of the flags commands.
enum FlagsTables {
    static func list(_ flags: [RedFlagSummary], machine: Bool) -> Table {
        var table = Table(columns: [
            .init("รหัส ID", key: "id"), .init("ตัวชี้วัด Indicator", key: "indicator", maxWidth: 34),
            .init("ผู้ซื้อ Buyer", key: "buyer"),
            .init("ผู้ขาย/เรื่อง Subject", key: "subject", maxWidth: 34),
            .init("โครงการ Projects", key: "projects", alignment: .trailing),
            .init("ค่าสำคัญ Key figure", key: "figure"), .init("สถานะ Status", key: "status"),
        ])
        for flag in flags {
            let subject: String
            switch flag.indicator {
            case .bunching:
                subject =
                    (machine ? "under " : "ใต้เส้น ")
                    + (flag.evidence.figure(.threshold).map { machine ? $0.machineText : $0.text } ?? "")
            case .yearEnd, .processChanges: subject = machine ? "department" : "ทั้งหน่วยงาน"
            default: subject = flag.supplier ?? flag.evidence.projects.first?.projectID ?? ""
            }
            let buyer =
                flag.unit ?? flag.evidence.projects.first?.departmentName.map { machine ? flag.departmentID : "\($0)" }
                ?? flag.departmentID
            var status = machine ? flag.status.rawValue : flag.status.label.th
            if let risk = flag.riskID { status += " \(risk)" }
            if let subject = flag.auditSubject { status += machine ? " audit:\(subject)" : " ตรวจสอบ:\(subject)" }
            if flag.revisions > 0, !machine { status += " (ปรับ \(flag.revisions))" }
            // Said in the status, not after the subject: after a firm's name a bare "person" mark read as the firm's kind.
            if flag.namesPeople, !machine { status += " [มีข้อมูลส่วนบุคคล]" }
            table.append([
                flag.id.description, machine ? flag.indicator.rawValue : flag.indicator.label.th,
                buyer, subject,
                String(flag.projectCount), keyFigure(flag.indicator, flag.evidence, machine: machine), status,
            ])
        }
        return table
    }

    /// The one number that says most about a flag.
    static func keyFigure(_ indicator: Indicator, _ evidence: FlagEvidence, machine: Bool) -> String {
        let name: FigureName? =
            switch indicator {
            case .splitYear, .splitWindow, .coiDepartment: .total
            case .bunching, .priceAboveReference: .ratio
            case .supplierShare, .priceNearReference, .processChanges, .yearEnd: .share
            case .repeatWinner: .wins
            case .priceAboveBudget, .contractAboveAgreed: .contracts
            case .referenceEqualsBudget: .budget
            case .fastAward: .days
            case .noInvitation: .winner
            case .singleBidder, .fewBidders: .bidders
            case .giftFromSupplier: .giftValue
            case .coiCommittee, .undeclaredMember, .committeeSeparation: nil
            }
        guard let name,
            let value = evidence.figure(name) ?? (indicator == .priceAboveBudget ? evidence.figure(.agreed) : nil)
        else {
            return evidence.projects.first.flatMap {
                $0.amount.map { machine ? $0.decimalString : "\($0.formatted()) บาท" }
            } ?? ""
        }
        return machine ? value.machineText : value.text
    }
}
