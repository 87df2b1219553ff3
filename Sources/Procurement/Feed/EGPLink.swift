import Foundation

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
        if let usual = Self.usual(url) {
            self = usual
            return
        }
        let query = Query(url: url)
        if let value = query.templateID, let uuid = Self.normalizedUUID(value) {
            self = .template(uuid)
        } else if let value = query.fileID, let hex = Self.normalizedHex(value) {
            self = .file(hex)
        } else if query.isLegacySearch, let project = query.projectID, !project.isEmpty {
            self = .legacyProject(
                projectID: FeedText.arabicDigits(project),
                templateType: query.templateType.flatMap { $0.isEmpty ? nil : $0 },
                announcement: query.announcement.flatMap { $0.isEmpty ? nil : $0 })
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

    /// The query parameters a reference can come from, read on UTF-8 bytes (links are ASCII); the first
    /// occurrence of a key wins. Only the values of those keys become strings: the link of every
    /// announcement is read, and most of its parameters are of no interest.
    private struct Query {
        var templateID, fileID, projectID, templateType, announcement: String?
        var isLegacySearch = false

        init(url: String) {
            var url = url
            url.withUTF8 { read($0) }
        }

        private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let mark = bytes.firstIndex(of: UInt8(ascii: "?")) else { return }
            isLegacySearch = Self.contains(UnsafeBufferPointer(rebasing: bytes[..<mark]), lowercased: "procsearch.sch")
            var end = bytes.count
            if let fragment = bytes[(mark + 1)...].firstIndex(of: UInt8(ascii: "#")) { end = fragment }
            var start = mark + 1
            while start < end {
                var stop = start
                while stop < end, bytes[stop] != UInt8(ascii: "&") { stop += 1 }
                var equals = start
                while equals < stop, bytes[equals] != UInt8(ascii: "=") { equals += 1 }
                var key = UnsafeBufferPointer(rebasing: bytes[start..<equals])
                if key.count > 4, Self.equals(UnsafeBufferPointer(rebasing: key[0..<4]), "amp;") {
                    key = UnsafeBufferPointer(rebasing: key[4...])
                }
                let value = {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[min(equals + 1, stop)..<stop]), as: UTF8.self)
                }
                switch key.count {
                case 10 where Self.equals(key, "templateid"): templateID = templateID ?? value()
                case 6 where Self.equals(key, "fileid"): fileID = fileID ?? value()
                case 9 where Self.equals(key, "projectid"): projectID = projectID ?? value()
                case 12 where Self.equals(key, "templatetype"): templateType = templateType ?? value()
                case 11 where Self.equals(key, "temp_announ"): announcement = announcement ?? value()
                default: break
                }
                start = stop + 1
            }
        }

        /// True when the ASCII `bytes` equal the lower-case `key`, ignoring ASCII case.
        static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ key: StaticString) -> Bool {
            guard bytes.count == key.utf8CodeUnitCount else { return false }
            let expected = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
            for index in 0..<bytes.count where lowercase(bytes[index]) != expected[index] { return false }
            return true
        }

        /// True when `needle` (lower case) occurs in `bytes`, ignoring ASCII case.
        static func contains(_ bytes: UnsafeBufferPointer<UInt8>, lowercased needle: StaticString) -> Bool {
            let count = needle.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            for start in 0...(bytes.count - count)
            where equals(UnsafeBufferPointer(rebasing: bytes[start..<(start + count)]), needle) {
                return true
            }
            return false
        }

        /// An ASCII byte in lower case.
        static func lowercase(_ byte: UInt8) -> UInt8 {
            (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
    }

    /// `text` lower-cased when it is a UUID (8-4-4-4-12 hexadecimal digits), nil otherwise.
    /// The reference of a link in e-GP's two usual shapes with the id already in canonical form (a
    /// lowercase UUID after the template service's prefix, 32 lowercase hex digits after the upload
    /// service's), nil for any other link, which the general reading below handles. The same result as
    /// the general reading, without splitting the query: every announcement's link is read once by the
    /// feed reader and once more by the read model, so this ran hundreds of thousands of times an import.
    private static func usual(_ url: String) -> EGPDocumentReference? {
        var url = url
        return url.withUTF8 { bytes -> EGPDocumentReference? in
            func rest(after prefix: StaticString, count: Int) -> UnsafeBufferPointer<UInt8>? {
                let length = prefix.utf8CodeUnitCount
                guard bytes.count == length + count, memcmp(bytes.baseAddress!, prefix.utf8Start, length) == 0 else {
                    return nil
                }
                return UnsafeBufferPointer(rebasing: bytes[length...])
            }
            func isLowerHex(_ byte: UInt8) -> Bool {
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
            }
            if let id = rest(after: usualTemplatePrefix, count: 36) {
                for index in 0..<36 {
                    let isDash = index == 8 || index == 13 || index == 18 || index == 23
                    guard isDash ? id[index] == UInt8(ascii: "-") : isLowerHex(id[index]) else { return nil }
                }
                return .template(String(decoding: id, as: UTF8.self))
            }
            if let id = rest(after: usualFilePrefix, count: 32) {
                guard id.allSatisfy(isLowerHex) else { return nil }
                return .file(String(decoding: id, as: UTF8.self))
            }
            return nil
        }
    }

    static let usualTemplatePrefix: StaticString =
        "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId="
    static let usualFilePrefix: StaticString =
        "https://process5.gprocurement.go.th/egp-upload-service/v1/downloadFileTest?fileId="

    private static func normalizedUUID(_ text: String) -> String? {
        var copy = text
        let valid = copy.withUTF8 { bytes in
            guard bytes.count == 36 else { return false }
            for index in 0..<36 {
                let isDash = index == 8 || index == 13 || index == 18 || index == 23
                guard isDash ? bytes[index] == UInt8(ascii: "-") : isHex(bytes[index]) else { return false }
            }
            return true
        }
        guard valid else { return nil }
        let bytes = text.utf8
        return bytes.contains(where: { (0x41...0x46).contains($0) }) ? text.lowercased() : text
    }

    /// `text` lower-cased when it is exactly 32 hexadecimal digits, nil otherwise.
    private static func normalizedHex(_ text: String) -> String? {
        guard text.utf8.count == 32, text.utf8.allSatisfy(isHex) else { return nil }
        return text.utf8.contains(where: { (0x41...0x46).contains($0) }) ? text.lowercased() : text
    }

    /// True for an ASCII hexadecimal digit.
    private static func isHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
}
