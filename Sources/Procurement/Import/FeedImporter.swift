import Agency
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
/// Importing is idempotent: an announcement already in the store is counted as a duplicate and not
/// recorded again, and the file record is deduplicated by the file's digest, so importing the same file
/// again, or a file overlapping one already imported, adds only what is new, and no event at all when
/// nothing is; the same bytes imported again for the same department are reported as already imported.
///
/// How duplicates are found in one read of the file: before each batch is appended, the store asks the
/// write side's ledger of announcements (``ProcurementLedger``), inside the import's own transaction,
/// which of the batch's announcements it holds, and they are left out of the batch's event. The ledger
/// sees the batches this import has written already, so an announcement repeated later in the file is
/// left out too; one repeated inside a batch is found while the batch is made.
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
    ///   - context: Who is importing, recorded on every event, and when (the file record's `occurredAt`).
    ///   - progress: Called after each batch with the bytes read so far, the bytes expected (nil when
    ///     unknown) and the announcements read so far, from the thread reading the file.
    /// - Returns: What was read and what was new.
    /// - Throws: ``EGPFeedError`` for a file that cannot be read, naming file, line and column; the
    ///   store's errors. Either way nothing of the file was recorded.
    public func importFeed(
        at path: String, department: EGPDepartmentID, departmentName: String? = nil,
        context: CommandContext, progress: (@Sendable (Int64, Int64?, Int) -> Void)? = nil
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
        // The file is read on a thread of its own while the store writes (ReadAhead).
        let readAhead = ReadAhead(
            FeedBatches(
                cursor: cursor, department: department.rawValue, actor: context.actor, now: context.now,
                batchSize: batchSize, importStream: importStream, record: record, progress: progress),
            capacity: 2, name: "sujarit-feed-reader"
        ) { batches, lastWasKnown in try batches.nextBatch(encodingEvent: !lastWasKnown) }
        var pulled = PulledLedgerBatches(readAhead: readAhead)
        let (receipt, batches) = try await readAhead.append(pulling: &pulled, into: store)
        guard let summary = batches.cursor.summary, let digest = batches.digest else {
            preconditionFailure("the store stopped pulling before the feed's end without an error")
        }
        // The file record is the append's one keyed event: refused as a duplicate only when these very
        // bytes were imported before for this department.
        return FeedImportReport(
            file: path, sha256: digest.hex, bytes: digest.bytes, department: department.rawValue, summary: summary,
            new: pulled.new, duplicates: pulled.duplicates, alreadyImported: receipt.duplicates > 0)
    }

    /// The digest of the file at `path`, for a file whose reading did not hash it (gzip).
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

/// One batch of a feed as the reading thread made it, before the store has said which of its
/// announcements it holds: its announcements (each once), their ledger keys, the event carrying all of
/// them (encoded here, off the store's thread: usually nothing is left out), and the file's record after
/// the last batch.
struct PendingBatch: LedgerBatch {
    /// The department the feed is imported for.
    let department: String
    /// Who imports it.
    let actor: String
    /// The batch's announcements, without those repeated inside the batch.
    var entries: [AnnouncementsPublished.Entry] = []
    /// Each entry's key in ``ProcurementLedger``, in the same order.
    var keys: [ProcurementLedger.Key] = []
    /// Announcements left out as repeated inside the batch.
    var repeats = 0
    /// The event with every entry, nil when there are none or it was left to be made once the store has
    /// said which are new.
    var event: StreamAppend?
    /// A feed has no events the ledger does not decide on, but its record.
    var keyed: [StreamAppend] { [] }
    /// The file's ``FeedImported`` record, in the last batch only.
    var record: StreamAppend?

    /// The event recording the entries at `indices`, nil for none.
    func event(of indices: [Int]) -> StreamAppend? {
        indices.isEmpty
            ? nil : FeedBatches.event(indices.map { entries[$0] }, department: department, actor: actor)
    }
}

/// Reads announcements from a feed cursor in batches (on the reading thread of ``ReadAhead``), each
/// batch's announcements as one ``AnnouncementsPublished``, and ends with the file's ``FeedImported`` record
/// once the reader has reached the end and its summary is known.
struct FeedBatches {
    var cursor: EGPFeedCursor
    let department: String
    let actor: String
    let now: Date
    let batchSize: Int
    let importStream: StreamID
    let record: (EGPFeedSummary, FileDigest.Result) -> FeedImported
    let progress: (@Sendable (Int64, Int64?, Int) -> Void)?
    /// The file's digest, once the cursor has reached its end.
    private(set) var digest: FileDigest.Result?
    private var finished = false
    /// Announcements read so far, for ``progress``.
    private var itemsRead = 0

    init(
        cursor: EGPFeedCursor, department: String, actor: String, now: Date, batchSize: Int, importStream: StreamID,
        record: @escaping (EGPFeedSummary, FileDigest.Result) -> FeedImported,
        progress: (@Sendable (Int64, Int64?, Int) -> Void)?
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

    /// The next batch, nil after the one carrying the file's record; its event made only when
    /// `encodingEvent` (not while the store keeps finding every announcement known: a file imported before).
    mutating func nextBatch(encodingEvent: Bool) throws -> PendingBatch? {
        guard !finished else { return nil }
        var batch = PendingBatch(department: department, actor: actor)
        batch.entries.reserveCapacity(min(batchSize, 8_192))
        batch.keys.reserveCapacity(min(batchSize, 8_192))
        var inBatch = Set<ProcurementLedger.Key>(minimumCapacity: min(batchSize, 8_192))
        var count = 0
        while count < batchSize, let announcement = try cursor.next() {
            count += 1
            let entry = AnnouncementsPublished.Entry(announcement)
            let key = ProcurementLedger.key(entry, document: announcement.document)
            guard inBatch.insert(key).inserted else {
                batch.repeats += 1
                continue
            }
            batch.entries.append(entry)
            batch.keys.append(key)
        }
        if encodingEvent && !batch.entries.isEmpty {
            batch.event = Self.event(batch.entries, department: department, actor: actor)
        }
        if let summary = cursor.summary {
            // Hashed while it was read, except gzip (hashed now: the reader saw its bytes decompressed).
            let digest = try cursor.fileDigest ?? FeedImporter.digest(ofFileAt: cursor.file)
            self.digest = digest
            let imported = record(summary, digest)
            batch.record = StreamAppend(
                stream: importStream, expectedVersion: .any,
                events: [try ProposedEvent(imported, occurredAt: now, actor: actor, dedupeKey: imported.dedupeKey)])
            finished = true
        }
        itemsRead += count
        progress?(cursor.bytesRead, cursor.expectedBytes, itemsRead)
        return batch
    }

    /// The event recording `entries`, appended whatever the stream's version.
    static func event(_ entries: [AnnouncementsPublished.Entry], department: String, actor: String) -> StreamAppend {
        let event = AnnouncementsPublished(departmentID: department, announcements: entries)
        return StreamAppend(stream: event.stream, expectedVersion: .any, events: [event.proposed(actor: actor)])
    }
}
