import Sujarit

/// What makes a ``FlagID``: `RF`, four digits (an agency's flags run into the thousands a year) and
/// ``OversightError/invalidFlagID(_:)``.
public enum FlagIDKind: YearNumberedKind {
    /// `RF`.
    public static let prefix = "RF"
    /// Four: `RF-2568-0001`.
    public static let minimumDigits = 4
    /// ``OversightError/invalidFlagID(_:)``.
    public static func invalidID(_ text: String) -> any Error { OversightError.invalidFlagID(text) }
}

/// A red flag's id, `RF-2568-0001`: the fiscal year the flag is about and its number within that year.
public typealias FlagID = YearNumberedID<FlagIDKind>
