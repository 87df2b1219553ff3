import EventStore
import Foundation
import Sujarit

/// e-GP published these announcements, as read from one part (up to a batch, 5,000 by default) of one
/// announcement feed imported for a department: the event a feed import writes since schema 1 of this
/// type, in place of one ``AnnouncementPublished`` per announcement.
///
/// Recorded in the department's feed stream `egp-feed/<departmentID>`, in the same transaction as the rest
/// of the file and its ``FeedImported`` record. It carries only announcements the store did not hold yet:
/// the importer leaves out the ones its ledger of fingerprints (``ProcurementLedger``) holds, asked inside
/// the transaction, so the log never says twice that one announcement was published. Why coarser events: one event per
/// announcement cost a log row in four B-trees, a hash link and a dedupe-key lookup each, two thirds of
/// an import's time (Benchmarks/RESULTS.md); the hash chain still covers every announcement, through the
/// payload of the event that carries it.
public struct AnnouncementsPublished: DomainEvent, Hashable {
    public static let eventType = "AnnouncementsPublished"
    /// 2 since the payload's compact form (one-letter keys, e-GP's usual link prefixes abbreviated, see
    /// ``Entry``); schema 1 payloads (full key names, links as given) still decode.
    public static let schemaVersion = 2

    /// One announcement: what ``AnnouncementPublished`` holds, less the department, which the event gives
    /// once for all of them.
    ///
    /// In the payload (schema 2) its keys are one letter (`d` published, `i` where the project id was read,
    /// present only for an id read from the link, `l` link, `m` method, `n` source line, `p` project, `s`
    /// source description, `t` title, `y` type) and a link starting with one of
    /// e-GP's three usual prefixes is written as `~t`, `~f` or `~p` and the rest (``compactLink(_:)``): an
    /// import writes hundreds of thousands of entries, and the long keys and prefixes were a fifth of the
    /// payload's bytes, all hashed, written twice (WAL and checkpoint) and parsed again by the projection.
    /// Nothing is lost: ``expandLink(_:)`` gives the link back byte for byte.
    public struct Entry: Sendable, Hashable, Codable {
        /// The project (or plan item) the announcement is about.
        public var projectID: EGPProjectID
        /// What kind of announcement it is.
        public var type: AnnouncementType
        /// The procurement method, nil for plan items.
        public var method: ProcurementMethod?
        /// The Thai title, whitespace normalised, Thai digits kept; empty for untitled amendments.
        public var title: String
        /// The day e-GP published it.
        public var published: CalendarDate
        /// The link as given, nil when the item had none.
        public var link: String?
        /// The item's `description`, kept only when it differs from the canonical one (as in
        /// ``AnnouncementPublished/sourceDescription``).
        public var sourceDescription: String?
        /// The line of the `<item>` in the imported file.
        public var sourceLine: Int
        /// Where the project id was read: the description, or the legacy link of an item whose description
        /// has none (written `"i":"link"`; absent for the description, so earlier payloads are unchanged).
        public var projectIDSource: EGPAnnouncement.ProjectIDSource

        /// The entry for `announcement`.
        public init(_ announcement: EGPAnnouncement) {
            projectIDSource = announcement.projectIDSource
            projectID = announcement.projectID
            type = announcement.type
            method = announcement.method
            title = announcement.title
            published = announcement.published
            link = announcement.link?.url
            sourceLine = announcement.line
            sourceDescription = nil
            if !isCanonical(announcement.sourceDescription) {
                sourceDescription = announcement.sourceDescription
            }
        }

        /// True when `description` equals ``canonicalDescription``: compared piece by piece on the UTF-8
        /// bytes (the usual case: no string is built), and as strings only when the bytes differ, which
        /// keeps `String`'s meaning of equal (canonically equivalent).
        private func isCanonical(_ description: String) -> Bool {
            var description = description
            let sameBytes = description.withUTF8 { bytes in
                var offset = 0
                func take(_ piece: String) -> Bool {
                    var piece = piece
                    return piece.withUTF8 { piece in
                        guard piece.count <= bytes.count - offset else { return false }
                        for index in 0..<piece.count where piece[index] != bytes[offset + index] { return false }
                        offset += piece.count
                        return true
                    }
                }
                return take(projectID.rawValue) && take(", ") && take(method?.thaiName ?? "' '") && take(", ")
                    && take(type.thaiName) && offset == bytes.count
            }
            return sameBytes || description == canonicalDescription
        }

