import ArgumentParser
import GiftLog
import Oversight
import Sujarit

/// Whether the gift was received, given or refused, as a command-line flag.
enum GiftDirectionFlag: String, EnumerableFlag {
    case received, given, refused

    static func help(for value: GiftDirectionFlag) -> ArgumentHelp? {
        switch value {
        case .received: "The official received it (default)."
        case .given: "The official gave it (--to names the recipient)."
        case .refused: "It was offered and refused."
        }
    }

    var direction: GiftDirection { GiftDirection(rawValue: rawValue)! }
}

/// `sujarit gift log`: enters a gift received, given or refused.
struct GiftLogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a gift received, given or refused (บันทึกการรับ/ให้/ปฏิเสธของขวัญ).",
        discussion: """
            The verdict is computed at once. Several gifts from one giver to one \
            official on one occasion are summed; when the sum passes the limit each must \
            be reported to the head ('gift reported'). From a giver with business before \
            the agency (--deals-with-agency, or found as a winner or bidder of the \
            agency's procurements in the imported e-GP data within 180 days of the \
            procurement) any gift is ไม่ควรรับ under the No Gift declaration and must \
            be reported; from a relative, up to the relation's \
            limit in Registers/gift-rules.yaml (ตามฐานานุรูป).

            Examples:
              sujarit gift log --person kittipong --from "บริษัท ตากใบวัสดุภัณฑ์ จำกัด" \\
                  --tax-id 0965560001238 --deals-with-agency --occasion "ปีใหม่ 2568" \\
                  --on "2 ม.ค. 68" --what "กระเช้าผลไม้" --value 1,500
              sujarit gift log --person wanida --from "นางสาวอารีย์ บุญมา" \\
                  --relative sibling --occasion "งานมงคลสมรส" --on 08/03/2568 \\
                  --what "สร้อยคอทองคำ" --value 12000
              sujarit gift log --person kittipong --from "ร้านสมใจการค้า" \
                  --received-by "นางสมศรี ใจดี" --relation spouse --occasion "วันเกิด" \
                  --on "2 ม.ค. 68" --what "ชุดเครื่องเขียน" --value 800 --reason "ไม่อาจปฏิเสธได้"
              sujarit gift log --given --person palad --to "นายอำเภอตากใบ" \\
                  --occasion "ปีใหม่ 2568" --on 30/12/2567 --what "กระเช้า" --value 1200
              sujarit gift log --given --to-superior --person nisa --to "นายวีระพงษ์ ทองดี (ปลัด)" \\
                  --occasion "วันเกิด" --on "2 ม.ค. 68" --what "นาฬิกาข้อมือ" --value 15,000
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Flag var directionFlag: GiftDirectionFlag = .received

    var direction: GiftDirection { directionFlag.direction }

    @Option(help: ArgumentHelp("The official's staff id (see 'sujarit agency staff').", valueName: "id"))
    var person: String

    @Option(help: ArgumentHelp("The giver (for a gift received or refused).", valueName: "name"))
    var from: String?

    @Option(help: ArgumentHelp("The recipient (for a gift given).", valueName: "name"))
    var to: String?

    @Option(help: ArgumentHelp("The giver's or recipient's 13-digit tax id, when known.", valueName: "id"))
    var taxID: String?

    @Option(help: ArgumentHelp("person or firm (default: guessed from the name and tax id).", valueName: "kind"))
    var kind: String?

    @Option(
        help: ArgumentHelp(
            "The giver is this kind of relative (a code from 'gift rules show', e.g. sibling).", valueName: "code"))
    var relative: String?

    @Flag(help: "The giver deals with the agency (bidder, contractor, applicant).")
    var dealsWithAgency = false

    @Flag(help: "It was given to people in general (e.g. a souvenir for every participant).")
    var general = false

    @Flag(help: "With --given: the recipient is the official's superior (or their family).")
    var toSuperior = false

    @Flag(help: "With --given: it was paid with public money (the agency's budget).")
    var publicMoney = false

    @Option(help: ArgumentHelp("The occasion, e.g. \"ปีใหม่ 2568\".", valueName: "text"))
    var occasion: String

    @Option(help: .day("The day of receipt, giving or refusal (default: today)."), transform: CalendarDate.argument)
    var on: CalendarDate?

    @Option(help: ArgumentHelp("What it was.", valueName: "text"))
    var what: String

    @Option(help: ArgumentHelp("The estimated value in baht, e.g. 1,500 or 2500.50.", valueName: "baht"))
    var value: String

    @Option(help: .day("The day it was reported to the head, if it already was."), transform: CalendarDate.argument)
    var reportedOn: CalendarDate?

    @Option(
        help: ArgumentHelp(
            "The family member who received it on the official's account, by name (with --relation).", valueName: "name"
        ))
    var receivedBy: String?

    @Option(
        help: ArgumentHelp(
            "Their relation to the official (a code from 'gift rules show', e.g. spouse).", valueName: "code"))
    var relation: String?

    @Option(
        help: ArgumentHelp(
            "The reason for accepting it (เหตุผลความจำเป็น), shown in 'gift list' and the O33 report.", valueName: "text"))
    var reason: String?

    @Option(help: ArgumentHelp("A remark.", valueName: "text"))
    var note: String?

    func validate() throws {
        if direction == .given {
            guard to != nil, from == nil else {
                throw ValidationError("A gift given names its recipient with --to (not --from).")
            }
        } else {
            guard from != nil, to == nil else {
                throw ValidationError("A gift \(direction.rawValue) names its giver with --from (not --to).")
            }
        }
        if (receivedBy == nil) != (relation == nil) {
            throw ValidationError(
                """
                --received-by and --relation go together: the family member's name and their relation to the \
                official (e.g. --received-by \"นางสมศรี ใจดี\" --relation spouse).
                """
            )
        }
        if let kind, PartyKind(rawValue: kind) == nil {
            throw ValidationError("--kind '\(kind)' is not a party kind: write person or firm.")
        }
    }

    /// `--value`, held to the same ceiling as a gift read from a file (Registers/limits.yaml).
    private func giftValue() throws -> Money {
        let amount = try RegisterInput.money(value, option: "--value")
        // A negative value is the gift log's own refusal (GiftLogDecider), with its own message.
        guard !amount.isNegative else { return amount }
        do {
            try ImportLimits.resolve().check(amount, as: .gift)
        } catch let error as AmountLimitError {
            throw ValidationError("--value: \(error.localizedDescription)")
        }
        return amount
    }

    func run() async throws {
        let context = storeOptions.context // one actor and one instant for the whole command
        let draft = GiftDraft(
            direction: direction, person: person,
            counterparty: PartyReference(
                name: from ?? to ?? "", taxID: try RegisterInput.taxID(taxID, option: "--tax-id")),
            counterpartyKind: kind.flatMap(PartyKind.init(rawValue:)), relative: relative,
            dealsWithAgency: dealsWithAgency,
            occasion: occasion, date: on ?? context.today, description: what,
            value: try giftValue(), givenToPeopleGenerally: general, note: note,
            reportedOn: reportedOn,
            receivedBy: receivedBy.map { FamilyRecipient(name: $0, relation: relation ?? "") }, reason: reason,
            toSuperior: toSuperior, publicMoney: publicMoney
        )
        let store = try storeOptions.open()
        let service = GiftLogService(
            store: store, business: try await ProcurementPartiesWithBusiness.forAgency(in: store))
        guard let entry = try await service.log([draft], context: context).first else { return }
        let assessment = try await service.assessedEntries(asOf: context.today).first { $0.entry.id == entry.id }!
            .assessment
        Console.out(
            """
            Logged \(entry.id): \(direction.label.th) \(entry.logged.description), \
            \(entry.logged.value.formatted()) บาท, \(entry.logged.date.formatted(.thaiMedium)).
            """
        )
        if let family = entry.logged.receivedBy {
            Console.out("Received on the official's account by \(family.name) (\(family.relation)).")
        }
        Console.out(
            """
            ผลการพิจารณา Verdict: \(assessment.verdict.label.th) (\(assessment.verdict.label.en)), rules version \
            \(assessment.rulesVersion).
            """
        )
        if assessment.occasionTotal != entry.logged.value {
            Console.out(
                """
                With the other gifts from this giver on this occasion: \(assessment.occasionTotal.formatted()) \
                บาท in all.
                """
            )
        }
        if let found = entry.logged.businessFound {
            Console.out("The giver has business before the agency: \(found).")
        }
        if assessment.verdict == .notAcceptable, let rules = try await service.allRules()[assessment.rulesVersion] {
            Console.out(
                """
                ไม่ควรรับ: the giver has business before the agency, so under the No Gift declaration this gift \
                should not be accepted whatever its value (the \(rules.threshold.formatted())-baht limit does not \
                apply). Return it, or report it and let the head decide (return or hand \
                over).\(rules.noGiftPolicy?.source.map { " Source: \($0)." } ?? "")
                """
            )
        }
        if let limits = try await service.allRules()[assessment.rulesVersion]?.givenGifts {
            switch assessment.verdict {
            case .givenWithPublicMoney:
                Console.out(
                    """
                    Public money may pay for gifts up to \(limits.publicMoneyLimit.formatted()) baht; this gift \
                    was \(entry.logged.value.formatted()). Bring it to the head of agency and the \
                    auditor.\(limits.publicMoneySource.map { " Source: \($0)." } ?? "")
                    """
                )
            case .givenAboveSuperiorLimit:
                Console.out(
                    """
                    A gift to a superior may be worth at most \(limits.superiorLimit.formatted()) baht, as custom \
                    has it; this one was \
                    \(entry.logged.value.formatted()).\(limits.superiorSource.map { " Source: \($0)." } ?? "")
                    """
                )
            default: break
            }
        }
        if let due = assessment.dueOn, let status = assessment.reportStatus {
            Console.out(
                """
                Report it to the head of agency by \(due.formatted(.thaiMedium)) (\(status.label.th)): sujarit \
                gift reported \(entry.id) --on DATE
                """
            )
        }
    }
}
