import Crypto

/// A store's secret for opaque stream ids and dedupe keys: 32 random bytes, recorded once in the store's
/// log (in a personal-data stream, so only reviewers see it), from which ``token(for:)`` derives the same
/// token for the same natural id every time.
///
/// Why keyed: the log's `stream_id` and `dedupe_key` columns are read by more people than its payloads (an
/// extract, an index, a login whose row-level policy hides personal payloads). A natural id such as
/// `67119000333-e-bidding-member-rusdee` names who declared on which project; a bare SHA-256 of it would
/// not hide that, since staff ids, roles and project numbers are few and guessable, and anyone could hash
/// every combination and compare. HMAC-SHA256 under a per-store random key cannot be recomputed without
/// the key, and the key sits where the payloads (which name the person anyway) sit.
public struct StreamTokenKey: Sendable, Hashable, CustomStringConvertible {
    /// The 32 secret bytes.
    public let bytes: [UInt8]

    /// How many hex digits of the HMAC a token keeps: 96 bits, so two natural ids of one agency never share
    /// a token in practice, while a stream id stays short enough to read in a table.
    public static let tokenLength = 24

    /// Wraps 32 stored bytes; nil for any other length.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        self.bytes = Array(bytes)
    }

    /// Parses the 64 lowercase or uppercase hex digits ``hex`` writes; nil for anything else.
    public init?(hex: String) {
        guard let parsed = EventHash(hex: hex) else { return nil }
        self.bytes = parsed.bytes
    }

    /// A new key of 32 bytes from the system's cryptographic random source.
    public static func random() -> StreamTokenKey {
        var generator = SystemRandomNumberGenerator()
        return StreamTokenKey(bytes: (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })!
    }

    /// The key as 64 hex digits, the form recorded in the log.
    public var hex: String { EventHash(bytes: bytes)!.description }

    /// Never the key itself, so a key printed by mistake (a log line, an error) gives nothing away.
    public var description: String { "StreamTokenKey(hidden)" }

    /// The opaque token for `naturalID`: the first ``tokenLength`` hex digits of HMAC-SHA256(key, UTF-8 of
    /// the id). The same id gives the same token under the same key, so lookups by the id people type work.
    public func token(for naturalID: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array(naturalID.utf8), using: SymmetricKey(data: bytes))
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(Self.tokenLength)
        for byte in mac.prefix(Self.tokenLength / 2) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
