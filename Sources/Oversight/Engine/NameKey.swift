import Sujarit

/// ``PartyReference/normalize(_:)`` for names written in ASCII and Thai, without the String machinery.
///
/// Matching suppliers by name is the rules' hottest step at national scale (a few hundred thousand distinct
/// names), and `normalize` works on grapheme clusters with Unicode property look-ups for every scalar. Names
/// made only of ASCII and Thai-block scalars — nearly all of e-GP's — are normalised here on an array of
/// scalar values, following `normalize` step by step; anything else (another script, a non-breaking space,
/// a Thai mark right after a legal-form word, where grapheme boundaries would differ) goes to `normalize`
/// itself. `NameKeyTests` checks that both give the same key over a large corpus of generated names.
///
/// The word lists repeat `PartyReference`'s (they are internal to its module); the tests compare the two
/// on names built from every word, so a word added there and not here fails them.
enum NameKey {
    /// The key of `name`, as ``PartyReference/normalize(_:)`` gives it.
    static func normalize(_ name: String) -> String {
        fast(name) ?? PartyReference.normalize(name)
    }

    static let firmPrefixes: [[UInt32]] = [
        "ห้างหุ้นส่วนจำกัด", "ห้างหุ้นส่วนสามัญ", "ห้างหุ้นส่วน", "บริษัทมหาชนจำกัด", "บริษัท",
        "หจก.", "หจก", "บจก.", "บจก", "บมจ.", "บมจ", "หสน.",
    ].map(scalars)

    static let firmSuffixes: [[UInt32]] = [
        "public company limited", "company limited", "co., ltd.", "co.,ltd.", "co., ltd", "co.,ltd", "co. ltd.",
        "co.ltd.", "limited partnership", "(มหาชน)", "มหาชน", "จำกัด", "limited", "ltd.", "ltd", "pcl.", "pcl",
        "inc.", "inc", "l.p.", "จก.",
    ].map(scalars)

    static let personalTitles: [[UInt32]] = [
        "นางสาว", "น.ส.", "นาง", "นาย", "mrs.", "mrs ", "mr.", "mr ", "ms.", "ms ", "miss ",
    ].map(scalars)

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// Whether each scalar of the Thai block (U+0E00–U+0E7F) survives the final filter (alphabetic, numeric
    /// or a mark), read from the same Unicode properties `normalize` reads.
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

    static func isASCIIWhitespace(_ value: UInt32) -> Bool { value == 0x20 || (0x09...0x0D).contains(value) }

    /// The key, or nil when the name needs the general path.
    static func fast(_ name: String) -> String? {
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
            if isASCIIWhitespace(value) {
                pendingSpace = !text.isEmpty
                continue
            }
            if pendingSpace { text.append(0x20) }
            pendingSpace = false
            text.append(value)
        }

        // strip: legal-form words before and after the name, repeatedly, in the lists' order.
        var start = 0, end = text.count
        var foundFirmWord = false
        func hasPrefix(_ word: [UInt32]) -> Bool {
            end - start >= word.count && text[start..<(start + word.count)].elementsEqual(word)
        }
        func trim() {
            while start < end, isASCIIWhitespace(text[start]) { start += 1 }
            while end > start, isASCIIWhitespace(text[end - 1]) { end -= 1 }
        }
        var changed = true
        while changed {
            changed = false
            for word in firmPrefixes where hasPrefix(word) {
                // A mark right after the word would make the grapheme differ: let normalize decide.
                if start + word.count < end, extendsGrapheme(text[start + word.count]) { return nil }
                start += word.count
                trim()
                foundFirmWord = true
                changed = true
            }
            for word in firmSuffixes
            where end - start >= word.count && text[(end - word.count)..<end].elementsEqual(word) {
                end -= word.count
                trim()
                foundFirmWord = true
                changed = true
            }
        }
        if !foundFirmWord, let title = personalTitles.first(where: hasPrefix) {
            if start + title.count < end, extendsGrapheme(text[start + title.count]) { return nil }
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
                kept = thaiKept[Int(value - 0x0E00)]
            }
            if kept { key.append(Unicode.Scalar(value)!) }
        }
        return String(key)
    }
}
