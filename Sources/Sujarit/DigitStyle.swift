/// Which digits a formatter writes: Arabic (0–9) or Thai (๐–๙).
///
/// Thai official documents often use Thai digits, while spreadsheets and terminals expect Arabic ones, so
/// every `formatted` method in Sujarit lets the caller choose.
public enum DigitStyle: String, Sendable, Hashable, Codable, CaseIterable {
    /// Arabic digits 0–9, the default everywhere.
    case arabic
    /// Thai digits ๐–๙, as in formal Thai documents.
    case thai
}
