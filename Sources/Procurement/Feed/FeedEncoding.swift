/// The character encoding a feed file turned out to use, and how that relates to what the file declares.
///
/// e-GP serves its feed as Windows-874 (cp874, the Microsoft superset of TIS-620) and says so in the XML
/// declaration, but the copies users keep have often been re-saved: as UTF-8 with the declaration updated,
/// as UTF-8 with the old `windows-874` declaration left in place, or as cp874 with the declaration lost.
/// ``EGPFeedReader`` decides from the bytes themselves (see ``EGPFeedReader`` for the rule), decodes
/// Windows-874 itself and hands libxml2 UTF-8, and reports the case here so that a user can see why a
/// file was read as it was.
public enum FeedEncoding: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// Windows-874 bytes with a matching declaration (`windows-874`, `cp874`, `tis-620` or `iso-8859-11`):
    /// the feed exactly as e-GP serves it.
    case windows874Declared
    /// UTF-8 bytes, declared UTF-8 or not declared at all (UTF-8 is XML's default).
    case utf8
    /// Bytes that are not UTF-8 and no encoding declared: read as Windows-874, the only other encoding
    /// e-GP has ever used.
    case windows874Undeclared
    /// UTF-8 bytes whose declaration still says Windows-874, as left behind when an editor re-saves the
    /// file as UTF-8 without touching the declaration: the declaration is overridden and the file is read
    /// as UTF-8.
    case utf8MisdeclaredAsWindows874

    /// One sentence for the user saying what was found and what the reader did about it.
    public var description: String {
        switch self {
        case .windows874Declared:
            "Windows-874 (Thai), as declared: the file as e-GP serves it."
        case .utf8:
            "UTF-8."
        case .windows874Undeclared:
            "No encoding declared and the bytes are not UTF-8: read as Windows-874 (Thai), e-GP's own encoding."
        case .utf8MisdeclaredAsWindows874:
            "Declared windows-874 but the bytes are UTF-8 (the file was re-saved without updating the "
                + "declaration): read as UTF-8."
        }
    }

    /// True when the file's declaration did not describe its bytes and the reader chose otherwise; the
    /// summary then carries a warning so that the user can repair the file if other tools must read it.
    public var overridesDeclaration: Bool {
        switch self {
        case .windows874Declared, .utf8: false
        case .windows874Undeclared, .utf8MisdeclaredAsWindows874: true
        }
    }

    /// The name shown to users: `Windows-874` or `UTF-8`.
    var displayName: String {
        switch self {
        case .windows874Declared, .windows874Undeclared: "Windows-874"
        case .utf8, .utf8MisdeclaredAsWindows874: "UTF-8"
        }
    }

    /// True when the bytes are Windows-874, which ``FeedSource`` decodes to UTF-8 by table before libxml2
    /// sees them (libxml2 is always handed UTF-8).
    var isWindows874: Bool {
        switch self {
        case .windows874Declared, .windows874Undeclared: true
        case .utf8, .utf8MisdeclaredAsWindows874: false
        }
    }
}
