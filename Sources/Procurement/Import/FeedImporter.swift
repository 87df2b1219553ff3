import EventStore
import Foundation
import Sujarit

/// Imports e-GP announcement feeds into the store: each file in one transaction, all of it or none.
///
/// A file's announcements become ``AnnouncementsPublished`` events in the department's feed stream, one
/// per batch of the file, followed by one ``FeedImported`` recording the file's digest, encoding and counts.
/// They are handed to the store in batches pulled from the feed reader (``EventStore/append(streaming:)``),
/// so a 1 GB feed is imported in flat memory; an error anywhere in the file (malformed XML, an impossible
/// date) abandons the whole transaction and the store is left exactly as it was.
///
/// Importing is idempotent: an announcement already in the store (the read model's timeline is keyed on
/// its identity, ``EGPAnnouncement/fingerprint``'s parts) is counted as a duplicate and not recorded again,
/// and the file record is deduplicated by the file's digest, so importing the same file again, or a file
/// overlapping one already imported, adds only what is new, and no event at all when nothing is.
///
/// How duplicates are found without a lookup per announcement: a file is first imported as if all of it
/// were new. The timeline's key refuses an announcement that is already there inside the import's
/// transaction, which then rolls back; only then is the file read again to ask the read model which of its
/// announcements it holds (and which repeat inside the file), and imported once more without them. A new
/// file, the usual case, costs one read; a file overlapping the store costs three. The same file imported
/// again (same bytes, same department) is found at its first refused batch by its digest and then only
/// read, for its summary.
///
/// The file's SHA-256 is computed by the reading thread as the bytes go by (``FeedSource``), not in a pass
/// of its own before the import: on a 1 GB feed that pass was over a second during which nothing else ran.
///
/// The file is read and parsed on a thread of its own, a batch or two ahead of the store (``ReadAhead``),
/// so that parsing and writing overlap on a machine with more than one core.
public struct FeedImporter: Sendable {
    /// The store written to.
    public let store: any EventStore
    /// How many announcements go to the store in one batch (and at most in one event).
    public var batchSize: Int
    /// The reader's limits, including how far a gzip feed may expand (`Registers/limits.yaml`).
    public var limits: EGPFeedReader.Limits

