import Foundation

extension CalendarDate: Codable {
    /// Decodes the ISO 8601 form `YYYY-MM-DD` (CE year) and nothing else, so stored data stays canonical.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy(\.isASCIIDigits)
        else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "'\(text)' is not an ISO date; expected YYYY-MM-DD with a CE year, e.g. 2024-11-26.")
        }
        do {
            self = try CalendarDate(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)': \(error.localizedDescription)")
        }
    }

    /// Encodes the ISO 8601 form, e.g. `"2024-11-26"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted(.iso))
    }
}
