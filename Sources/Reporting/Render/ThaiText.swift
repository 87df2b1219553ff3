import Foundation
import Sujarit

/// How values read in a report: Buddhist-era dates with Thai month names, and Arabic or Thai digits.
public struct ThaiText: Sendable {
    /// Which digits numbers, dates and codes are written in.
    public var digits: DigitStyle

    public init(digits: DigitStyle = .arabic) { self.digits = digits }

    /// `30 กันยายน 2568`, as the body of official documents writes it.
    public func long(_ day: CalendarDate?) -> String { day?.formatted(.thaiLong) ?? "" }

    /// `30 ก.ย. 2568`, for tables.
    public func medium(_ day: CalendarDate?) -> String { day?.formatted(.thaiMedium) ?? "" }

    /// An instant as an official in Thailand reads it: `24 พ.ย. 2569 21:05`.
    public func instant(_ date: Date) -> String {
        let seconds = Int((date.timeIntervalSince1970 + Double(CalendarDate.bangkokSecondsFromGMT)).rounded(.down))
        let secondsOfDay = ((seconds % 86_400) + 86_400) % 86_400
        let hours = secondsOfDay / 3600, minutes = secondsOfDay % 3600 / 60
        return
            """
            \(CalendarDate(date).formatted(.thaiMedium)) \
            \(hours < 10 ? "0" : "")\(hours):\(minutes < 10 ? "0" : "")\(minutes) น.
            """
    }

    /// Keys whose values are markup, colours or class names, never text to localise.
    static let rawKeys: Set<String> = [
        "css", "emblem", "color", "textColor", "statusClass", "trendClass", "kind", "bodyClass",
    ]

    /// `view` with every text value's digits in this style, leaving markup, colours, and the ids and codes of
    /// ``CodedText`` values alone.
    public func localize(_ view: [String: Any]) -> [String: Any] {
        guard digits == .thai else { return view }
        return Self.localize(view) as! [String: Any]
    }

    private static func localize(_ value: Any, key: String? = nil) -> Any {
        if let key, rawKeys.contains(key) || key.hasSuffix("SVG") { return value }
        switch value {
        // Ids and codes keep the digits they are typed with, marked (`CodedText`) or quoted in running text.
        case let text as String: return ThaiDigits.toThaiKeepingCodes(text)
        case let coded as CodedText: return coded.mapText(ThaiDigits.toThaiKeepingCodes)
        case let dictionary as [String: Any]:
            return Dictionary(uniqueKeysWithValues: dictionary.map { ($0.key, localize($0.value, key: $0.key)) })
        case let array as [Any]: return array.map { localize($0) }
        default: return value
        }
    }
}
