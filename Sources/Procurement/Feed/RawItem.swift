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

    /// The field for `tag`, one of the four item fields (nil for any other tag): the reader's form of
    /// ``subscript(field:)``, without comparing names.
    subscript(field tag: FeedSession.Tag) -> Field? {
        get {
            switch tag {
            case .title: title
            case .link: link
            case .description: description
            case .pubDate: pubDate
            default: nil
            }
        }
        set {
            switch tag {
            case .title: title = newValue
            case .link: link = newValue
            case .description: description = newValue
            case .pubDate: pubDate = newValue
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
            warn(
                EGPFeedWarning(
                    kind: .itemWithoutID, line: line,
                    message: "the item has no description, so no project id; it was skipped."))
            return .withoutID
        }
        guard let parts = Self.recognizeDescription(description, recognizer: recognizer) else {
            throw failure("description", .malformedDescription(text: description))
        }
        guard let type = parts.type else {
            throw failure("description", .unknownAnnouncementType(name: Self.splitDescription(description)!.type))
        }
        var idText = parts.id
        var idSource = EGPAnnouncement.ProjectIDSource.description
        if idText.isEmpty {
            // Older items carry the id only in their legacy ShowHTMLFile link: read there, and say so.
            guard let fromLink = legacyLinkProjectID() else {
                warn(
                    EGPFeedWarning(
                        kind: .itemWithoutID, line: line,
                        message: "the item (\(type.code)) has no project id; it was skipped."))
                return .withoutID
            }
            (idText, idSource) = (fromLink, .link)
        }
        guard let projectID = EGPProjectID(idText) else {
            let place = idSource == .link ? "project id '\(idText)' in the link" : "project id '\(idText)'"
            warn(
                EGPFeedWarning(
                    kind: .unrecognizedProjectID, line: line,
                    message: "\(place) is neither 11 digits nor P/M and 11 digits; the item was skipped."))
            return .unrecognizedID(idText)
        }

        guard let pubDate, !FeedText.trimmed(pubDate.text).isEmpty else {
            throw failure("pubDate", .missingField)
        }
        let published = try Self.parsePubDate(pubDate.text, failure: { failure("pubDate", $0) })

        let linkText = FeedText.trimmed(self.link?.text ?? "")
        let link = linkText.isEmpty ? nil : EGPLink(url: linkText)
        if let link, link.reference == nil {
            warn(
                EGPFeedWarning(
                    kind: .linkWithoutReference, line: self.link?.line ?? line,
                    message: "the link has no templateId, fileId or legacy projectId; the announcement is "
                        + "identified by its URL instead."))
        }

        return .announcement(
            EGPAnnouncement(
                projectID: projectID,
                method: parts.method,
                type: type,
                title: FeedText.collapsingWhitespace(title?.text ?? ""),
                link: link,
                published: published,
                sourceDescription: description,
                line: line,
                projectIDSource: idSource))
    }

    /// The `projectId` of the item's link when it is a legacy `procsearch.sch` link (the `ShowHTMLFile`
    /// page of an announcement), nil for any other link or none: only read for an item whose
    /// description has no id, so the usual item never pays for it.
    func legacyLinkProjectID() -> String? {
        let text = FeedText.trimmed(link?.text ?? "")
        guard !text.isEmpty, case let .legacyProject(projectID, _, _)? = EGPDocumentReference(url: text) else {
            return nil
        }
        return projectID
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

    /// ``splitDescription(_:)`` with the id trimmed and the method and type recognised, on the UTF-8 bytes:
    /// the method and type texts become `String`s only the first time each is seen. `text` must already
    /// have its whitespace collapsed (``FeedText/collapsingWhitespace(_:)``), so the only whitespace left
    /// is single ASCII spaces and trimming bytes equals trimming characters. Nil without two commas.
    static func recognizeDescription(
        _ text: String, recognizer: FieldRecognizer
    ) -> (id: String, method: ProcurementMethod?, type: AnnouncementType?)? {
        var text = text
        return text.withUTF8 { bytes in
            let comma = UInt8(ascii: ",")
            guard let first = bytes.firstIndex(of: comma),
                let second = bytes[(first + 1)...].firstIndex(of: comma)
            else { return nil }
            func trimmed(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
                var lower = range.lowerBound, upper = range.upperBound
                while lower < upper, bytes[lower] == 0x20 { lower += 1 }
                while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
                return UnsafeBufferPointer(rebasing: bytes[lower..<upper])
            }
            let id = String(decoding: trimmed(0..<first), as: UTF8.self)
            let method = recognizer.method(bytes: trimmed((first + 1)..<second))
            let type = recognizer.type(bytes: trimmed((second + 1)..<bytes.count))
            return (id, method, type)
        }
    }

    /// Reads `YYYY-MM-DD` (Christian era, Thai digits allowed) and nothing else.
    static func parsePubDate(
        _ text: String, failure: (EGPFeedError.Problem) -> EGPFeedError
    ) throws(EGPFeedError) -> CalendarDate {
        if let (year, month, day) = asciiDate(text), year < 2400, (1...12).contains(month),
            (1...CalendarDate.daysInMonth(month, year: year)).contains(day),
            let date = try? CalendarDate(year: year, month: month, day: day)
        {
            return date // the usual case; anything else goes the long way, which words the error
        }
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
            throw failure(
                .invalidDate(
                    text: shown,
                    reason: "\(year) looks like a Buddhist-era year, but pubDate uses Christian-era years "
                        + "(\(year) BE = \(year - 543) CE)"))
        }
        guard (1...12).contains(month) else {
            throw failure(.invalidDate(text: shown, reason: "there is no month \(month)"))
        }
        let length = CalendarDate.daysInMonth(month, year: year)
        guard (1...length).contains(day), let date = try? CalendarDate(year: year, month: month, day: day) else {
            throw failure(
                .invalidDate(
                    text: shown, reason: "month \(month) of \(year) has \(length) days, so day \(day) does not exist"))
        }
        return date
    }

    /// Year, month and day of exactly ten ASCII bytes `DDDD-DD-DD` (no whitespace, no Thai digits), else nil.
    private static func asciiDate(_ text: String) -> (Int, Int, Int)? {
        var text = text
        return text.withUTF8 { bytes -> (Int, Int, Int)? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var valid = true
            func number(_ range: Range<Int>) -> Int {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) &- 0x30
                    if digit < 0 || digit > 9 { valid = false }
                    value = value &* 10 &+ digit
                }
                return value
            }
            let fields = (number(0..<4), number(5..<7), number(8..<10))
            return valid ? fields : nil
        }
    }
}
