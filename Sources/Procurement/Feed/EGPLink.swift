/// The `link` of a feed item: the URL as given and the e-GP document it points at.
///
/// The URL changes with e-GP's hosts and paths over the years, while the document reference inside it
/// does not, so announcements are identified by the ``reference`` (see
/// ``EGPAnnouncement/fingerprint``) and the URL is kept only to be shown and opened.
public struct EGPLink: Sendable, Hashable, Codable {
    /// The URL exactly as the feed gave it (surrounding whitespace removed).
    public var url: String
    /// The document the URL points at, or nil when the URL has none of the known shapes.
    public var reference: EGPDocumentReference?

    /// Keeps `url` and extracts its document reference.
    public init(url: String) {
        self.url = url
        self.reference = EGPDocumentReference(url: url)
    }
}

/// The e-GP document an announcement's link points at: a generated PDF, an uploaded file, or a page of the
/// legacy procurement search.
public enum EGPDocumentReference: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `…/egp-template-service/dwnt/view-pdf-file?templateId=<uuid>`: a PDF e-GP generated from a
    /// template. The UUID is stored in lower case.
    case template(String)
    /// `…/downloadFileTest?fileId=<32 hex digits>`: a file the agency uploaded. Stored in lower case.
    case file(String)
    /// `…procsearch.sch?…&projectId=<id>&templateType=W2&temp_Announ=A…`: a legacy search page, identified
    /// by the project id with the template type and announcement number when present.
    case legacyProject(projectID: String, templateType: String?, announcement: String?)

    /// Finds the reference in a link URL; nil when it has none of the three known shapes.
    ///
    /// Query keys are matched without regard to case, and a key written `amp;projectId` (a link whose `&`
    /// was escaped twice) is read as `projectId`. A `templateId` must be a UUID and a `fileId` 32
    /// hexadecimal digits, so a truncated link yields no reference rather than a wrong one.
    public init?(url: String) {
        let query = Self.queryItems(of: url)
        if let value = query["templateid"], let uuid = Self.normalizedUUID(value) {
            self = .template(uuid)
        } else if let value = query["fileid"], let hex = Self.normalizedHex(value, length: 32) {
            self = .file(hex)
        } else if url.lowercased().contains("procsearch.sch"), let project = query["projectid"],
                  !project.isEmpty {
            self = .legacyProject(
                projectID: FeedText.arabicDigits(project),
                templateType: query["templatetype"].flatMap { $0.isEmpty ? nil : $0 },
                announcement: query["temp_announ"].flatMap { $0.isEmpty ? nil : $0 })
        } else {
            return nil
        }
    }

    /// A canonical one-line form used in fingerprints: `template:<uuid>`, `file:<hex>` or
    /// `legacy:<projectId>:<templateType>:<announcement>` (`-` for a missing part).
    public var canonical: String {
        switch self {
        case let .template(uuid): "template:\(uuid)"
        case let .file(hex): "file:\(hex)"
        case let .legacyProject(project, type, announcement):
            "legacy:\(project):\(type ?? "-"):\(announcement ?? "-")"
        }
    }

    /// The ``canonical`` form.
    public var description: String { canonical }

    /// The query of `url` as lower-cased keys and raw values; the first occurrence of a key wins.
    private static func queryItems(of url: String) -> [String: String] {
        guard let mark = url.firstIndex(of: "?") else { return [:] }
        var query = url[url.index(after: mark)...]
        if let fragment = query.firstIndex(of: "#") { query = query[..<fragment] }
        var items: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            var key = parts[0].lowercased()
            if key.hasPrefix("amp;") { key.removeFirst(4) }
            let value = parts.count > 1 ? FeedText.trimmed(String(parts[1])) : ""
            if items[key] == nil { items[key] = value }
        }
        return items
    }

    /// `text` lower-cased when it is a UUID (8-4-4-4-12 hexadecimal digits), nil otherwise.
    private static func normalizedUUID(_ text: String) -> String? {
        let groups = text.split(separator: "-", omittingEmptySubsequences: false)
        guard groups.map(\.count) == [8, 4, 4, 4, 12], groups.allSatisfy({ isHex($0) }) else { return nil }
        return text.lowercased()
    }

    /// `text` lower-cased when it is exactly `length` hexadecimal digits, nil otherwise.
    private static func normalizedHex(_ text: String, length: Int) -> String? {
        guard text.unicodeScalars.count == length, isHex(Substring(text)) else { return nil }
        return text.lowercased()
    }

    /// True when every scalar of `text` is an ASCII hexadecimal digit.
    private static func isHex(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
    }
}
