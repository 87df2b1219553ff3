import Agency
import Declarations
import GiftLog
import Sujarit

/// The compliance calendar on a day: everything that falls due within the days ahead or is already late —
/// reports, ITA windows, annual declarations, gift reports, measures, audit recommendations and engagements —
/// each with its owner, due day and how late, read from the registers' query APIs.
///
/// `sujarit due` prints it (terminal, JSON, CSV, iCalendar) and writes one reminder memo per owner from it
/// (``DueLetters``). Declarations and gifts name people: ``withoutPersonalData()`` (through
/// ``PersonalDataAccess``) shows a reader without a reviewing role one line per kind with a count instead.
///
/// Its JSON (`Docs/schemas/due.schema.json`) writes every key, null where there is none (no window end, no owner
/// filter).
public struct DueCalendar: Sendable, Hashable, Codable {
    /// The agency, as the store names it.
    public var agency: String
    /// The day the calendar is judged on: late means due before it.
    public var asOf: CalendarDate
    /// The last day looked ahead to when every kind uses the same days (`--days`); nil when each kind's own
    /// look-ahead from the calendar file applies.
    @JSONNull public var through: CalendarDate?
    /// The owner the calendar was limited to (`--owner`), if any.
    @JSONNull public var owner: String?
    /// The items, by due day, then kind, then reference.
    public var items: [DueItem]
    /// Whether the names of people who owe declarations and gift reports are shown, or only their counts.
    public var view: PersonalDataAccess.View
    /// What it is read from, in Thai, one sentence each.
    public var basis: [String]
    /// What it leaves out and why, in Thai.
    public var omitted: [String]

    /// Creates the value from its parts.
    public init(
        agency: String, asOf: CalendarDate, through: CalendarDate?, owner: String?, items: [DueItem],
        view: PersonalDataAccess.View, basis: [String], omitted: [String]
    ) {
        self.agency = agency
        self.asOf = asOf
        self.through = through
        self.owner = owner
        self.items = items.sorted {
            ($0.due, $0.kind.sortOrder, $0.reference, $0.id) < ($1.due, $1.kind.sortOrder, $1.reference, $1.id)
        }
        self.view = view
        self.basis = basis
        self.omitted = omitted
    }

    /// The items that are late.
    public var late: [DueItem] { items.filter(\.isLate) }

    /// The owners of the items, in order of first appearance, each once.
    public var owners: [DueOwner] {
        var seen = Set<String>()
        return items.map(\.owner).filter { seen.insert($0.key).inserted }
    }

    /// The registers whose records the calendar reads that name people: the file it is written to is
    /// owner-only whenever it holds such an item (``ReportPrivacy/personalData``).
    public static let personalRegisters = [DeclarationsAccess.personalData, GiftLogAccess.personalData]

    /// Who may read a file of it: personal data when it names people who owe declarations or gift reports.
    public var privacy: ReportPrivacy {
        view == .full && items.contains(where: \.kind.isPersonal)
            ? ReportPrivacy(reading: Self.personalRegisters) : .shared
    }
}

extension DueCalendar: PersonalDataRedactable {
    /// The calendar without the people who owe declarations or gift reports: each such kind becomes one line
    /// with how many owe it, due on the earliest of their days, as late as the latest, owned by no one.
    public func withoutPersonalData() -> DueCalendar {
        var items = self.items.filter { !$0.kind.isPersonal }
        for kind in DueItem.Kind.allCases where kind.isPersonal {
            let owed = self.items.filter { $0.kind == kind }
            guard let first = owed.min(by: { $0.due < $1.due }) else { continue }
            let late = owed.filter(\.isLate).count
            items.append(
                DueItem(
                    id: "\(kind.rawValue)-count@\(asOf.formatted(.iso))", kind: kind, reference: "\(owed.count)",
                    title: "\(kind.label.th) \(owed.count) รายการ", detail: "ล่าช้า \(late) รายการ (ไม่แสดงชื่อตาม PDPA)",
                    owner: DueOwner(key: "-", name: "ไม่แสดงชื่อ (PDPA)", department: nil), due: first.due,
                    daysLate: owed.map(\.daysLate).max() ?? 0))
        }
        return DueCalendar(
            agency: agency, asOf: asOf, through: through, owner: owner, items: items, view: .totalsOnly, basis: basis,
            omitted: omitted
                + (items.contains(where: \.kind.isPersonal)
                    ? ["ชื่อผู้ที่ยังไม่ยื่นแบบหรือยังไม่รายงานของขวัญ แสดงเฉพาะผู้ตรวจสอบภายในและนิติกร (PDPA); แสดงเฉพาะจำนวน"]
                    : []))
    }
}

extension DueItem.Kind {
    /// Deadlines of the whole agency first, then what people and units owe.
    var sortOrder: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
