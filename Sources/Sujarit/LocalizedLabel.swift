/// A short text in Thai and English, such as a status name or a column heading.
///
/// Every label Sujarit shows is stored in both languages side by side, so reports can be written in Thai
/// and the same data read in English without a separate translation table. Encodes as `{"th": …, "en": …}`.
public struct LocalizedLabel: Sendable, Hashable, Codable {
    /// The Thai text.
    public var th: String
    /// The English text.
    public var en: String

    /// Creates a label from its Thai and English texts.
    public init(th: String, en: String) {
        self.th = th
        self.en = en
    }

    /// Returns the text in the given language.
    public func text(_ language: Language) -> String {
        switch language {
        case .th: th
        case .en: en
        }
    }
}
