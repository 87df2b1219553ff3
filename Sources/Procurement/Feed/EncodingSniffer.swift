/// Decides a feed's encoding from a bounded prefix of its bytes, and finds a DOCTYPE before any parsing.
///
/// The rule (DOMAIN.md §7.1): a prefix that is valid UTF-8 and contains multi-byte sequences is UTF-8
/// whatever the declaration says, because Thai in Windows-874 (bytes 0xA1–0xFB, mostly without UTF-8
/// continuation bytes after them) essentially never forms valid UTF-8; a prefix that is not valid UTF-8
/// is Windows-874 when the declaration names it or names nothing; an ASCII-only prefix follows the
/// declaration. The decision is handed to libxml2 as an explicit encoding; the file is never rewritten.
struct EncodingSniffer {
    /// The result of sniffing.
    struct Result: Equatable {
        /// The encoding to read the file in.
        var encoding: FeedEncoding
        /// The encoding named in the XML declaration, as written.
        var declared: String?
    }

    /// The bytes examined: the start of the (decompressed) file.
    let prefix: [UInt8]
    /// True when `prefix` is the whole file, so an incomplete UTF-8 sequence at its end is an error.
    let isWholeFile: Bool
    /// The file name for error messages.
    let file: String

    /// Names under which a declaration means Windows-874 (lower case); TIS-620 and ISO-8859-11 are
    /// subsets of it, so reading them as Windows-874 loses nothing.
    static let windows874Names: Set<String> = [
        "windows-874", "windows874", "x-windows-874", "cp874", "x-cp874", "ms874",
        "tis-620", "tis620", "iso-8859-11", "iso8859-11", "iso_8859-11",
    ]

    /// Names under which a declaration means UTF-8 (lower case).
    static let utf8Names: Set<String> = ["utf-8", "utf8"]

    /// Decides the encoding.
    ///
    /// - Throws: ``EGPFeedError`` for UTF-16 and any other encoding e-GP does not use, and for a file that
    ///   declares UTF-8 but whose bytes are not UTF-8 (naming the line and column of the first bad byte).
    func sniff() throws(EGPFeedError) -> Result {
        if startsWith([0xFE, 0xFF]) || startsWith([0xFF, 0xFE]) || startsWith([0x00, 0x3C]) || startsWith([0x3C, 0x00])
        {
            throw EGPFeedError(file: file, line: 1, column: 1, problem: .unsupportedEncoding(declared: "UTF-16"))
        }
        let declaration = declaredEncoding()
        let utf8 = Self.checkUTF8(prefix, allowIncompleteEnd: !isWholeFile)
        let declared = declaration?.name
        let key = declared?.lowercased()

        if let key, Self.windows874Names.contains(key) {
            if case .valid(hasMultibyte: true) = utf8 {
                return Result(encoding: .utf8MisdeclaredAsWindows874, declared: declared)
            }
            return Result(encoding: .windows874Declared, declared: declared)
        }
        if let key, !Self.utf8Names.contains(key) {
            throw EGPFeedError(
                file: file, line: declaration?.line, column: declaration?.column, field: "?xml encoding",
                problem: .unsupportedEncoding(declared: declared ?? ""))
        }
        switch utf8 {
        case .valid:
            return Result(encoding: .utf8, declared: declared)
        case let .invalid(offset):
            if declared == nil {
                return Result(encoding: .windows874Undeclared, declared: nil)
            }
            let position = Self.position(of: offset, in: prefix)
            throw EGPFeedError(
                file: file, line: position.line, column: position.column, problem: .declaredUTF8ButNotUTF8)
        }
    }

