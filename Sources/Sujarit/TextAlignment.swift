/// Where text sits inside a wider column: against its start, its end, or in the middle.
///
/// Used by ``Swift/String/padded(toWidth:alignment:)`` to lay out terminal tables: names leading, amounts
/// trailing, headings centred.
public enum TextAlignment: String, Sendable, Hashable, Codable, CaseIterable {
    /// Text at the start, padding after it.
    case leading
    /// Text at the end, padding before it (for numbers and amounts).
    case trailing
    /// Text in the middle; when the padding is odd the extra space goes after it.
    case center
}