        /// `<projectID>, <method>, <type>` as e-GP writes it (``AnnouncementPublished/canonicalDescription``).
        public var canonicalDescription: String {
            "\(projectID.rawValue), \(method?.thaiName ?? "' '"), \(type.thaiName)"
        }

        /// The announcement again, as the reader returned it.
        public var announcement: EGPAnnouncement {
            EGPAnnouncement(
                projectID: projectID, method: method, type: type, title: title, link: link.map(EGPLink.init(url:)),
                published: published, sourceDescription: sourceDescription ?? canonicalDescription, line: sourceLine,
                projectIDSource: projectIDSource)
        }

        /// The payload's keys (schema 2), in sorted order.
        enum CodingKeys: String, CodingKey {
            case published = "d", projectIDSource = "i", link = "l", method = "m", sourceLine = "n", projectID = "p"
            case sourceDescription = "s", title = "t", type = "y"
        }

        /// Schema 1's keys: the property names, links as given.
        enum SchemaOneKeys: String, CodingKey {
            case published, link, method, sourceLine, projectID, sourceDescription, title, type
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(published, forKey: .published)
            if projectIDSource == .link { try container.encode(projectIDSource, forKey: .projectIDSource) }
            try container.encodeIfPresent(link.map(Self.compactLink), forKey: .link)
            try container.encodeIfPresent(method, forKey: .method)
            try container.encode(sourceLine, forKey: .sourceLine)
            try container.encode(projectID, forKey: .projectID)
            try container.encodeIfPresent(sourceDescription, forKey: .sourceDescription)
            try container.encode(title, forKey: .title)
            try container.encode(type, forKey: .type)
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            if container.contains(.projectID) {
                projectID = try container.decode(EGPProjectID.self, forKey: .projectID)
                type = try container.decode(AnnouncementType.self, forKey: .type)
                method = try container.decodeIfPresent(ProcurementMethod.self, forKey: .method)
                title = try container.decode(String.self, forKey: .title)
                published = try container.decode(CalendarDate.self, forKey: .published)
                link = try container.decodeIfPresent(String.self, forKey: .link).map(Self.expandLink)
                sourceDescription = try container.decodeIfPresent(String.self, forKey: .sourceDescription)
                sourceLine = try container.decode(Int.self, forKey: .sourceLine)
                projectIDSource =
                    try container.decodeIfPresent(EGPAnnouncement.ProjectIDSource.self, forKey: .projectIDSource)
                    ?? .description
            } else {
                let old = try decoder.container(keyedBy: SchemaOneKeys.self)
                projectID = try old.decode(EGPProjectID.self, forKey: .projectID)
                type = try old.decode(AnnouncementType.self, forKey: .type)
                method = try old.decodeIfPresent(ProcurementMethod.self, forKey: .method)
                title = try old.decode(String.self, forKey: .title)
                published = try old.decode(CalendarDate.self, forKey: .published)
                link = try old.decodeIfPresent(String.self, forKey: .link)
                sourceDescription = try old.decodeIfPresent(String.self, forKey: .sourceDescription)
                sourceLine = try old.decode(Int.self, forKey: .sourceLine)
                projectIDSource = .description
            }
        }

        /// e-GP's usual link prefixes and their abbreviations in the payload.
        static let linkPrefixes: [(mark: String, prefix: String)] = [
            ("~t", "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId="),
            ("~f", "https://process5.gprocurement.go.th/egp-upload-service/v1/downloadFileTest?fileId="),
            ("~p", "http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?pid="),
        ]

        /// `link` as the payload writes it: a usual prefix as its mark, a link that itself starts with `~`
        /// with one more `~` in front, any other as it is.
        public static func compactLink(_ link: String) -> String {
            if link.utf8.first == UInt8(ascii: "~") { return "~" + link }
            if let compact = compactASCIILink(link) { return compact }
            for (mark, prefix) in linkPrefixes where link.hasPrefix(prefix) {
                return mark + link.dropFirst(prefix.count)
            }
            return link
        }

        /// ``compactLink(_:)`` on the bytes, for a link whose start is ASCII (every e-GP link): there a
        /// prefix match by bytes is a match by characters, and the rest can be cut at a byte offset. Nil
        /// when the start is not all ASCII, left to the general code.
        private static func compactASCIILink(_ link: String) -> String? {
            var copy = link
            let compact = copy.withUTF8 { bytes -> String?? in
                guard let (mark, length) = asciiPrefix(bytes) else { return nil }
                guard let mark else { return .some(nil) } // no usual prefix: the link as it is
                return .some(
                    mark.description + String(decoding: UnsafeBufferPointer(rebasing: bytes[length...]), as: UTF8.self))
            }
            guard let compact else { return nil }
            return compact ?? link
        }

