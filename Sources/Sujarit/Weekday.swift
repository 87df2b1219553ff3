/// A day of the week, numbered like Foundation's `Calendar` (1 = Sunday … 7 = Saturday).
///
/// Thai documents name the weekday in formal dates (วันศุกร์ที่ 21 มิถุนายน 2567), and deadlines may need
/// to skip weekends, so ``CalendarDate/weekday`` returns this type rather than a bare number.
public enum Weekday: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Sunday, วันอาทิตย์.
    case sunday = 1
    /// Monday, วันจันทร์.
    case monday
    /// Tuesday, วันอังคาร.
    case tuesday
    /// Wednesday, วันพุธ.
    case wednesday
    /// Thursday, วันพฤหัสบดี.
    case thursday
    /// Friday, วันศุกร์.
    case friday
    /// Saturday, วันเสาร์.
    case saturday

    /// True for Saturday and Sunday, the days Thai government offices are closed.
    public var isWeekend: Bool {
        self == .saturday || self == .sunday
    }

    /// The weekday's name in Thai (`วันศุกร์`) and English (`Friday`).
    public var label: LocalizedLabel {
        switch self {
        case .sunday: LocalizedLabel(th: "วันอาทิตย์", en: "Sunday")
        case .monday: LocalizedLabel(th: "วันจันทร์", en: "Monday")
        case .tuesday: LocalizedLabel(th: "วันอังคาร", en: "Tuesday")
        case .wednesday: LocalizedLabel(th: "วันพุธ", en: "Wednesday")
        case .thursday: LocalizedLabel(th: "วันพฤหัสบดี", en: "Thursday")
        case .friday: LocalizedLabel(th: "วันศุกร์", en: "Friday")
        case .saturday: LocalizedLabel(th: "วันเสาร์", en: "Saturday")
        }
    }
}