    /// An importer writing to `store`.
    public init(store: any EventStore, batchSize: Int = 5_000, limits: EGPFeedReader.Limits = .standard) {
        precondition(batchSize > 0, "batchSize must be positive")
        self.store = store
        self.batchSize = batchSize
        self.limits = limits
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
    ///     unknown), from the thread reading the file; it starts again from 0 when the file has to be read
    ///     again because it overlaps what the store holds.
    /// - Returns: What was read and what was new.
    /// - Throws: ``EGPFeedError`` for a file that cannot be read, naming file, line and column; the
    ///   store's errors. Either way nothing of the file was recorded.
    public func importFeed(
        at path: String, department: EGPDepartmentID, departmentName: String? = nil, actor: String,
        now: Date = Date(), progress: (@Sendable (Int64, Int64?) -> Void)? = nil
    ) async throws -> FeedImportReport {
        // Opened first, so an unreadable or hostile file is refused before anything else.
        let cursor = try EGPFeedReader(path: path, limits: limits).makeCursor()
        let name = departmentName.map(FeedText.collapsingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        let importStream = ProcurementStreams.feedImports(department: department.rawValue)
        let record = { (summary: EGPFeedSummary, digest: FileDigest.Result) in
            FeedImported(
                file: path, sha256: digest.hex, bytes: digest.bytes, departmentID: department.rawValue,
                departmentName: name, summary: summary)
        }
        func report(
            _ summary: EGPFeedSummary, _ digest: FileDigest.Result, new: Int, duplicates: Int, alreadyImported: Bool
        ) -> FeedImportReport {
            FeedImportReport(
                file: path, sha256: digest.hex, bytes: digest.bytes, department: department.rawValue, summary: summary,
                new: new, duplicates: duplicates, alreadyImported: alreadyImported)
        }

        var filter: DuplicateFilter?
        var cursorToUse = cursor
        for attempt in 1...4 {
            // The file is read on a thread of its own while the store writes (ReadAhead).
            let readAhead = ReadAhead(FeedBatches(
                cursor: cursorToUse, department: department.rawValue, actor: actor, now: now, batchSize: batchSize,
                importStream: importStream, record: record, filter: filter, progress: progress))
            var pulled = ReadAhead.Batches(readAhead: readAhead)
            var receipt: AppendReceipt?
            var failure: (any Error)?
            do {
                receipt = try await store.append(streaming: &pulled)
            } catch {
                failure = error
            }
            let batches = readAhead.finish()
            if let failure {
                guard attempt < 4, Self.isTimelineConflict(failure) else { throw failure }
                if attempt == 1 {
                    // These very bytes imported before for this department? Then every announcement in them
                    // is in the store, and only the summary is wanted.
                    let digest = try Self.digest(ofFileAt: path)
                    let key = FeedImported.dedupeKey(sha256: digest.hex, departmentID: department.rawValue)
                    if try await Self.importedBefore(dedupeKey: key, in: importStream, store: store) {
                        let summary = try Self.readThrough(try EGPFeedReader(path: path, limits: limits).makeCursor(), progress: progress)
                        return report(summary, digest, new: 0, duplicates: summary.kept, alreadyImported: true)
                    }
                }
                // Something in the file is in the store already (or twice in the file): find what, and
                // import the rest. Asked again if another import added some of it in the meantime.
                filter = try await DuplicateFilter.known(in: path, store: store, batchSize: batchSize, limits: limits)
                cursorToUse = try EGPFeedReader(path: path, limits: limits).makeCursor()
                continue
            }
            guard let summary = batches.cursor.summary, let digest = batches.digest else {
                preconditionFailure("the store stopped pulling before the feed's end without an error")
            }
            // The file record is the append's one keyed event: refused as a duplicate only when these very
            // bytes were imported before, which a file with no announcements reaches without a conflict.
            let recordWasKnown = (receipt?.duplicates ?? 0) > 0
            return report(
                summary, digest, new: batches.new, duplicates: batches.duplicates, alreadyImported: recordWasKnown)
        }
        preconditionFailure("the last attempt returns or throws")
    }

    /// The digest of the file at `path`, for a file whose reading did not hash it (gzip, or an attempt
    /// abandoned before the end).
    static func digest(ofFileAt path: String) throws(EGPFeedError) -> FileDigest.Result {
        do {
            return try FileDigest.sha256(ofFileAt: path)
        } catch {
            throw EGPFeedError(file: path, problem: .readFailed(reason: error.localizedDescription))
        }
    }

    /// True when an event with `dedupeKey` is already in `stream` (a short stream: one event per file).
    static func importedBefore(dedupeKey: String, in stream: StreamID, store: any EventStore) async throws -> Bool {
        try await store.events(in: stream).contains { $0.dedupeKey == dedupeKey }
    }

    /// True when `error` is the timeline's key refusing an announcement already recorded: SQLite names the
    /// table's columns, PostgreSQL its key, both the table.
    static func isTimelineConflict(_ error: any Error) -> Bool {
        guard !(error is EGPFeedError) else { return false }
        let text = "\(error)"
        return text.contains("procurement_announcements") && (text.localizedCaseInsensitiveContains("unique")
            || text.localizedCaseInsensitiveContains("duplicate"))
    }

    /// Reads the whole file for its summary, reporting progress every 5,000 announcements.
    static func readThrough(_ cursor: EGPFeedCursor, progress: (@Sendable (Int64, Int64?) -> Void)?) throws -> EGPFeedSummary {
        var cursor = cursor
        var count = 0
        while try cursor.next() != nil {
            count += 1
            if count % 5_000 == 0 { progress?(cursor.bytesRead, cursor.expectedBytes) }
        }
        progress?(cursor.bytesRead, cursor.expectedBytes)
        guard let summary = cursor.summary else { preconditionFailure("a cursor at its end has a summary") }
        return summary
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

/// Pulls announcements from a feed cursor in batches, each batch's new announcements as one
/// ``AnnouncementsPublished``, and ends with the file's ``FeedImported`` record once the reader has reached
/// the end and its summary is known.
struct FeedBatches: EventBatchSource {
    var cursor: EGPFeedCursor
    let department: String
    let actor: String
    let now: Date
    let batchSize: Int
    let importStream: StreamID
    let record: (EGPFeedSummary, FileDigest.Result) -> FeedImported
    /// The announcements to leave out; nil when all are taken to be new (the timeline's key checks).
    var filter: DuplicateFilter?
    let progress: (@Sendable (Int64, Int64?) -> Void)?
    /// Announcements put into events so far.
    private(set) var new = 0
    /// Announcements left out as already in the store or earlier in the file.
    private(set) var duplicates = 0
    /// The file's digest, once the cursor has reached its end.
    private(set) var digest: FileDigest.Result?
    private var finished = false

    init(
        cursor: EGPFeedCursor, department: String, actor: String, now: Date, batchSize: Int, importStream: StreamID,
        record: @escaping (EGPFeedSummary, FileDigest.Result) -> FeedImported, filter: DuplicateFilter?,
        progress: (@Sendable (Int64, Int64?) -> Void)?
    ) {
        self.cursor = cursor
        self.department = department
        self.actor = actor
        self.now = now
        self.batchSize = batchSize
        self.importStream = importStream
        self.record = record
        self.filter = filter
        self.progress = progress
    }

    mutating func nextBatch() throws -> [StreamAppend]? {
        guard !finished else { return nil }
        var appends: [StreamAppend] = []
        var entries: [AnnouncementsPublished.Entry] = []
        entries.reserveCapacity(min(batchSize, 8_192))
        var count = 0
        while count < batchSize, let announcement = try cursor.next() {
            count += 1
            if filter?.isDuplicate(announcement) == true {
                duplicates += 1
            } else {
                entries.append(AnnouncementsPublished.Entry(announcement))
            }
        }
        if !entries.isEmpty {
            new += entries.count
            let event = AnnouncementsPublished(departmentID: department, announcements: entries)
            appends.append(StreamAppend(stream: event.stream, expectedVersion: .any, events: [event.proposed(actor: actor)]))
        }
        if let summary = cursor.summary {
            // Hashed while it was read, except gzip (hashed now: the reader saw its bytes decompressed).
            let digest = try cursor.fileDigest ?? FeedImporter.digest(ofFileAt: cursor.file)
            self.digest = digest
            let imported = record(summary, digest)
            appends.append(StreamAppend(
                stream: importStream, expectedVersion: .any,
                events: [try ProposedEvent(imported, occurredAt: now, actor: actor, dedupeKey: imported.dedupeKey)]))
            finished = true
        }
        progress?(cursor.bytesRead, cursor.expectedBytes)
        return appends
    }
}
