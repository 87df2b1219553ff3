import Sujarit

extension EGPProjectID {
    /// Reads the e-GP number of the procurement a declaration or a committee is for (`--project`, a
    /// declarations file), with Thai or Arabic digits.
    ///
    /// The same reading as ``EGPProjectID/init(parsing:)``; only the error differs, naming the `--project`
    /// option the clerk typed it in.
    /// - Throws: ``DeclarationsError/invalidProject(_:)`` when it is not 11 digits or `P`/`M` and 11 digits.
    public init(projectNumber text: String) throws(DeclarationsError) {
        guard let id = EGPProjectID(text) else { throw .invalidProject(text) }
        self = id
    }
}
