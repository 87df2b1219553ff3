import EventStore
import Foundation
import Sujarit

/// Imports e-GP announcement feeds into the store: each file in one transaction, all of it or none.
///
/// A file's announcements become ``AnnouncementPublished`` events in their projects' streams, followed
/// by one ``FeedImported`` recording the file's digest, encoding and counts. They are handed to the store
/// in batches pulled from the feed reader (``EventStore/append(streaming:)``), so a 1 GB feed is imported
/// in flat memory; an error anywhere in the file (malformed XML, an impossible date) abandons the whole
/// transaction and the store is left exactly as it was.
///
/// Importing is idempotent: announcements are deduplicated by their fingerprint and the file record by
/// its digest, so importing the same file again, or a file overlapping one already imported, adds only
/// what is new.
public struct FeedImporter: Sendable {
    /// The store written to.
    public let store: any EventStore
    /// How many announcements go to the store in one batch.
    public var batchSize: Int

    /// An importer writing to `store`.
    public init(store: any EventStore, batchSize: Int = 5_000) {
        precondition(batchSize > 0, "batchSize must be positive")
        self.store = store
        self.batchSize = batchSize
    }

    /// Imports one feed file for `department`.
    ///
    /// - Parameters:
    ///   - path: The file (`.xml`, or gzip-compressed whatever its name).
    ///   - department: The department the feed was fetched for (the feed does not say).
    ///   - departmentName: Its name, kept in the import record and shown for its projects until contract
    ///     data gives one.
    ///   - actor: Who is importing, recorded on every event.
    ///   - now: When the import happens (the file record's `occurredAt`).
    ///   - progress: Called after each batch with the bytes read so far and the bytes expected (nil when
    ///     unknown), from the thread doing the import.
    /// - Returns: What was read and what was new.
    /// - Throws: ``EGPFeedError`` for a file that cannot be read, naming file, line and column; the
    ///   store's errors. Either way nothing of the file was recorded.
    public func importFeed(
        at path: String, department: EGPDepartmentID, departmentName: String? = nil, actor: String,
        now: Date = Date(), progress: (@Sendable (Int64, Int64?) -> Void)? = nil
    ) async throws -> FeedImportReport {
        var cursor = try EGPFeedReader(path: path).makeCursor()
        let digest: (hex: String, bytes: Int64)
        do {
            digest = try FileDigest.sha256(ofFileAt: path)
        } catch {
            throw EGPFeedError(file: path, problem: .readFailed(reason: error.localizedDescription))
        }
        let name = departmentName.map(FeedText.collapsingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        let importStream = ProcurementStreams.feedImports(department: department.rawValue)
        let record = { (summary: EGPFeedSummary) in
            FeedImported(
                file: path, sha256: digest.hex, bytes: digest.bytes, departmentID: department.rawValue,
                departmentName: name, summary: summary)
        }
        let seenBefore = try await Self.importedBefore(
            dedupeKey: "egp-feed|\(digest.hex)|\(department.rawValue)", in: importStream, store: store)

        var batches = FeedBatches(
            cursor: cursor, department: department.rawValue, actor: actor, now: now, batchSize: batchSize,
            importStream: importStream, record: record, progress: progress)
        let receipt = try await store.append(streaming: &batches)
        cursor = batches.cursor
        guard let summary = cursor.summary else {
            preconditionFailure("the store stopped pulling before the feed's end without an error")
        }
        let recordWritten = seenBefore ? 0 : 1
        return FeedImportReport(
            file: path, sha256: digest.hex, bytes: digest.bytes, department: department.rawValue, summary: summary,
            new: receipt.appended - recordWritten, duplicates: receipt.duplicates - (1 - recordWritten),
            alreadyImported: seenBefore)
    }

    /// True when an event with `dedupeKey` is already in `stream` (a short stream: one event per file).
    static func importedBefore(dedupeKey: String, in stream: StreamID, store: any EventStore) async throws -> Bool {
        try await store.events(in: stream).contains { $0.dedupeKey == dedupeKey }
    }
}

/// What importing one feed file did.
public struct FeedImportReport: Sendable, Hashable, Codable {
    /// The file as named.
    public var file: String
    /// SHA-256 of its bytes.
    public var sha256: String
    /// Its size in bytes.
    public var bytes: Int64
    /// The department it was imported for.
    public var department: String
    /// What the reader found: encoding, counts, warnings.
    public var summary: EGPFeedSummary
    /// Announcements recorded by this import.
    public var new: Int
    /// Announcements already in the store (from this file or another copy or page).
    public var duplicates: Int
    /// True when this very file (same bytes) had been imported for this department before.
    public var alreadyImported: Bool
}

/// Pulls announcements from a feed cursor in batches of events for the store, and ends with the file's
/// ``FeedImported`` record once the reader has reached the end and its summary is known.
struct FeedBatches: EventBatchSource {
    var cursor: EGPFeedCursor
    let department: String
    let actor: String
    let now: Date
    let batchSize: Int
    let importStream: StreamID
    let record: (EGPFeedSummary) -> FeedImported
    let progress: (@Sendable (Int64, Int64?) -> Void)?
    private var finished = false

    init(
        cursor: EGPFeedCursor, department: String, actor: String, now: Date, batchSize: Int, importStream: StreamID,
        record: @escaping (EGPFeedSummary) -> FeedImported, progress: (@Sendable (Int64, Int64?) -> Void)?
    ) {
        self.cursor = cursor
        self.department = department
        self.actor = actor
        self.now = now
        self.batchSize = batchSize
        self.importStream = importStream
        self.record = record
        self.progress = progress
    }

    mutating func nextBatch() throws -> [StreamAppend]? {
        guard !finished else { return nil }
        var appends: [StreamAppend] = []
        // A batch's announcements of one project share one stream entry, in file order: the store looks up
        // each entry's stream version once, and a project's announcements are spread through a feed. The log
        // then holds a batch project by project, each project's announcements still in file order.
        var entries: [String: Int] = [:]
        var count = 0
        while count < batchSize, let announcement = try cursor.next() {
            let event = AnnouncementEncoding.proposedEvent(
                AnnouncementPublished(announcement, departmentID: department), fingerprint: announcement.fingerprint,
                actor: actor)
            if let index = entries[announcement.projectID.rawValue] {
                appends[index].events.append(event)
            } else {
                entries[announcement.projectID.rawValue] = appends.count
                appends.append(StreamAppend(
                    stream: ProcurementStreams.project(announcement.projectID), expectedVersion: .any, events: [event]))
            }
            count += 1
        }
        if let summary = cursor.summary {
            let imported = record(summary)
            appends.append(StreamAppend(
                stream: importStream, expectedVersion: .any,
                events: [try ProposedEvent(imported, occurredAt: now, actor: actor, dedupeKey: imported.dedupeKey)]))
            finished = true
        }
        progress?(cursor.bytesRead, cursor.expectedBytes)
        return appends
    }
}
