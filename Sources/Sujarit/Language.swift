/// A language the workbench can show its labels in.
///
/// Sujarit is Thai-first: Thai is the language of the documents it produces, English is offered for
/// readers and reviewers who need it. The raw values are the ISO 639-1 codes, usable in options and files.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// Thai (ภาษาไทย).
    case th
    /// English.
    case en
}
