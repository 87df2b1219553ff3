extension PartyReference {
    /// ``normalize(_:)`` for names written in ASCII and Thai, on scalar values instead of characters; nil
    /// when the name needs ``characterKey(_:)``.
    ///
    /// Why: every contract row's winner, every bidder and every declared party is keyed by its name, and the
    /// rule over grapheme clusters with a Unicode property look-up per scalar was a fifth of a `rebuild` of
    /// 100,000 contracts (Benchmarks/RESULTS.md). This follows ``characterKey(_:)`` step by step on the
    /// scalars of the ASCII and Thai blocks, with the same word lists; a name with any other scalar (another
    /// script, a non-breaking space), or a Thai mark right after a legal-form word or title (where the
    /// grapheme boundary would differ), gives nil. `PartyReferenceTests` checks both give the same key over
    /// a corpus built from every word.
    static func scalarKey(_ name: String) -> String? {
        // prepared: Arabic digits, lower case, SARA AM composed, white space runs made one space and trimmed.
        var raw: [UInt32] = []
        raw.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            var value = scalar.value
            if value < 0x80 {
                if value >= 0x41, value <= 0x5A { value += 0x20 }
            } else if value >= 0x0E00, value <= 0x0E7F {
                if value >= 0x0E50, value <= 0x0E59 { value = value - 0x0E50 + 0x30 }
            } else {
                return nil
            }
            if value == 0x0E32, raw.last == 0x0E4D {
                raw[raw.count - 1] = 0x0E33
                continue
            }
            raw.append(value)
        }
        var text: [UInt32] = []
        text.reserveCapacity(raw.count)
        var pendingSpace = false
        for value in raw {
            if ScalarWords.isWhitespace(value) {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingSpace { text.append(0x20) }
            pendingSpace = false
            text.append(value)
        }

        // strip: legal-form words before and after the name, repeatedly, in the lists' order.
        var start = 0
        var end = text.count
        var foundFirmWord = false
        func hasPrefix(_ word: [UInt32]) -> Bool {
            end - start >= word.count && text[start..<(start + word.count)].elementsEqual(word)
        }
        func trim() {
            while start < end, ScalarWords.isWhitespace(text[start]) { start += 1 }
            while end > start, ScalarWords.isWhitespace(text[end - 1]) { end -= 1 }
        }
        var changed = true
        while changed {
            changed = false
            for word in ScalarWords.firmPrefixes where hasPrefix(word) {
                // A mark right after the word would make the grapheme differ: the character rule decides.
                if start + word.count < end, ScalarWords.extendsGrapheme(text[start + word.count]) { return nil }
                start += word.count
                trim()
                foundFirmWord = true
                changed = true
            }
            for word in ScalarWords.firmSuffixes
            where end - start >= word.count && text[(end - word.count)..<end].elementsEqual(word) {
                end -= word.count
                trim()
                foundFirmWord = true
                changed = true
            }
        }
        if !foundFirmWord, let title = ScalarWords.personalTitles.first(where: hasPrefix) {
            if start + title.count < end, ScalarWords.extendsGrapheme(text[start + title.count]) { return nil }
            start += title.count
            trim()
        }

        // The final filter: letters, digits and marks only.
        var key = String.UnicodeScalarView()
        for value in text[start..<end] {
            let kept: Bool
            if value < 0x80 {
                kept = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
            } else {
                kept = ScalarWords.thaiKept[Int(value - 0x0E00)]
            }
            if kept, let scalar = Unicode.Scalar(value) { key.append(scalar) }
        }
        return String(key)
    }
}

/// ``PartyReference``'s word lists as scalar values, and what the scalar path needs to know of the Thai block.
private enum ScalarWords {
    static let firmPrefixes = PartyReference.firmPrefixes.map(scalars)
    static let firmSuffixes = PartyReference.firmSuffixes.map(scalars)
    static let personalTitles = PartyReference.personalTitles.map(scalars)

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// Whether each scalar of the Thai block (U+0E00–U+0E7F) survives the final filter (alphabetic, numeric
    /// or a mark), read from the same Unicode properties ``PartyReference/characterKey(_:)`` reads.
    static let thaiKept: [Bool] = (0x0E00...0x0E7F).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
            || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
    }

    /// Thai scalars that join the character before them into one grapheme (marks and SARA AM).
    static func extendsGrapheme(_ value: UInt32) -> Bool {
        value == 0x0E31 || value == 0x0E33 || (0x0E34...0x0E3A).contains(value) || (0x0E47...0x0E4E).contains(value)
    }

    /// The white space `prepared` splits on, within ASCII (the only white space the scalar path lets through).
    static func isWhitespace(_ value: UInt32) -> Bool { value == 0x20 || (0x09...0x0D).contains(value) }
}
