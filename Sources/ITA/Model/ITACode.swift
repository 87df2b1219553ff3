import Sujarit

/// One of the ITA's three instruments.
public enum ITAInstrument: String, Sendable, Hashable, Codable, CaseIterable {
    /// Internal stakeholders' perception (staff survey), questions I1, I2, …
    case iit = "IIT"
    /// External stakeholders' perception (service users' survey), questions E1, E2, …
    case eit = "EIT"
    /// Open data on the agency's website, items O1, O2, …
    case oit = "OIT"

    /// The letter its codes start with.
    public var letter: Character {
        switch self {
        case .iit: "I"
        case .eit: "E"
        case .oit: "O"
        }
    }

    /// The instrument's name as the NACC's forms write it.
    public var label: LocalizedLabel {
        switch self {
        case .iit:
            LocalizedLabel(
                th: "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", en: "Internal Integrity and Transparency Assessment (IIT)")
        case .eit:
            LocalizedLabel(
                th: "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", en: "External Integrity and Transparency Assessment (EIT)")
        case .oit:
            LocalizedLabel(
                th: "การเปิดเผยข้อมูลสาธารณะ (OIT)", en: "Open Data Integrity and Transparency Assessment (OIT)")
        }
    }

    /// The instrument a code belongs to, from its letter.
    public init?(code: String) {
        guard let letter = code.first, let found = Self.allCases.first(where: { $0.letter == letter }) else {
            return nil
        }
        self = found
    }
}

/// Reading and ordering ITA codes (`I25`, `E6`, `O34`).
public enum ITACode {
    /// Normalises a code as people type it: Thai digits, lower case, spaces (`i ๒๕` → `I25`) and the Thai
    /// zero some documents type for `O` (`๐๓๙` → `O39`). Returns nil unless it is a letter among `letters`
    /// followed by a number from 1 to 99.
    public static func normalize(_ text: String, letters: Set<Character> = ["I", "E", "O"]) -> String? {
        var value = text.replacingOccurrences(of: " ", with: "")
        if value.hasPrefix("๐"), value.count >= 3 { value = "O" + value.dropFirst() }
        value = ThaiDigits.toArabic(value).uppercased()
        guard let letter = value.first, letters.contains(letter) else { return nil }
        let digits = value.dropFirst()
        guard (1...2).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let number = Int(digits), number > 0
        else {
            return nil
        }
        return "\(letter)\(number)"
    }

    /// Expands `I1-I6` (also `I1–I6`) to `I1…I6`, or reads a single code; nil when either end is not a code
    /// of the same letter or the range runs backwards.
    public static func expand(_ text: String) -> [String]? {
        let parts = text.replacingOccurrences(of: "–", with: "-").split(separator: "-").map(String.init)
        guard parts.count == 2 else { return normalize(text).map { [$0] } }
        guard let first = normalize(parts[0]), let last = normalize(parts[1]), first.first == last.first,
            let from = Int(first.dropFirst()), let to = Int(last.dropFirst()), from <= to
        else { return nil }
        return (from...to).map { "\(first.first!)\($0)" }
    }

    /// Writes codes compactly, runs of consecutive numbers as ranges: `O27–O29, O31–O38, O40`.
    public static func compact(_ codes: [String]) -> String {
        let sorted = Array(Set(codes)).sorted(by: precedes)
        var parts: [String] = []
        var index = 0
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count, sorted[end + 1].first == sorted[index].first,
                let a = Int(sorted[end].dropFirst()), let b = Int(sorted[end + 1].dropFirst()), b == a + 1
            {
                end += 1
            }
            parts.append(
                end - index >= 2 ? "\(sorted[index])–\(sorted[end])" : sorted[index...end].joined(separator: ", "))
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }

    /// Orders codes as people read them: IIT, then EIT, then OIT, each by number (I2 before I10).
    public static func precedes(_ a: String, _ b: String) -> Bool {
        let order: [Character: Int] = ["I": 0, "E": 1, "O": 2]
        let ka = (order[a.first ?? "Z"] ?? 9, Int(a.dropFirst()) ?? 0)
        let kb = (order[b.first ?? "Z"] ?? 9, Int(b.dropFirst()) ?? 0)
        return ka < kb
    }
}
