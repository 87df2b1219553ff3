extension CodingUserInfoKey {
    /// Set (to `true`) by the encoder of what commands print for scripts (`Presentation.JSONOutput`), never by
    /// the encoder of event payloads.
    ///
    /// Why: a few values are stored as strings to stay exact (an ITA score is `"93.17"`, hundredths kept
    /// whole) while scripts want them as the numbers they are. A type reads this key in `encode(to:)` to
    /// write its number for scripts and its stored string everywhere else, so payload bytes never change.
    public static let scriptOutput = CodingUserInfoKey(rawValue: "sujarit.scriptOutput")!
}
