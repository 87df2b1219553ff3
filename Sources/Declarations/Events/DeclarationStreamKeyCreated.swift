import EventStore
import Foundation

/// The store's secret for opaque declaration streams was created: from now on a declaration's stream is
/// `coi/<token>`, the token a keyed hash of its id (``StreamTokenKey``), so the log's stream ids and dedupe
/// keys no longer carry a staff id.
///
/// Recorded once per store, in `coi-key/store` (a personal-data stream: only reviewers see it), in the same
/// append as the first declaration (or red-flag run) that needs it, expecting no stream, so two first
/// declarations at once conflict instead of creating two keys. The key is part of the hash chain, so it can
/// never be swapped unnoticed; losing it is impossible without losing the log itself.
public struct DeclarationStreamKeyCreated: DomainEvent, Hashable {
    public static let eventType = "DeclarationStreamKeyCreated"

    /// The 32 secret bytes as 64 hex digits.
    public var key: String
    /// How tokens are derived from it, so a later scheme can be told apart: ``currentScheme``.
    public var scheme: String

    /// The scheme ``StreamTokenKey/token(for:)`` implements.
    public static let currentScheme = "hmac-sha256-hex24"

    public init(key: StreamTokenKey) {
        self.key = key.hex
        self.scheme = Self.currentScheme
    }
}
