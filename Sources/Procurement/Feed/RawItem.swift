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
    /// `title`, `link`, `description`, `pubDate` (and any other child) by element name.
    var fields: [String: Field] = [:]

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
    func interpret(file: String, warn: (EGPFeedWarning) -> Void) throws(EGPFeedError) -> Outcome {
        func failure(_ name: String, _ problem: EGPFeedError.Problem) -> EGPFeedError {
            EGPFeedError(file: file, line: fields[name]?.line ?? line, field: name, problem: problem)
        }

        let description = FeedText.collapsingWhitespace(fields["description"]?.text ?? "")
        if description.isEmpty {
            warn(EGPFeedWarning(
                kind: .itemWithoutID, line: line,
                message: "the item has no description, so no project id; it was skipped."))
            return .withoutID
        }
        guard let parts = Self.splitDescription(description) else {
            throw failure("description", .malformedDescription(text: description))
        }
        guard let type = AnnouncementType(thaiName: parts.type) else {
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

        guard let pubDate = fields["pubDate"], !FeedText.trimmed(pubDate.text).isEmpty else {
            throw failure("pubDate", .missingField)
        }
        let published = try Self.parsePubDate(pubDate.text, failure: { failure("pubDate", $0) })

        let linkText = FeedText.trimmed(fields["link"]?.text ?? "")
        let link = linkText.isEmpty ? nil : EGPLink(url: linkText)
        if let link, link.reference == nil {
            warn(EGPFeedWarning(
                kind: .linkWithoutReference, line: fields["link"]?.line ?? line,
                message: "the link has no templateId, fileId or legacy projectId; the announcement is "
                    + "identified by its URL instead."))
        }

        return .announcement(EGPAnnouncement(
            projectID: projectID,
            method: ProcurementMethod.recognize(parts.method),
            type: type,
            title: FeedText.collapsingWhitespace(fields["title"]?.text ?? ""),
            link: link,
            published: published,
            sourceDescription: description,
            line: line))
    }

    /// Splits `"<projectId>, <method>, <type>"` at the first two commas only, so a comma inside the type
    /// (or anything after it) stays in the type; nil when there are fewer than two commas.
    static func splitDescription(_ text: String) -> (id: String, method: String, type: String)? {
        let parts = text.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        return (String(parts[0]), FeedText.trimmed(String(parts[1])), FeedText.trimmed(String(parts[2])))
    }

    /// Reads `YYYY-MM-DD` (Christian era, Thai digits allowed) and nothing else.
    static func parsePubDate(
        _ text: String, failure: (EGPFeedError.Problem) -> EGPFeedError
    ) throws(EGPFeedError) -> CalendarDate {
        let shown = FeedText.trimmed(text)
        let parts = FeedText.arabicDigits(shown).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else {
            throw failure(.invalidDate(text: shown, reason: "pubDate must be written YYYY-MM-DD"))
        }
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
