/// What one register declares about personal data: which of its stream categories hold it and how much of
/// their events names a person, which of its streams name no one, and which fields of its payloads and
/// rows are personal.
///
/// Each register states this once, in a small file of its own (`DeclarationsAccess.personalData`,
/// `GiftLogAccess.personalData`, `RedFlagAccess.personalData`); ``PersonalDataAccess``, built from these
/// declarations, is the one policy every output goes through. A register that starts writing a new stream
/// category classifies it here, and its tests fail until it does (every category its events use must be
/// in ``categories`` or ``otherCategories``).
public struct PersonalDataDeclaration: Sendable, Hashable {
    /// The register, for the record and for messages.
    public var register: String
    /// Its stream categories that hold personal data.
    public var categories: [PersonalDataCategory]
    /// Its stream categories that name no one (configuration, policies): shown to every reader.
    public var otherCategories: Set<String>
    /// The payload and row fields that name a person (JSON keys, figure names): what a reader without a
    /// reviewing role never sees, whatever the output.
    public var fields: Set<String>
    /// Its read-model tables whose every row names a person: on a shared PostgreSQL server only the agency's
    /// reviewers may select them.
    public var tables: Set<String>

    /// Declares `register`'s personal data.
    public init(
        register: String, categories: [PersonalDataCategory], otherCategories: Set<String> = [], fields: Set<String>,
        tables: Set<String> = []
    ) {
        self.register = register
        self.categories = categories
        self.otherCategories = otherCategories
        self.fields = fields
        self.tables = tables
    }

    /// The stream categories a shared PostgreSQL server shows to reviewers only (and to whoever recorded the
    /// event): those whose whole events name people, except the ones every person's own commands must read.
    public var serverHiddenCategories: Set<String> {
        Set(categories.filter { $0.exposure == .wholeEvent && !$0.readByEveryone }.map(\.category))
    }

    /// Whether the declaration says anything about `category`, personal or not.
    public func classifies(_ category: String) -> Bool {
        otherCategories.contains(category) || categories.contains { $0.category == category }
    }
}

/// A stream category whose events hold personal data, and how much of such an event a viewer without a
/// reviewing role may see.
public struct PersonalDataCategory: Sendable, Hashable {
    /// How much of an event names a person.
    public enum Exposure: Sendable, Hashable {
        /// Only the payload (and the dedupe key built from it) names people: the stream, the event type and
        /// who recorded it may be shown. A committee's stream is the e-GP project number; a flag's is its id.
        case payload
        /// The whole event does: the stream id holds a staff id (`coi/67119000333-e-bidding-member-rusdee`),
        /// the event type says what the person did (`RecusalRecorded`), and the one who recorded it is often
        /// the person (a declarant signs her own declaration, a recipient logs his own gift).
        case wholeEvent
    }

    /// The stream category, e.g. `coi`.
    public var category: String
    /// What its streams hold, for the record.
    public var register: String
    /// How much of its events names a person.
    public var exposure: Exposure
    /// Whether every person's own commands must read its events (outputs still hide them from non-reviewers):
    /// a key every declarant needs to address their own declaration, which names no one itself.
    public var readByEveryone: Bool

    /// Declares `category` as holding personal data.
    public init(_ category: String, register: String, exposure: Exposure, readByEveryone: Bool = false) {
        self.category = category
        self.register = register
        self.exposure = exposure
        self.readByEveryone = readByEveryone
    }
}

/// A value an output prints that can name people, and knows how it reads without them: a flag's evidence,
/// the O33 report, a read-model check's example rows.
///
/// The register that owns the type decides what is personal in it (its ``PersonalDataDeclaration``'s
/// fields); ``PersonalDataAccess/visible(_:)`` decides who sees it. Commands print what the policy returns.
public protocol PersonalDataRedactable {
    /// The value with everything that names a person left out, as a reader without a reviewing role sees it.
    func withoutPersonalData() -> Self
}
