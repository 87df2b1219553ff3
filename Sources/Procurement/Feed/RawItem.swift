import Sujarit

/// The text fields of one `<item>` as collected from the XML, before interpretation.
///
/// Kept apart from the libxml2 loop so that the rules for reading an item can be tested on plain strings.
struct RawItem {
    /// A field's text and the line its start tag is on.
    struct Field {
        var text: String
        var line: Int
    }

    /// The line of the `<item>` start tag.
    var line: Int
    /// The fields the reader keeps; other children (`guid`, anything new) are skipped unread.
    var title, link, description, pubDate: Field?

    /// The elements collected into a ``RawItem``.
    static let fieldNames: Set<String> = ["title", "link", "description", "pubDate"]

    /// The field named `name`, one of ``fieldNames`` (nil for any other name).
    subscript(field name: String) -> Field? {
        get {
            switch name {
            case "title": title
            case "link": link
            case "description": description
            case "pubDate": pubDate
            default: nil
            }
        }
        set {
            switch name {
            case "title": title = newValue
            case "link": link = newValue
            case "description": description = newValue
            case "pubDate": pubDate = newValue
            default: break
            }
        }
    }

    /// What an item turns into.
    enum Outcome {
        /// A usable announcement.
        case announcement(EGPAnnouncement)
        /// No project id: counted, not returned.
        case withoutID
        /// A project id of neither known shape: counted, not returned.
        case unrecognizedID(String)
    }

    /// Interprets the fields, following DOMAIN.md §7.1.
    ///
    /// - Throws: ``EGPFeedError`` naming the field and its line for a description without two commas, an
    ///   unknown announcement type, or a missing or impossible `pubDate`.
    func interpret(
        file: String, recognizer: FieldRecognizer = FieldRecognizer(), warn: (EGPFeedWarning) -> Void
    ) throws(EGPFeedError) -> Outcome {
        func failure(_ name: String, _ problem: EGPFeedError.Problem) -> EGPFeedError {
            EGPFeedError(file: file, line: self[field: name]?.line ?? line, field: name, problem: problem)
        }

        let description = FeedText.collapsingWhitespace(self.description?.text ?? "")
        if description.isEmpty {
            warn(EGPFeedWarning(
                kind: .itemWithoutID, line: line,
                message: "the item has no description, so no project id; it was skipped."))
            return .withoutID
        }
        guard let parts = Self.splitDescription(description) else {
            throw failure("description", .malformedDescription(text: description))
        }
        guard let type = recognizer.type(parts.type) else {
            throw failure("description", .unknownAnnouncementType(name: parts.type))
        }
        let idText = FeedText.trimmed(parts.id)
        if idText.isEmpty {
            warn(EGPFeedWarning(
                kind: .itemWithoutID, line: line,
                message: "the item (\(type.code)) has no project id; it was skipped."))
            return .withoutID
        }
        guard let projectID = ProjectID(idText) else {
            warn(EGPFeedWarning(
                kind: .unrecognizedProjectID, line: line,
                message: "project id '\(idText)' is neither 11 digits nor P/M and 11 digits; the item was skipped."))
            return .unrecognizedID(idText)
        }

        guard let pubDate, !FeedText.trimmed(pubDate.text).isEmpty else {
            throw failure("pubDate", .missingField)
        }
        let published = try Self.parsePubDate(pubDate.text, failure: { failure("pubDate", $0) })

        let linkText = FeedText.trimmed(self.link?.text ?? "")
        let link = linkText.isEmpty ? nil : EGPLink(url: linkText)
        if let link, link.reference == nil {
            warn(EGPFeedWarning(
                kind: .linkWithoutReference, line: self.link?.line ?? line,
                message: "the link has no templateId, fileId or legacy projectId; the announcement is "
                    + "identified by its URL instead."))
        }

        return .announcement(EGPAnnouncement(
            projectID: projectID,
            method: recognizer.method(parts.method),
            type: type,
            title: FeedText.collapsingWhitespace(title?.text ?? ""),
            link: link,
            published: published,
            sourceDescription: description,
            line: line))
    }

    /// Splits `"<projectId>, <method>, <type>"` at the first two commas only, so a comma inside the type
    /// (or anything after it) stays in the type; nil when there are fewer than two commas.
    static func splitDescription(_ text: String) -> (id: String, method: String, type: String)? {
        let comma = UInt8(ascii: ",")
        let bytes = text.utf8
        guard let first = bytes.firstIndex(of: comma),
              let second = bytes[bytes.index(after: first)...].firstIndex(of: comma)
        else { return nil }
        // A comma is ASCII, so both indices fall on character boundaries.
        let id = String(text[..<first])
        let method = String(text[text.utf8.index(after: first)..<second])
        let type = String(text[text.utf8.index(after: second)...])
        return (id, FeedText.trimmed(method), FeedText.trimmed(type))
    }

    /// Reads `YYYY-MM-DD` (Christian era, Thai digits allowed) and nothing else.
    static func parsePubDate(
        _ text: String, failure: (EGPFeedError.Problem) -> EGPFeedError
    ) throws(EGPFeedError) -> CalendarDate {
        let shown = FeedText.trimmed(text)
        let digits = Array(FeedText.arabicDigits(shown).utf8)
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
              [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(digits[$0]) })
        else {
            throw failure(.invalidDate(text: shown, reason: "pubDate must be written YYYY-MM-DD"))
        }
        let number = { (range: Range<Int>) in range.reduce(0) { $0 * 10 + Int(digits[$1] - 0x30) } }
        let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
        if year >= 2400 {
            throw failure(.invalidDate(
                text: shown,
                reason: "\(year) looks like a Buddhist-era year, but pubDate uses Christian-era years "
                    + "(\(year) BE = \(year - 543) CE)"))
        }
        guard (1...12).contains(month) else {
            throw failure(.invalidDate(text: shown, reason: "there is no month \(month)"))
        }
        let length = CalendarDate.daysInMonth(month, year: year)
        guard (1...length).contains(day), let date = try? CalendarDate(year: year, month: month, day: day) else {
            throw failure(.invalidDate(
                text: shown, reason: "month \(month) of \(year) has \(length) days, so day \(day) does not exist"))
        }
        return date
    }
}
