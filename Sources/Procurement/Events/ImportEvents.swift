import EventStore
import Foundation
import Sujarit

/// A feed file was imported: which file (by its SHA-256), for which department, in what encoding, and
/// what it held. Recorded in the same transaction as the file's announcements, so the audit trail shows
/// where every announcement came from and how complete the file was.
///
/// The dedupe key is the file's digest with the department, so importing the very same file again
/// records nothing at all, while a different file (another day, another page) gets its own record.
public struct FeedImported: DomainEvent, Hashable {
    public static let eventType = "FeedImported"
    public static let schemaVersion = 1

    /// The file's name as given on the command line.
    public var file: String
    /// SHA-256 of the file's bytes as stored (compressed, for a `.gz`), in hex: `sha256sum` gives the same.
    public var sha256: String
    /// The file's size in bytes.
    public var bytes: Int64
    /// The department the user said the feed is for.
    public var departmentID: String
    /// The department's name, when given.
    public var departmentName: String?
    /// The encoding found, and how it relates to the declaration.
    public var encoding: FeedEncoding
    /// The encoding the XML declaration named, if any.
    public var declaredEncoding: String?
    /// True for a gzip-compressed file.
    public var gzip: Bool
    /// Every `item` in the file.
    public var itemsRead: Int
    /// Items that became announcements.
    public var announcements: Int
    /// Items without a project id (skipped).
    public var withoutID: Int
    /// Items whose id had neither known shape (rejected, each with a warning).
    public var rejected: Int
    /// The channel's `countbyday`, if given.
    public var countByDay: Int?
    /// True when `countbyday` says the day had more announcements than the file holds.
    public var truncatedPage: Bool
    /// How many warnings the reader gave.
    public var warnings: Int
    /// Which of e-GP's feed shapes the file was, from its links (``EGPFeedVariant``); nil in records
    /// written before it was kept.
    public var variant: EGPFeedVariant?
    /// Announcements whose project id was read from their legacy link, the description having none; nil
    /// when there were none (and in older records).
    public var idsFromLink: Int?
    /// Whether the department is a central or local `deptId` or a sub-unit's `deptsubId`; nil in records
    /// written before sub-units were accepted (all of them 4 or 7 digits).
    public var departmentKind: EGPDepartmentID.Kind?

    /// Creates the record of one imported feed file from the reader's summary.
    public init(
        file: String, sha256: String, bytes: Int64, departmentID: String, departmentName: String?,
        summary: EGPFeedSummary
    ) {
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
        self.departmentID = departmentID
        self.departmentName = departmentName
        encoding = summary.encoding
        declaredEncoding = summary.declaredEncoding
        gzip = summary.isGzipCompressed
        itemsRead = summary.itemsRead
        announcements = summary.kept
        withoutID = summary.withoutID
        rejected = summary.unrecognizedID
        countByDay = summary.channel.countByDay
        truncatedPage = summary.isTruncatedPage
        warnings = summary.warnings.count + summary.warningsNotKept
        variant = summary.variant
        idsFromLink = summary.idsFromLink > 0 ? summary.idsFromLink : nil
        departmentKind = EGPDepartmentID.kind(of: departmentID)
    }

    /// `egp-feed|<sha256>|<departmentID>`.
    public var dedupeKey: String { Self.dedupeKey(sha256: sha256, departmentID: departmentID) }

    /// The key of the record of the file with digest `sha256` imported for `departmentID`: one file, one
    /// record per department, however often it is imported.
    public static func dedupeKey(sha256: String, departmentID: String) -> String {
        "egp-feed|\(sha256)|\(departmentID)"
    }
}

/// A contract-data file was imported: which file, in which format, and what it held.
///
/// Like ``FeedImported``, deduplicated on the file's digest (with the department, when one was given).
public struct ContractsImported: DomainEvent, Hashable {
    public static let eventType = "ContractsImported"
    /// 2 adds ``provenance`` (the published variant read, the columns read by name); version 1 payloads decode
    /// without it.
    public static let schemaVersion = 2