    /// The line and column of a `<!DOCTYPE` in the prolog (after the XML declaration, comments and
    /// processing instructions); nil when the prolog ends without one or runs past the prefix, in which
    /// case the reader's own check on libxml2's DOCTYPE node still applies.
    func doctypePosition() -> (line: Int, column: Int)? {
        var index = startsWith([0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < prefix.count {
            let byte = prefix[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if matches("<!--", at: index) {
                guard let end = find("-->", from: index + 4) else { return nil }
                index = end + 3
            } else if matches("<?", at: index) {
                guard let end = find("?>", from: index + 2) else { return nil }
                index = end + 2
            } else if matches("<!DOCTYPE", at: index, ignoringCase: true) {
                return Self.position(of: index, in: prefix)
            } else {
                return nil
            }
        }
        return nil
    }

    /// The `encoding` pseudo-attribute of the XML declaration with its position, if there is one.
    func declaredEncoding() -> (name: String, line: Int, column: Int)? {
        let start = startsWith([0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard matches("<?xml", at: start), start + 5 < prefix.count,
            [0x20, 0x09, 0x0A, 0x0D].contains(prefix[start + 5]),
            let end = find("?>", from: start + 5)
        else { return nil }
        guard let attribute = find("encoding", from: start + 5), attribute < end else { return nil }
        var index = attribute + 8
        func skipSpace() {
            while index < end, [0x20, 0x09, 0x0A, 0x0D].contains(prefix[index]) { index += 1 }
        }
        skipSpace()
        guard index < end, prefix[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpace()
        guard index < end, prefix[index] == UInt8(ascii: "\"") || prefix[index] == UInt8(ascii: "'") else {
            return nil
        }
        let quote = prefix[index]
        let valueStart = index + 1
        guard let valueEnd = prefix[valueStart..<end].firstIndex(of: quote) else { return nil }
        let name = String(decoding: prefix[valueStart..<valueEnd], as: Unicode.ASCII.self)
        let position = Self.position(of: attribute, in: prefix)
        return (name, position.line, position.column)
    }

    /// Whether bytes are valid UTF-8.
    enum UTF8Check: Equatable {
        /// Valid; `hasMultibyte` when at least one character needs more than one byte.
        case valid(hasMultibyte: Bool)
        /// Invalid at this byte offset.
        case invalid(offset: Int)
    }

    /// Checks `bytes` against the UTF-8 definition (no overlong forms, surrogates or values past
    /// U+10FFFF); with `allowIncompleteEnd`, a sequence cut off by the end of the prefix is accepted.
    static func checkUTF8(_ bytes: [UInt8], allowIncompleteEnd: Bool) -> UTF8Check {
        var index = 0
        var hasMultibyte = false
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return .invalid(offset: index)
            }
            for step in 1..<length {
                guard index + step < bytes.count else {
                    return allowIncompleteEnd ? .valid(hasMultibyte: hasMultibyte) : .invalid(offset: index)
                }
                let byte = bytes[index + step]
                let (min, max) = step == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                guard byte >= min, byte <= max else { return .invalid(offset: index) }
            }
            hasMultibyte = true
            index += length
        }
        return .valid(hasMultibyte: hasMultibyte)
    }

    /// The 1-based line and column of byte `offset`, counting a character as one byte that is not a UTF-8
    /// continuation byte (the text before a first invalid byte is valid UTF-8 or ASCII).
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// True when the prefix starts with `bytes`.
    private func startsWith(_ bytes: [UInt8]) -> Bool {
        prefix.count >= bytes.count && Array(prefix[0..<bytes.count]) == bytes
    }

    /// True when the ASCII `text` occurs at `index`.
    private func matches(_ text: String, at index: Int, ignoringCase: Bool = false) -> Bool {
        let needle = Array(text.utf8)
        guard index >= 0, index + needle.count <= prefix.count else { return false }
        for (offset, expected) in needle.enumerated() {
            var actual = prefix[index + offset]
            if ignoringCase, actual >= 0x61, actual <= 0x7A { actual -= 0x20 }
            if actual != expected { return false }
        }
        return true
    }

    /// The index of the first occurrence of the ASCII `text` at or after `start`.
    private func find(_ text: String, from start: Int) -> Int? {
        var index = start
        let count = text.utf8.count
        while index + count <= prefix.count {
            if matches(text, at: index) { return index }
            index += 1
        }
        return nil
    }
}