        /// The payload's `"l"` key for `link`, as ``compactLink(_:)`` writes it, straight into `writer`
        /// (no compacted `String` is made for the usual links).
        static func writeLink(_ link: String, into writer: inout FlatJSON.Writer) {
            var copy = link
            let written = copy.withUTF8 { bytes -> Bool in
                guard bytes.first != UInt8(ascii: "~"), let (mark, length) = asciiPrefix(bytes) else { return false }
                writer.add("l", prefix: mark ?? "", UnsafeBufferPointer(rebasing: bytes[(mark == nil ? 0 : length)...]))
                return true
            }
            if !written { writer.add("l", compactLink(link)) }
        }

        /// The usual prefix `bytes` start with (its mark and byte length; a nil mark for none), when the
        /// start of `bytes` is all ASCII; nil otherwise (the general code decides).
        private static func asciiPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> (mark: StaticString?, length: Int)? {
            let checked = min(bytes.count, 128) // longer than every prefix, plus the byte after it
            for index in 0..<checked where bytes[index] >= 0x80 { return nil }
            for (index, prefix) in linkPrefixBytes.enumerated() {
                let length = prefix.count
                guard length <= bytes.count, length < checked || length == bytes.count,
                    prefix.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, length) == 0 })
                else { continue }
                return (linkMarks[index], length)
            }
            return (nil, 0)
        }

        /// ``linkPrefixes``' marks, as the writer takes them.
        private static let linkMarks: [StaticString] = ["~t", "~f", "~p"]
        /// ``linkPrefixes``' prefixes as bytes.
        private static let linkPrefixBytes: [[UInt8]] = linkPrefixes.map { Array($0.prefix.utf8) }

        /// The link a payload's value stands for (``compactLink(_:)`` undone).
        public static func expandLink(_ value: String) -> String {
            guard value.utf8.first == UInt8(ascii: "~") else { return value }
            let mark = value.prefix(2)
            if mark == "~~" { return String(value.dropFirst()) }
            for (known, prefix) in linkPrefixes where known == mark {
                return prefix + value.dropFirst(2)
            }
            return value
        }

        init(
            projectID: EGPProjectID, type: AnnouncementType, method: ProcurementMethod?, title: String,
            published: CalendarDate, link: String?, sourceDescription: String?, sourceLine: Int,
            projectIDSource: EGPAnnouncement.ProjectIDSource = .description
        ) {
            self.projectIDSource = projectIDSource
            self.projectID = projectID
            self.type = type
            self.method = method
            self.title = title
            self.published = published
            self.link = link
            self.sourceDescription = sourceDescription
            self.sourceLine = sourceLine
        }
    }

    /// The buying department's e-GP id, as given with `--dept`.
    public var departmentID: String
    /// The announcements, in file order.
    public var announcements: [Entry]

    /// The event for `announcements` of department `departmentID`.
    public init(departmentID: String, announcements: [Entry]) {
        self.departmentID = departmentID
        self.announcements = announcements
    }

    /// The department's feed stream, `egp-feed/<departmentID>`.
    public var stream: StreamID { ProcurementStreams.feed(department: departmentID) }

    /// The proposed event, dated at the start (in Bangkok) of the latest publication day it carries, and
    /// carrying itself for the read model's projection in the same append (``DecodedPayload``).
    public func proposed(actor: String) -> ProposedEvent {
        ProposedEvent(
            type: Self.eventType, schemaVersion: Self.schemaVersion,
            occurredAt: announcements.map(\.published).max()?.startOfDay ?? Date(timeIntervalSince1970: 0),
            actor: actor,
            payload: encodedPayload(), decoded: DecodedPayload(self))
    }
}

