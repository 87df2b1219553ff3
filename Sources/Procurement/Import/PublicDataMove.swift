import EventStore
import Foundation

/// Copies the procurement events an agency's own log holds (imported before its server kept procurement data
/// once) into the server's public-data store, so the agency reads them again (``ProcurementScope``).
///
/// Why a copy through the normal append and not a move: the agency's log is append-only and its chain is
/// anchored, so its events stay where they are (superseded: the agency's reads go to the public store); the
/// public store gets them as any import would give them, through its own chain. Why it is safe to repeat and
/// to run for agencies whose imports overlap: file and bidder records keep their dedupe keys, so one already in
/// the public store is skipped by the append, and announcements and contract rows are left out when the public
/// store's ledger (``ProcurementLedger``) already holds them, exactly as an import leaves them out. A second
/// run therefore adds nothing.
///
/// ```swift
/// if let shared = try store.publicDataStore() {
///     let moved = try await PublicDataMove.run(from: store, to: shared, actor: login)
/// }
/// ```
public enum PublicDataMove {
    /// The event types of procurement data (all of them public: e-GP and contract data and their file records).
    public static let eventTypes: Set<String> = [
        AnnouncementPublished.eventType, AnnouncementsPublished.eventType, ContractRecorded.eventType,
        ContractsRecorded.eventType, BiddersRecorded.eventType, FeedImported.eventType, ContractsImported.eventType,
    ]

    /// What one agency's copy did.
    public struct Report: Sendable, Hashable {
        /// Procurement events read from the agency's log.
        public var eventsRead = 0
        /// Events appended to the public store.
        public var eventsAppended = 0
        /// Announcements added to the public store.
        public var announcementsNew = 0
        /// Announcements the public store held already (copied before, or imported by another agency).
        public var announcementsKnown = 0
        /// Contract rows added to the public store.
        public var contractsNew = 0
        /// Contract rows the public store held already (by the ledger).
        public var contractsKnown = 0
        /// File and bidder records the public store held already (by their dedupe keys).
        public var recordsKnown = 0

        /// Whether the copy added nothing (everything was there).
        public var addedNothing: Bool { eventsAppended == 0 }
    }

    /// Copies `agency`'s procurement events into `publicData`, `pageSize` events an append, as `actor` (on a
    /// server, the login: the append refuses anyone else).
    public static func run(
        from agency: any EventStore, to publicData: any EventStore, actor: String, pageSize: Int = 500
    ) async throws -> Report {
        var report = Report()
        var after: Int64 = 0
        let filter = EventFilter(types: eventTypes)
        while true {
            let page = try await agency.read(afterSequence: after, limit: pageSize, filter: filter)
            guard let last = page.last else { break }
            after = last.sequence
            report.eventsRead += page.count
            var source = Page(events: page, actor: actor)
            let receipt = try await publicData.append(streaming: &source)
            report.eventsAppended += receipt.appended
            report.recordsKnown += receipt.duplicates
            report.announcementsNew += source.announcementsNew
            report.announcementsKnown += source.announcementsKnown
            report.contractsNew += source.contractsNew
            report.contractsKnown += source.contractsKnown
        }
        return report
    }

    /// One page of the agency's events as one append: asks the public store's ledger about the page's
    /// announcements and contract rows, then proposes the file and bidder records verbatim and the
    /// announcements and contract rows it lacks.
    struct Page: EventBatchSource {
        let events: [RecordedEvent]
        let actor: String
        private var asked = false
        private var done = false
        private(set) var announcementsNew = 0
        private(set) var announcementsKnown = 0
        private(set) var contractsNew = 0
        private(set) var contractsKnown = 0

        init(events: [RecordedEvent], actor: String) {
            self.events = events
            self.actor = actor
        }

        /// The announcements an event carries, with the department they were published for; nil for records.
        static func announcements(
            of event: RecordedEvent
        ) throws -> (
            department: String, entries: [AnnouncementsPublished.Entry]
        )? {
            switch event.type {
            case AnnouncementsPublished.eventType:
                let published = try event.decode(AnnouncementsPublished.self)
                return (published.departmentID, published.announcements)
            case AnnouncementPublished.eventType:
                let published = try event.decode(AnnouncementPublished.self)
                return (
                    published.departmentID,
                    [
                        AnnouncementsPublished.Entry(
                            projectID: published.projectID, type: published.type, method: published.method,
                            title: published.title, published: published.published, link: published.link,
                            sourceDescription: published.sourceDescription, sourceLine: published.sourceLine)
                    ]
                )
            default:
                return nil
            }
        }

