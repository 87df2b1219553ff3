/// Windows-874 (cp874, Microsoft's superset of TIS-620) decoded to UTF-8 by a 256-entry table, so that
/// libxml2 is always handed UTF-8 and never goes through iconv.
///
/// The mapping is Microsoft's (the same as glibc's `CP874` and Python's `cp874`; a test compares all 256
/// bytes with iconv): ASCII as itself, 0xA1–0xDA and 0xDF–0xFB the Thai block U+0E01–U+0E5B, 0xA0 a
/// no-break space, eleven punctuation marks in 0x80–0x97, and 31 bytes left unassigned. An unassigned byte
/// stops decoding there, so that the reader can name its exact line and column.
enum Windows874 {
    /// For each byte: the UTF-8 bytes of its character in the low 24 bits (first byte lowest, so that a
    /// little-endian store writes them in order) and their count in the top 8 bits; 0 when unassigned.
    static let table: [UInt32] = (0...255).map { byte in
        guard let scalar = scalar(for: UInt8(byte)) else { return 0 }
        var packed: UInt32 = 0
        var count: UInt32 = 0
        for unit in String(scalar).utf8 {
            packed |= UInt32(unit) << (8 * count)
            count += 1
        }
        return packed | count << 24
    }

    /// The character Windows-874 gives `byte`, or nil for the 31 bytes it leaves unassigned.
    static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        switch byte {
        case 0x00...0x7F: Unicode.Scalar(byte)
        case 0x80: "\u{20AC}" // €
        case 0x85: "\u{2026}" // …
        case 0x91: "\u{2018}"
        case 0x92: "\u{2019}"
        case 0x93: "\u{201C}"
        case 0x94: "\u{201D}"
        case 0x95: "\u{2022}" // bullet
        case 0x96: "\u{2013}" // en dash
        case 0x97: "\u{2014}" // em dash
        case 0xA0: "\u{00A0}"
        case 0xA1...0xDA, 0xDF...0xFB: Unicode.Scalar(0x0E01 + UInt32(byte - 0xA1))
        default: nil
        }
    }

    /// The UTF-8 bytes of a character that did not fit in the previous output, written first next time.
    struct Carry {
        /// The bytes still to write, next one lowest.
        var bytes: UInt32 = 0
        /// How many there are (0–2).
        var count = 0
    }

    /// How far one ``decode(_:into:carry:)`` call got.
    struct Progress {
        /// Input bytes consumed.
        var read = 0
        /// Output bytes written.
        var written = 0
        /// Line feeds among the consumed input bytes.
        var lineFeeds = 0
        /// True when decoding stopped at `input[read]` because Windows-874 does not assign it.
        var stoppedAtUnassignedByte = false
    }

    /// Decodes `input` into `output` until the input is used up, the output is full or an unassigned byte
    /// comes; a character whose UTF-8 only partly fits is finished from `carry` on the next call.
    ///
    /// The input goes eight bytes at a time while the output has room for the worst case (three bytes a
    /// byte): a word of ASCII (the markup, digits, URLs) is copied whole, any other word byte by byte, one
    /// table load and one four-byte store each, which is why the output is written in place rather than
    /// appended. The last few bytes go one at a time with every bound checked.
    static func decode(
        _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer, carry: inout Carry
    ) -> Progress {
        var progress = Progress()
        guard let destination = output.baseAddress, output.count > 0 else { return progress }
        var written = 0
        let room = output.count
        while carry.count > 0, written < room {
            destination.storeBytes(of: UInt8(truncatingIfNeeded: carry.bytes), toByteOffset: written, as: UInt8.self)
            carry.bytes >>= 8
            carry.count -= 1
            written += 1
        }
        guard carry.count == 0, let source = input.baseAddress else {
            progress.written = written
            return progress
        }
        let length = input.count
        var read = 0, lineFeeds = 0
        table.withUnsafeBufferPointer { table in
            let table = table.baseAddress!
            // Eight bytes in, at most 24 out, plus one byte of slack for the last four-byte store.
            words: while read &+ 8 <= length, written &+ 25 <= room {
                let word = UInt64(littleEndian: source.loadUnaligned(fromByteOffset: read, as: UInt64.self))
                lineFeeds &+= LineFeeds.count(in: word)
                if word & 0x8080_8080_8080_8080 == 0 {
                    destination.storeBytes(of: word.littleEndian, toByteOffset: written, as: UInt64.self)
                    read &+= 8
                    written &+= 8
                    continue
                }
                for shift in stride(from: 0, to: 64, by: 8) {
                    let entry = table[Int(truncatingIfNeeded: word >> UInt64(shift) & 0xFF)]
                    if entry == 0 {
                        // Recount the line feeds before the unassigned byte only.
                        lineFeeds &-= LineFeeds.count(in: (word >> UInt64(shift)) << UInt64(shift))
                        progress.stoppedAtUnassignedByte = true
                        break words
                    }
                    destination.storeBytes(of: entry.littleEndian, toByteOffset: written, as: UInt32.self)
                    read &+= 1
                    written &+= Int(truncatingIfNeeded: entry >> 24)
                }
            }
            while !progress.stoppedAtUnassignedByte, read < length, written < room {
                let byte = source.load(fromByteOffset: read, as: UInt8.self)
                let entry = table[Int(byte)]
                let count = Int(entry >> 24)
                if count == 0 {
                    progress.stoppedAtUnassignedByte = true
                    break
                }
                // Near the end of the output: write what fits and carry the rest of the character.
                let fits = min(count, room - written)
                for index in 0..<fits {
                    let unit = UInt8(truncatingIfNeeded: entry >> (8 * index))
                    destination.storeBytes(of: unit, toByteOffset: written + index, as: UInt8.self)
                }
                carry = Carry(bytes: (entry & 0xFF_FFFF) >> (8 * fits), count: count - fits)
                lineFeeds &+= byte == 0x0A ? 1 : 0
                read &+= 1
                written &+= fits
                if carry.count > 0 { break }
            }
        }
        progress.read = read
        progress.written = written
        progress.lineFeeds = lineFeeds
        return progress
    }
}
