import Foundation

/// Makes the texts a read repeats once: the same bytes give the same `String` (one allocation, shared), found by
/// hashing the cell's bytes instead of allocating and checking a new `String` for every row.
///
/// Why: a page of the procurement read model repeats its department's Thai name, its methods, statuses and
/// suppliers on every row; made per row they were about a fifth of reading a national walk (allocation, UTF-8
/// checking, and releasing them again). The table is direct-mapped with a fixed number of slots, a newer text
/// replacing an older one in its slot, so memory stays the same whatever the number of rows. Columns whose texts
/// do not repeat (titles, ids) stop being looked up after a short trial, so they cost what they cost before.
struct TextInterner {
    /// Slots in the table, a power of two: enough for a page's distinct repeated texts.
    static let slotCount = 1_024
    /// Texts shorter than this are kept inside the `String` value itself (no allocation), so making one costs
    /// less than looking it up.
    static let smallest = 16
    /// Texts longer than this (titles, descriptions) seldom repeat and would cost most to hash.
    static let longest = 256
    /// How many texts of a column are looked up before deciding whether the column repeats.
    static let trial = 64
    /// How many texts a read makes directly before setting up the table: a look-up of a few rows is not worth
    /// the table's allocation.
    static let warmUp = 64

    /// Texts that could have been looked up before the table was set up.
    private var seen = 0
    private var hashes: [UInt64] = []
    private var strings: [String] = []
    /// Per column of the current statement: lookups made, and how many found their text.
    private var lookups: [Int] = []
    private var hits: [Int] = []

    init() {}

    /// Starts a statement with `columns` columns: each column gets a new trial; the table is kept, so a text
    /// another statement of the same read made is found again.
    mutating func startStatement(columns: Int) {
        lookups = Array(repeating: 0, count: columns)
        hits = Array(repeating: 0, count: columns)
    }

    /// The text of `bytes` (a TEXT cell of `column`), made once for bytes that repeat.
    mutating func text(_ bytes: UnsafeRawBufferPointer, column: Int) -> String {
        guard bytes.count >= Self.smallest, bytes.count <= Self.longest, column < lookups.count,
            lookups[column] < Self.trial || hits[column] * 4 >= lookups[column]
        else { return String(decoding: bytes, as: UTF8.self) }
        if strings.isEmpty {
            seen += 1
            if seen <= Self.warmUp { return String(decoding: bytes, as: UTF8.self) }
            hashes = Array(repeating: 0, count: Self.slotCount)
            strings = Array(repeating: "", count: Self.slotCount)
        }
        lookups[column] += 1
        let hash = Self.hash(bytes)
        let slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
        if hashes[slot] == hash, Self.equal(strings[slot], bytes) {
            hits[column] += 1
            return strings[slot]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        hashes[slot] = hash
        strings[slot] = text
        return text
    }

    /// Whether `text`'s UTF-8 is exactly `bytes`.
    private static func equal(_ text: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { stored in
            stored.count == bytes.count && memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } ?? false
    }

    /// A 64-bit hash of `bytes`, eight at a time (not for untrusted keys: a collision only costs a lookup).
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 31
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        hash = (hash ^ tail) &* 0x94D0_49BB_1331_11EB
        return hash ^ hash >> 32
    }
}