        /// The ledger's key of `entry`, as the projection records it.
        static func key(_ entry: AnnouncementsPublished.Entry) -> ProcurementLedger.Key {
            let timeline = ProcurementProjection.TimelineEntry(entry)
            return ProcurementLedger.key(
                projectID: entry.projectID.rawValue, type: entry.type.code, published: entry.published.isoText,
                document: timeline.document)
        }

        /// The contract rows an event carries, each with its ledger key; nil for other events.
        ///
        /// An older ``ContractRecorded``'s key is its stored payload's digest (as the projection files it), and
        /// the event is copied as it is, dedupe key and all; a ``ContractsRecorded``'s are its records'.
        static func contracts(
            of event: RecordedEvent
        ) throws -> (records: [ContractRecorded], keys: [ProcurementLedger.Key])? {
            switch event.type {
            case ContractsRecorded.eventType:
                let prepared = PreparedContractRecords(try event.decode(ContractsRecorded.self).records)
                return (prepared.records, prepared.keys)
            case ContractRecorded.eventType:
                let record = try event.decode(ContractRecorded.self)
                let key = event.payload.withUnsafeBytes {
                    ProcurementLedger.key(projectID: record.projectID.rawValue, contractPayload: $0)
                }
                return ([record], [key])
            default:
                return nil
            }
        }

        /// The ledger rows of the page's announcements' and contract rows' projects, asked once.
        mutating func lookups() throws -> [SQLStatement] {
            guard !asked else { return [] }
            asked = true
            let keys =
                try events.compactMap(Self.announcements(of:)).flatMap { $0.entries.map(Self.key) }
                + events.compactMap(Self.contracts(of:)).flatMap(\.keys)
            return keys.isEmpty ? [] : ProcurementLedger.lookups(keys)
        }

        /// The page's records as they are and its announcements the ledger lacks, once.
        mutating func nextBatch(found: [[SQLRow]]) throws -> [StreamAppend]? {
            guard !done else { return nil }
            done = true
            var known = ProcurementLedger.recorded(in: found)
            var appends: [StreamAppend] = []
            for event in events {
                if let (records, keys) = try Self.contracts(of: event) {
                    // `known` grows with what this page adds: a row twice in the page goes once.
                    let fresh = keys.indices.filter { known.insert(keys[$0]).inserted }
                    contractsNew += fresh.count
                    contractsKnown += keys.count - fresh.count
                    guard !fresh.isEmpty else { continue }
                    if event.type == ContractRecorded.eventType {
                        appends.append(Self.copy(event, actor: actor))
                    } else {
                        let carried = ContractsRecorded(records: fresh.map { records[$0] })
                        var proposed = ProposedEvent(
                            type: event.type, schemaVersion: event.schemaVersion, occurredAt: event.occurredAt,
                            actor: actor, payload: carried.canonicalPayload(), dedupeKey: nil)
                        proposed.checkPayloadText()
                        appends.append(StreamAppend(stream: event.streamID, expectedVersion: .any, events: [proposed]))
                    }
                    continue
                }
                guard let (department, entries) = try Self.announcements(of: event) else {
                    appends.append(Self.copy(event, actor: actor))
                    continue
                }
                // `known` grows with what this page adds: an announcement twice in the page goes once.
                let fresh = entries.filter { known.insert(Self.key($0)).inserted }
                announcementsNew += fresh.count
                announcementsKnown += entries.count - fresh.count
                guard !fresh.isEmpty else { continue }
                appends.append(FeedBatches.event(fresh, department: department, actor: actor))
            }
            return appends
        }

        /// `event` as it is, proposed by `actor`.
        static func copy(_ event: RecordedEvent, actor: String) -> StreamAppend {
            let copy = ProposedEvent(
                type: event.type, schemaVersion: event.schemaVersion, occurredAt: event.occurredAt, actor: actor,
                payload: event.payload, dedupeKey: event.dedupeKey)
            return StreamAppend(stream: event.streamID, expectedVersion: .any, events: [copy])
        }

        /// Not used: every store pulls through ``lookups()`` and ``nextBatch(found:)``, and an announcement
        /// cannot be told new without the ledger's answer.
        mutating func nextBatch() throws -> [StreamAppend]? {
            preconditionFailure("a public-data copy is pulled through lookups() and nextBatch(found:)")
        }
    }
}