extension AnnouncementsPublished {
    /// The canonical payload, the same bytes ``EventStore/EventCoding/encode(_:)`` gives, written directly.
    public func encodedPayload() -> Data {
        // One buffer for the whole payload: a batch's event is a few megabytes.
        var writer = FlatJSON.Writer(capacity: 64 + announcements.count * 640)
        writer.raw(#""announcements":["#)
        for (index, entry) in announcements.enumerated() {
            writer.raw(index == 0 ? "{" : ",{")
            writer.beginObject()
            writer.add("d", entry.published.isoText)
            if entry.projectIDSource == .link { writer.add("i", entry.projectIDSource.rawValue) }
            if let link = entry.link { Entry.writeLink(link, into: &writer) }
            writer.add("m", entry.method?.key)
            writer.add("n", entry.sourceLine)
            writer.add("p", entry.projectID.rawValue)
            writer.add("s", entry.sourceDescription)
            writer.add("t", entry.title)
            writer.add("y", entry.type.code)
            writer.raw("}")
        }
        writer.raw(#"],"departmentID":"#)
        writer.string(departmentID)
        return writer.finish()
    }

    /// Decodes a stored payload: the writer's shape directly, anything else through `JSONDecoder`.
    public static func decode(payload: Data, schemaVersion: Int) throws -> AnnouncementsPublished {
        guard schemaVersion <= Self.schemaVersion else {
            throw EventStoreError.unsupportedSchema(
                type: eventType, version: schemaVersion, supported: Self.schemaVersion)
        }
        if let event = fastDecode(payload) { return event }
        return try EventCoding.decode(Self.self, from: payload)
    }

    /// The event from the writer's shape (schema 2's keys, or schema 1's), or nil when anything is missing,
    /// unknown or invalid. Read in one pass over the bytes (the projection decodes every event an import
    /// writes).
    static func fastDecode(_ payload: Data) -> AnnouncementsPublished? {
        struct Fields {
            var projectID: EGPProjectID?, type: AnnouncementType?, method: ProcurementMethod?
            var title: String?, published: CalendarDate?, link: String?, description: String?, line: Int?
            var idSource = EGPAnnouncement.ProjectIDSource.description
        }
        var entries: [Entry] = []
        var department: String?
        var current = Fields()
        func named(_ key: UnsafeBufferPointer<UInt8>, _ name: StaticString) -> Bool {
            key.count == name.utf8CodeUnitCount && memcmp(key.baseAddress!, name.utf8Start, key.count) == 0
        }
        let ok = FlatJSON.visitList(
            payload, listKey: "announcements",
            member: { key, value in
                guard !key.isEmpty else { return false }
                if case .null = value { return true }
                switch (key.count, value) {
                case let (1, .string(text)):
                    switch key[0] {
                    case UInt8(ascii: "d"): current.published = CalendarDate.iso(text)
                    case UInt8(ascii: "i"):
                        guard let source = EGPAnnouncement.ProjectIDSource(rawValue: text) else { return false }
                        current.idSource = source
                    case UInt8(ascii: "l"): current.link = Entry.expandLink(text)
                    case UInt8(ascii: "m"):
                        guard let known = ProcurementMethod(key: text) else { return false }
                        current.method = known
                    case UInt8(ascii: "p"): current.projectID = EGPProjectID(text)
                    case UInt8(ascii: "s"): current.description = text
                    case UInt8(ascii: "t"): current.title = text
                    case UInt8(ascii: "y"): current.type = AnnouncementType(rawValue: text)
                    default: return false
                    }
                case let (1, .integer(number)) where key[0] == UInt8(ascii: "n"): current.line = number
                case let (4, .string(text)) where named(key, "link"): current.link = text
                case let (4, .string(text)) where named(key, "type"): current.type = AnnouncementType(rawValue: text)
                case let (5, .string(text)) where named(key, "title"): current.title = text
                case let (6, .string(text)) where named(key, "method"):
                    guard let known = ProcurementMethod(key: text) else { return false }
                    current.method = known
                case let (9, .string(text)) where named(key, "projectID"): current.projectID = EGPProjectID(text)
                case let (9, .string(text)) where named(key, "published"): current.published = CalendarDate.iso(text)
                case let (10, .integer(number)) where named(key, "sourceLine"): current.line = number
                case let (17, .string(text)) where named(key, "sourceDescription"): current.description = text
                default: return false
                }
                return true
            },
            endObject: {
                guard let projectID = current.projectID, let type = current.type, let title = current.title,
                    let published = current.published, let line = current.line
                else { return false }
                entries.append(
                    Entry(
                        projectID: projectID, type: type, method: current.method, title: title, published: published,
                        link: current.link, sourceDescription: current.description, sourceLine: line,
                        projectIDSource: current.idSource))
                current = Fields()
                return true
            },
            other: { key, value in
                guard department == nil, named(key, "departmentID"), case let .string(text) = value else {
                    return false
                }
                department = text
                return true
            })
        guard ok, let department else { return nil }
        return AnnouncementsPublished(departmentID: department, announcements: entries)
    }
}