    /// The file's name as given on the command line.
    public var file: String
    /// SHA-256 of the file's bytes, in hex.
    public var sha256: String
    /// The file's size in bytes.
    public var bytes: Int64
    /// The format read.
    public var source: ContractSource
    /// The department the user said the file is for, if any.
    public var departmentID: String?
    /// Data rows (CSV) or projects (JSON) read.
    public var rowsRead: Int
    /// Contract records proposed (one per contract, or per project without one; ``ContractsRecorded`` carries
    /// them, one ``ContractRecorded`` each before it), repeats and rows already in the store included.
    public var records: Int
    /// Winners' tax ids in scientific notation: unknown, never guessed.
    public var scientificTaxIDs: Int
    /// Winners' tax ids that were not valid ids: unknown, never corrected.
    public var invalidTaxIDs: Int
    /// Rows or projects without a contract.
    public var withoutContract: Int
    /// How the header was read, when it had to be repaired (26 or 31 columns), in a sentence.
    public var headerRepair: String?
    /// Which published variant the file was and how it was read (schema 2; nil in records written before).
    public var provenance: ContractFileProvenance?

    /// Creates the record.
    public init(
        file: String, sha256: String, bytes: Int64, source: ContractSource, departmentID: String?, rowsRead: Int,
        records: Int, scientificTaxIDs: Int, invalidTaxIDs: Int, withoutContract: Int, headerRepair: String?,
        provenance: ContractFileProvenance? = nil
    ) {
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
        self.source = source
        self.departmentID = departmentID
        self.rowsRead = rowsRead
        self.records = records
        self.scientificTaxIDs = scientificTaxIDs
        self.invalidTaxIDs = invalidTaxIDs
        self.withoutContract = withoutContract
        self.headerRepair = headerRepair
        self.provenance = provenance
    }

    /// `egp-contracts|<sha256>|<departmentID or ->`.
    public var dedupeKey: String { "egp-contracts|\(sha256)|\(departmentID ?? "-")" }
}

/// Where a contract file's facts came from: which published variant it was and which of its columns or keys
/// were read by name, so that an auditor can tell from the record how each file was understood.
///
/// Part of the stored ``ContractsImported`` payload (schema 2): its fields are only ever added as optional.
public struct ContractFileProvenance: Sendable, Hashable, Codable {
    /// The variant, e.g. `ckan-datastore-csv/fy2568-15` (``ContractFileVariant/key``).
    public var variant: String
    /// The header cells or JSON keys read, as written, in the file's order.
    public var columnsRead: [String]
    /// The header cells or keys present and ignored: the datastore's own (`_id`, `_full_text`) and `(Eng)` ones.
    public var columnsIgnored: [String]
    /// Rows whose method columns held each other's values (วิธีจัดซื้อฯ the group), read swapped back.
    public var methodColumnsSwapped: Int
    /// Winners' citizen ids published masked (`313060050xxxx`): kept as written, never matched.
    public var maskedTaxIDs: Int
    /// Distinct buyers of rows imported without `--dept`, and how many of them a directory gave an e-GP id.
    public var buyers: Int, buyersWithEGPID: Int
    /// The directory of departments that gave e-GP ids, when one did (a file, or the store's profile).
    public var departmentDirectory: String?

    /// Creates the value from its parts.
    public init(
        variant: String, columnsRead: [String], columnsIgnored: [String] = [], methodColumnsSwapped: Int = 0,
        maskedTaxIDs: Int = 0, buyers: Int = 0, buyersWithEGPID: Int = 0, departmentDirectory: String? = nil
    ) {
        self.variant = variant
        self.columnsRead = columnsRead
        self.columnsIgnored = columnsIgnored
        self.methodColumnsSwapped = methodColumnsSwapped
        self.maskedTaxIDs = maskedTaxIDs
        self.buyers = buyers
        self.buyersWithEGPID = buyersWithEGPID
        self.departmentDirectory = departmentDirectory
    }
}
