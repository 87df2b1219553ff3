/// A person or firm as another record names it — the party of a declared interest, the giver of a gift,
/// the winner of a contract — and the rule for telling whether two such mentions are the same party.
///
/// Registers are kept apart, so a declaration, a gift entry and an e-GP contract can only be set side by
/// side through what they say about the party: its 13-digit tax id when both sides give one, otherwise its
/// name, compared after ``normalize(_:)`` strips what people write differently (บริษัท … จำกัด, หจก.,
/// (มหาชน), titles, spaces, case, Thai digits). Encodes as `{"name": …, "taxID": …}`.
public struct PartyReference: Sendable, Hashable, Codable {
    /// The name as written, kept verbatim for display.
    public var name: String
    /// The validated tax id (เลขประจำตัวผู้เสียภาษี / เลขนิติบุคคล), when the record gives one.
    public var taxID: TaxID?

    /// Creates a reference from a name and an optional validated tax id.
    public init(name: String, taxID: TaxID? = nil) {
        self.name = name
        self.taxID = taxID
    }

    /// The name reduced to the form used for matching; see ``normalize(_:)``.
    public var normalizedName: String { Self.normalize(name) }

    /// Whether the two mentions name the same party.
    ///
    /// With a tax id on both sides the ids decide (two firms may share a name; one firm never has two ids).
    /// Otherwise the normalised names must be equal and not empty. The same test written in SQL over read
    /// models that store `tax_id` and `name_key` columns is:
    /// `(a.tax_id IS NOT NULL AND b.tax_id IS NOT NULL AND a.tax_id = b.tax_id) OR
    ///  ((a.tax_id IS NULL OR b.tax_id IS NULL) AND a.name_key <> '' AND a.name_key = b.name_key)`.
    public func matches(_ other: PartyReference) -> Bool {
        if let mine = taxID, let theirs = other.taxID { return mine == theirs }
        let key = normalizedName
        return !key.isEmpty && key == other.normalizedName
    }

    /// True when the mention looks like a juristic person: a tax id starting with 0, or a company or
    /// partnership word in the name. Used to default a party's kind; people can say otherwise.
    public var looksLikeFirm: Bool {
        if let taxID { return taxID.isJuristicPerson }
        return Self.strip(Self.prepared(name)).foundFirmWord
    }

    /// The name with legal-form words, personal titles, spaces, punctuation and case removed, and Thai
    /// digits made Arabic: `บริษัท ก่อสร้างรุ่งเรือง จำกัด (มหาชน)`, `บมจ.ก่อสร้างรุ่งเรือง` and
    /// `ก่อสร้าง รุ่งเรือง` all give `ก่อสร้างรุ่งเรือง`; `นายสมชาย ใจดี` gives `สมชายใจดี`.
    ///
    /// Personal titles are removed only from names without a company word, so that a firm called
    /// `หจก. นางรองวัสดุ` keeps its `นาง`. A name made only of such words gives the empty string, which
    /// matches nothing.
    ///
    /// Names made only of ASCII and Thai-block scalars (nearly all of e-GP's) take a path on scalar values
    /// (`scalarKey`), the same steps without the grapheme machinery; anything else takes the rule as written,
    /// over characters (`characterKey`). Both give the same key.
    public static func normalize(_ name: String) -> String {
        scalarKey(name) ?? characterKey(name)
    }

    /// ``normalize(_:)`` over grapheme clusters and Unicode properties: the rule's definition, for any script.
    static func characterKey(_ name: String) -> String {
        let stripped = strip(prepared(name))
        return String(
            String.UnicodeScalarView(
                stripped.text.unicodeScalars.filter { scalar in
                    let properties = scalar.properties
                    return properties.isAlphabetic || properties.numericType != nil
                        || properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark
                }))
    }

    /// Company and partnership words written before the name, longest first so that a shorter word is
    /// not removed from inside a longer one.
    static let firmPrefixes = [
        "ห้างหุ้นส่วนจำกัด", "ห้างหุ้นส่วนสามัญ", "ห้างหุ้นส่วน", "บริษัทมหาชนจำกัด", "บริษัท",
        "หจก.", "หจก", "บจก.", "บจก", "บมจ.", "บมจ", "หสน.",
    ]

    /// Company words written after the name, longest first.
    static let firmSuffixes = [
        "public company limited", "company limited", "co., ltd.", "co.,ltd.", "co., ltd", "co.,ltd", "co. ltd.",
        "co.ltd.", "limited partnership", "(มหาชน)", "มหาชน", "จำกัด", "limited", "ltd.", "ltd", "pcl.", "pcl",
        "inc.", "inc", "l.p.", "จก.",
    ]

    /// Personal titles, longest first; removed only from names that carry no company word.
    static let personalTitles = ["นางสาว", "น.ส.", "นาง", "นาย", "mrs.", "mrs ", "mr.", "mr ", "ms.", "ms ", "miss "]

    /// Lower case, Arabic digits, the decomposed SARA AM of PDF text (`จํากัด`) composed again, and
    /// runs of white space made single spaces.
    static func prepared(_ name: String) -> String {
        let composed = ThaiDigits.toArabic(name).lowercased()
            .replacingAll("\u{0E4D}\u{0E32}", with: "\u{0E33}")
        return composed.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
            .map { String(String.UnicodeScalarView($0)) }
            .joined(separator: " ")
    }

    /// The name without its legal-form words (and, for a non-firm, its title), and whether any firm word
    /// was found.
    static func strip(_ prepared: String) -> (text: String, foundFirmWord: Bool) {
        var text = prepared
        var foundFirmWord = false
        var changed = true
        while changed {
            changed = false
            for prefix in firmPrefixes where text.hasPrefix(prefix) {
                text = String(text.dropFirst(prefix.count)).trimmingWhitespace
                foundFirmWord = true
                changed = true
            }
            for suffix in firmSuffixes where text.hasSuffix(suffix) {
                text = String(text.dropLast(suffix.count)).trimmingWhitespace
                foundFirmWord = true
                changed = true
            }
        }
        if !foundFirmWord, let title = personalTitles.first(where: { text.hasPrefix($0) }) {
            text = String(text.dropFirst(title.count)).trimmingWhitespace
        }
        return (text, foundFirmWord)
    }
}

/// Whether a party is a natural person or a firm (juristic person), as declarations and gift entries say.
public enum PartyKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A natural person (บุคคลธรรมดา).
    case person
    /// A company, partnership or other juristic person (นิติบุคคล).
    case firm

    /// บุคคลธรรมดา / นิติบุคคล with the English word.
    public var label: LocalizedLabel {
        switch self {
        case .person: LocalizedLabel(th: "บุคคลธรรมดา", en: "person")
        case .firm: LocalizedLabel(th: "นิติบุคคล", en: "firm")
        }
    }
}

extension String {
    /// Every occurrence of the scalar sequence `target` replaced, compared scalar by scalar: a lone Thai
    /// mark is not a `Character` of its own inside a word, so grapheme-based replacing would miss it.
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        let pattern = Array(target.unicodeScalars)
        let scalars = Array(unicodeScalars)
        guard !pattern.isEmpty, scalars.count >= pattern.count else { return self }
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if index + pattern.count <= scalars.count, Array(scalars[index..<index + pattern.count]) == pattern {
                result.append(contentsOf: replacement.unicodeScalars)
                index += pattern.count
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }
}
