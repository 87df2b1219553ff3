import Crypto
import Foundation

/// A SHA-256 digest in the log's hash chain, shown as 64 lowercase hex digits.
public struct EventHash: Hashable, Sendable, CustomStringConvertible, Codable {
    /// The 32 bytes of the digest.
    public let bytes: [UInt8]

    /// The `previousHash` of the first event in a log.
    public static let genesis = EventHash(unchecked: [UInt8](repeating: 0, count: 32))

    private init(unchecked bytes: [UInt8]) { self.bytes = bytes }

    /// Wraps 32 stored bytes; returns nil for any other length (a damaged row).
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 32 else { return nil }
        self.bytes = Array(bytes)
    }

    /// Parses 64 hex digits.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 64 else { return nil }
        var bytes = [UInt8]()
        bytes.reserveCapacity(32)
        for index in stride(from: 0, to: 64, by: 2) {
            guard let high = Self.nibble(utf8[index]), let low = Self.nibble(utf8[index + 1]) else { return nil }
            bytes.append(high << 4 | low)
        }
        self.bytes = bytes
    }

    public var description: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first 12 hex digits, enough to tell hashes apart in a table.
    public var short: String { String(description.prefix(12)) }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let hash = EventHash(hex: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not a SHA-256 hex digest: \(text)"))
        }
        self = hash
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// The chain's hash function: SHA-256 over the previous hash and a canonical encoding of one event.
///
/// The encoding is length-prefixed and field-ordered, so no two different events share an encoding, and it
/// uses only integers and UTF-8 so both backends compute the same digest from what they store: times are
/// whole microseconds since 1970 UTC, never floating point.
public enum EventHasher {
    /// The fields of one event in the form they are hashed.
    public struct Fields: Sendable {
        public var sequence: Int64
        public var streamID: String
        public var streamVersion: Int
        public var type: String
        public var schemaVersion: Int
        public var occurredAtMicros: Int64
        public var recordedAtMicros: Int64
        public var actor: String
        public var payload: Data
        public var dedupeKey: String?

        public init(
            sequence: Int64, streamID: String, streamVersion: Int, type: String, schemaVersion: Int,
            occurredAtMicros: Int64, recordedAtMicros: Int64, actor: String, payload: Data, dedupeKey: String?
        ) {
            self.sequence = sequence
            self.streamID = streamID
            self.streamVersion = streamVersion
            self.type = type
            self.schemaVersion = schemaVersion
            self.occurredAtMicros = occurredAtMicros
            self.recordedAtMicros = recordedAtMicros
            self.actor = actor
            self.payload = payload
            self.dedupeKey = dedupeKey
        }
    }

    /// Bumped if the encoding below ever changes; it is the first thing hashed.
    static let domainTag = Array("sujarit-event-v1".utf8)

    /// The hash of `fields` chained after `previous`.
    public static func hash(_ fields: Fields, after previous: EventHash) -> EventHash {
        var encoder = Encoder()
        return encoder.hash(
            sequence: fields.sequence, streamID: fields.streamID, streamVersion: fields.streamVersion,
            type: fields.type,
            schemaVersion: fields.schemaVersion, occurredAtMicros: fields.occurredAtMicros,
            recordedAtMicros: fields.recordedAtMicros, actor: fields.actor, payload: fields.payload,
            dedupeKey: fields.dedupeKey, after: previous
        )
    }

    /// Writes the canonical encoding into one reusable buffer and hashes it with a single SHA-256 call.
    ///
    /// The digest is the same as feeding the parts to SHA-256 one by one; building the bytes first is what
    /// makes appending and verifying a million events cheap (the store keeps one encoder per batch or walk).
    struct Encoder {
        private var buffer: [UInt8] = []

        init() { buffer.reserveCapacity(512) }

        mutating func hash(
            sequence: Int64, streamID: String, streamVersion: Int, type: String, schemaVersion: Int,
            occurredAtMicros: Int64, recordedAtMicros: Int64, actor: String, payload: some DataProtocol,
            dedupeKey: String?, after previous: EventHash
        ) -> EventHash {
            start(after: previous)
            integer(sequence)
            text(streamID.utf8)
            integer(Int64(streamVersion))
            text(type.utf8)
            integer(Int64(schemaVersion))
            integer(occurredAtMicros)
            integer(recordedAtMicros)
            text(actor.utf8)
            integer(Int64(payload.count))
            for region in payload.regions { region.withUnsafeBytes { buffer.append(contentsOf: $0) } }
            if let dedupeKey {
                integer(1)
                text(dedupeKey.utf8)
            } else {
                integer(0)
            }
            return finish()
        }

        /// The same hash from the bytes of the text fields as stored (a row being verified), so the walk
        /// hashes exactly what is in the log without building strings.
        mutating func hash(
            sequence: Int64, streamID: UnsafeRawBufferPointer, streamVersion: Int64, type: UnsafeRawBufferPointer,
            schemaVersion: Int64, occurredAtMicros: Int64, recordedAtMicros: Int64, actor: UnsafeRawBufferPointer,
            payload: UnsafeRawBufferPointer, dedupeKey: UnsafeRawBufferPointer?, after previous: EventHash
        ) -> EventHash {
            start(after: previous)
            integer(sequence)
            text(streamID)
            integer(streamVersion)
            text(type)
            integer(schemaVersion)
            integer(occurredAtMicros)
            integer(recordedAtMicros)
            text(actor)
            text(payload)
            if let dedupeKey {
                integer(1)
                text(dedupeKey)
            } else {
                integer(0)
            }
            return finish()
        }

        private mutating func start(after previous: EventHash) {
            buffer.removeAll(keepingCapacity: true)
            buffer.append(contentsOf: EventHasher.domainTag)
            buffer.append(contentsOf: previous.bytes)
        }

        private func finish() -> EventHash {
            SHA256.hash(data: buffer).withUnsafeBytes { EventHash(bytes: $0)! }
        }

        private mutating func integer(_ value: Int64) {
            withUnsafeBytes(of: UInt64(bitPattern: value).bigEndian) { buffer.append(contentsOf: $0) }
        }

        /// A length-prefixed run of bytes: UTF-8 text, or the payload.
        private mutating func text(_ bytes: some Collection<UInt8>) {
            integer(Int64(bytes.count))
            buffer.append(contentsOf: bytes)
        }
    }
}

/// Whole microseconds since 1970 UTC: how the store keeps instants, exactly, in both backends.
public enum Microseconds {
    /// The instant rounded to the nearest microsecond.
    public static func from(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000_000).rounded())
    }

    /// The instant for a stored microsecond count.
    public static func date(_ micros: Int64) -> Date {
        Date(timeIntervalSince1970: Double(micros) / 1_000_000)
    }
}
