/// Counting line feeds eight bytes at a time, for the line numbers of the reader's own errors: the stream
/// counts every line feed it hands to libxml2, so this runs over the whole file.
enum LineFeeds {
    /// The number of 0x0A bytes in `bytes`.
    static func count(in bytes: UnsafeRawBufferPointer) -> Int {
        guard let start = bytes.baseAddress else { return 0 }
        var total = 0, index = 0
        let length = bytes.count
        while index &+ 8 <= length {
            total &+= count(in: start.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index &+= 8
        }
        while index < length {
            if start.load(fromByteOffset: index, as: UInt8.self) == 0x0A { total &+= 1 }
            index &+= 1
        }
        return total
    }

    /// The number of 0x0A bytes in `word` (any bytes): XOR turns each into 0, and the top bit of a byte of
    /// the result is then clear exactly when the byte is 0 (masking before the addition keeps carries
    /// inside each byte). Most words hold no line feed, so the bits are only counted when there is one.
    @inline(__always)
    static func count(in word: UInt64) -> Int {
        let x = word ^ 0x0A0A_0A0A_0A0A_0A0A
        let zeros = ~(((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x) & 0x8080_8080_8080_8080
        return zeros == 0 ? 0 : zeros.nonzeroBitCount
    }
}
