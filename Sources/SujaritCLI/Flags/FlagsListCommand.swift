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
            let machine = output.format != .table
            // Written as the flags are read, a page at a time: a national store lists a hundred thousand.
            var stream = output.stream(machine ? FlagsTables.machineColumns : FlagsTables.columns)
            try await RedFlagQueries.forEach(store, filter: filter) { flag in
                let visible = access.visible(flag)
                stream.append(machine ? FlagsTables.machineRow(visible) : FlagsTables.row(visible))
            }
            stream.finish()
            if output.format == .table { Console.err("\(stream.count) flag(s).") }
        }
    }
}

/// Tables of the flags commands.
enum FlagsTables {
    /// The columns of the flags as people read them.
    static let columns: [Table.Column] = [
        .init("รหัส ID", key: "id"), .init("ตัวชี้วัด Indicator", key: "indicator", maxWidth: 34),
        .init("ผู้ซื้อ Buyer", key: "buyer"),
        .init("ผู้ขาย/เรื่อง Subject", key: "subject", maxWidth: 34),
        .init("โครงการ Projects", key: "projects", alignment: .trailing),
        .init("ค่าสำคัญ Key figure", key: "key_figure"), .init("สถานะ Status", key: "status"),
    ]

    /// The flags as people read them: Thai labels, the key figure in words, the status with its links.
    static func list(_ flags: [RedFlagSummary]) -> Table {
        var table = Table(columns: columns)
        for flag in flags { table.append(row(flag)) }
        return table
    }

    /// One flag as people read it.
    static func row(_ flag: RedFlagSummary) -> [Table.Cell] {
        let subject: String
        switch flag.indicator {
        case .bunching: subject = "ใต้เส้น " + (flag.evidence.figure(.threshold)?.text ?? "")
        case .yearEnd, .processChanges: subject = "ทั้งหน่วยงาน"
        default: subject = flag.supplier ?? flag.evidence.projects.first?.projectID ?? ""
        }
        let buyer =
            flag.indicator.isRegional
            ? flag.departmentID : flag.unit ?? flag.evidence.projects.first?.departmentName ?? flag.departmentID
        var status = flag.status.label.th
        if let risk = flag.riskID { status += " \(risk)" }
        if let subject = flag.auditSubject { status += " ตรวจสอบ:\(subject)" }
        if flag.revisions > 0 { status += " (ปรับ \(flag.revisions))" }
        // Said in the status, not after the subject: after a firm's name a bare "person" mark read as the firm's kind.
        if flag.namesPeople { status += " [มีข้อมูลส่วนบุคคล]" }
        let figure = keyFigure(flag.indicator, flag.evidence)
        return [
            .text(flag.id.description), .text(flag.indicator.label.th), .text(buyer), .text(subject),
            .integer(flag.projectCount), .text(figure.map { $0.value?.text ?? "\($0.amount.formatted()) บาท" }),
            .text(status),
        ]
    }

    /// The columns of the flags for scripts (`Docs/schemas/flags-list.schema.json`).
    static let machineColumns: [Table.Column] = [
        "id", "indicator", "indicator_th", "department_id", "unit", "supplier", "subject", "projects",
        "key_figure_name", "key_figure_kind", "key_figure", "status", "status_th", "risk_id", "audit_subject",
        "revisions", "names_people",
    ].map { Table.Column($0) }

    /// One flag for scripts: codes beside their Thai labels, the key figure typed (baht as `"2491400.00"`,
    /// counts and days as integers, shares and ratios as numbers) with its name, and null for a link or
    /// subject the flag does not have.
    static func machineRow(_ flag: RedFlagSummary) -> [Table.Cell] {
        let subject: String? =
            switch flag.indicator {
            case .bunching: flag.evidence.figure(.threshold).map { "under " + $0.machineText }
            case .yearEnd, .processChanges: "department"
            default: flag.supplier ?? flag.evidence.projects.first?.projectID
            }
        let figure = keyFigure(flag.indicator, flag.evidence)
        return [
            .text(flag.id.description), .text(flag.indicator.rawValue), .text(flag.indicator.label.th),
            .text(flag.departmentID), .text(flag.unit), .text(flag.supplier), .text(subject),
            .integer(flag.projectCount), .text(figure?.name), .text(figure.map(Self.kind)),
            figure.map(Self.cell) ?? .missing,
            .text(flag.status.rawValue), .text(flag.status.label.th), .text(flag.riskID), .text(flag.auditSubject),
            .integer(flag.revisions), .bool(flag.namesPeople),
        ]
    }

    /// The one number that says most about a flag: a figure of its evidence, or else its first project's
    /// amount (`name` `amount`).
    struct KeyFigure {
        var name: String
        var value: FigureValue?
        var amount: Money
    }

    /// The key figure of a flag, or nil when the indicator has none and no project has an amount.
    static func keyFigure(_ indicator: Indicator, _ evidence: FlagEvidence) -> KeyFigure? {
        let name: FigureName? =
            switch indicator {
            case .splitYear, .splitWindow, .regionalSplit, .coiDepartment: .total
            case .bunching, .priceAboveReference: .ratio
            case .supplierShare, .regionalSupplierShare, .priceNearReference, .processChanges, .yearEnd: .share
            case .repeatWinner: .wins
            case .regionalDeclaredTies: .tiedSeats
            case .priceAboveBudget, .contractAboveAgreed: .contracts
            case .referenceEqualsBudget: .budget
            case .fastAward: .days
            case .noInvitation: .winner
            case .singleBidder, .fewBidders: .bidders
            case .giftFromSupplier: .giftValue
            case .coiCommittee, .undeclaredMember, .committeeSeparation: nil
            }
        if let name, let value = evidence.figure(name) {
            return KeyFigure(name: name.rawValue, value: value, amount: .zero)
        }
        if indicator == .priceAboveBudget, let value = evidence.figure(.agreed) {
            return KeyFigure(name: FigureName.agreed.rawValue, value: value, amount: .zero)
        }
        return evidence.projects.first?.amount.map { KeyFigure(name: "amount", value: nil, amount: $0) }
    }

    /// What kind of number a key figure is: money, count, days, share (0–1), ratio, number or date.
    static func kind(_ figure: KeyFigure) -> String {
        switch figure.value {
        case nil, .money: "money"
        case .count: "count"
        case .days: "days"
        case .share: "share"
        case .ratio: "ratio"
        case .number: "number"
        case .date: "date"
        }
    }

    /// A key figure typed for scripts.
    static func cell(_ figure: KeyFigure) -> Table.Cell {
        switch figure.value {
        case nil: .money(figure.amount)
        case .money(let value): .money(value)
        case .count(let value), .days(let value): .integer(value)
        case .share(let value), .ratio(let value), .number(let value): Table.Cell(text: "", value: .number(value))
        case .date(let value): .date(value, shown: "")
        }
    }
}
