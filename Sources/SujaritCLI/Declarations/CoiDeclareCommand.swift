import ArgumentParser
import Foundation
import Declarations
import Sujarit

/// `sujarit coi declare`: records a signed declaration.
struct CoiDeclareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "declare",
        abstract: "Record a signed declaration of interests (บันทึกแบบแสดงการมีส่วนได้เสีย).",
        discussion: """
            An annual declaration names the fiscal year (--fy); a procurement \
            declaration names the project and the signer's role (--project, --role). \
            Then either --no-interest, or one --interest per interest:
              party=NAME; tax=13-digit id; kind=person|firm; rel=RELATIONSHIP;
              share=PERCENT; from=DATE; to=DATE; detail=TEXT
            Relationships: self, spouse, relative, shareholder (share= only here), \
            director (director, manager or employee), creditor (creditor or debtor), \
            drafted-tor (drafted the TOR or reference price; party optional). Roles:
            head-officer, officer, inspector (ผู้ตรวจรับพัสดุ), works-supervisor \
            (ผู้ควบคุมงาน), or COMMITTEE-chair / COMMITTEE-member where COMMITTEE \
            is e-bidding, price-tender, selection, specific, inspection, tor or \
            reference-price.

            Examples:
              sujarit coi declare --person palad --fy 2568 --on "1 ต.ค. 67" \\
                  --no-interest
              sujarit coi declare --person rusdee --project 67119000333 \\
                  --role e-bidding-member --on 20/11/2567 \\
                  --interest "party=หจก. รุ่งเรืองการโยธา; tax=0963550000121; rel=relative"
              sujarit coi declare --interactive        (asks for each field)
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: ArgumentHelp("The declarant's staff id (see 'sujarit agency staff').", valueName: "id"))
    var person: String?

    @OptionGroup var fiscalYear: FiscalYearOption<FiscalYearIfNeeded>

    @Option(help: ArgumentHelp("Procurement declaration for this e-GP project number.", valueName: "number"))
    var project: String?

    @Option(help: ArgumentHelp("The signer's role in the project, e.g. inspection-member.", valueName: "role"))
    var role: String?

    @Option(help: .day("The day it was signed (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Flag(help: "The declarant has no interest (ไม่มีส่วนได้เสีย).")
    var noInterest = false

    @Option(help: ArgumentHelp("An interest, as key=value pairs separated by ';' (repeatable).", valueName: "spec"))
    var interest: [String] = []

    @Option(help: ArgumentHelp("A remark written on the form.", valueName: "text"))
    var note: String?

    @Flag(help: "Ask for each field instead of reading options.")
    var interactive = false

    func validate() throws {
        guard !interactive else { return }
        guard person != nil else { throw ValidationError("Give --person ID (or use --interactive).") }
        guard (fiscalYear.given == nil) != (project == nil) else {
            throw ValidationError(
                """
                Give --fy YEAR for an annual declaration, or --project NUMBER and --role ROLE for a procurement \
                one (not both).
                """
            )
        }
        if project != nil, role == nil {
            throw ValidationError("--project needs --role, e.g. --role inspection-member.")
        }
        if project == nil, role != nil { throw ValidationError("--role goes with --project.") }
    }

    func run() async throws {
        let context = storeOptions.context // one actor and one instant for the whole command
        let signing =
            try interactive ? InteractiveDeclaration.ask(today: context.today) : try fromOptions(today: context.today)
        let rules = try CommitteeWarnings.rules()
        let store = try storeOptions.open()
        let declaration = try await DeclarationService(store: store).sign(signing, context: context)
        Console.out(
            """
            Recorded declaration \(declaration.id) (\(declaration.subject.summary.th)), signed \
            \(declaration.signedOn.formatted(.thaiMedium)).
            """
        )
        Console.out(
            declaration.declaresNoInterest
                ? "บันทึกแล้ว: ไม่มีส่วนได้เสีย (no interest)."
                : """
                บันทึกแล้ว: มีส่วนได้เสีย \(declaration.interests.count) รายการ (\(declaration.interests.count) \
                interest(s)).
                """
        )
        for recusal in declaration.recusals {
            Console.out(
                """
                Recusal recorded (ถอนตัว): \(recusal.declarant) stands down as \(recusal.role.label.th) in \
                \(recusal.project).
                """
            )
        }
        for project in Set(declaration.recusals.map(\.project)).sorted(by: { $0.rawValue < $1.rawValue }) {
            try await CommitteeWarnings.print(project, store: store, rules: rules)
        }
    }

    /// The signing the options describe; `today` (the command context's day) is the default signing day.
    func fromOptions(today: CalendarDate) throws -> Declaration.Signing {
        let subject: DeclarationSubject
        if let year = fiscalYear.year {
            subject = .annual(year)
        } else {
            subject = .procurement(try EGPProjectID(projectNumber: project!), role: try ProcurementRole(parsing: role!))
        }
        return Declaration.Signing(
            declarant: person!, subject: subject, signedOn: on ?? today,
            interests: try interest.map(DeclaredInterest.init(spec:)), noInterest: noInterest, note: note
        )
    }
}

/// The questions `coi declare --interactive` asks, each answer checked as it is given.
enum InteractiveDeclaration {
    /// Asks for the declaration; a blank signing day is `today` (the command context's day).
    static func ask(today: CalendarDate) throws -> Declaration.Signing {
        let person = try required("รหัสผู้ยื่น Declarant's staff id")
        let annual = try retry { () throws -> Bool in
            let kind = try required("ประเภท Kind: annual (ประจำปี) or procurement (รายโครงการ)").lowercased()
            if ["annual", "a", "ประจำปี"].contains(kind) { return true }
            if ["procurement", "p", "รายโครงการ"].contains(kind) { return false }
            throw ValidationError("'\(kind)' is neither annual nor procurement.")
        }
        let subject: DeclarationSubject
        if annual {
            subject = .annual(
                try retry { try FiscalYear.parse(try required("ปีงบประมาณ Fiscal year (e.g. 2568)")) })
        } else {
            let project = try retry { try EGPProjectID(projectNumber: try required("เลขที่โครงการ e-GP project number")) }
            subject = .procurement(
                project,
                role: try retry { try ProcurementRole(parsing: try required("บทบาท Role (e.g. inspection-member)")) })
        }
        let signedOn = try retry {
            try optional("วันที่ลงนาม Signed on (blank: today)").map(CalendarDate.parse) ?? today
        }
        var interests: [DeclaredInterest] = []
        while true {
            guard let party = try answer("คู่กรณี Party with an interest (blank: no more)"), !party.isEmpty else { break }
            let interest = try retry {
                let tax = try optional("เลขประจำตัวผู้เสียภาษี Tax id (blank: unknown)")
                let rel = try required(
                    """
                    ความเกี่ยวข้อง Relationship (self, spouse, relative, shareholder, director, creditor, \
                    drafted-tor)
                    """)
                let share = try optional("สัดส่วนหุ้น Share % (blank: none)")
                var spec = "party=\(party); rel=\(rel)"
                if let tax { spec += "; tax=\(tax)" }
                if let share { spec += "; share=\(share)" }
                return try DeclaredInterest(spec: spec)
            }
            interests.append(interest)
        }
        return Declaration.Signing(
            declarant: person, subject: subject, signedOn: signedOn, interests: interests, noInterest: interests.isEmpty
        )
    }

    /// Asks again after a refused answer, showing why, until the answer is accepted or input ends.
    static func retry<T>(_ body: () throws -> T) throws -> T {
        while true {
            do { return try body() } catch let error as EndOfInput { throw error } catch {
                Console.err("  ✗ \((error as? LocalizedError)?.errorDescription ?? String(describing: error))")
            }
        }
    }

    static func answer(_ prompt: String) throws -> String? {
        guard let line = RegisterInput.ask(prompt) else { throw EndOfInput() }
        return line
    }

    static func required(_ prompt: String) throws -> String {
        while true {
            if let line = try answer(prompt), !line.isEmpty { return line }
            Console.err("  ✗ An answer is required.")
        }
    }

    static func optional(_ prompt: String) throws -> String? {
        let line = try answer(prompt)
        return line?.isEmpty == false ? line : nil
    }

    /// Input ended before every question was answered: nothing is recorded.
    struct EndOfInput: Error, CustomStringConvertible {
        var description: String { "Input ended before the declaration was complete; nothing was recorded." }
    }
}
