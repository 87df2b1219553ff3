import EventStore
import Foundation

/// Copies the procurement events an agency's own log holds (imported before its server kept procurement data
/// once) into the server's public-data store, so the agency reads them again (``ProcurementScope``).
///
/// Why a copy through the normal append and not a move: the agency's log is append-only and its chain is
/// anchored, so its events stay where they are (superseded: the agency's reads go to the public store); the
/// public store gets them as any import would give them, through its own chain. Why it is safe to repeat and
/// to run for agencies whose imports overlap: each record keeps its dedupe key (files, contracts, bidders),
/// so one already in the public store is skipped by the append, and announcements, which have no dedupe key,
/// are left out when the public store's ledger (``AnnouncementLedger``) already holds them, exactly as an
/// import leaves them out. A second run therefore adds nothing.
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
        BiddersRecorded.eventType, FeedImported.eventType, ContractsImported.eventType,
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
        /// File, contract and bidder records the public store held already (by their dedupe keys).
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
        }
        return report
    }

    /// One page of the agency's events as one append: asks the public store's ledger about the page's
    /// announcements, then proposes the records verbatim and the announcements it lacks.
    struct Page: EventBatchSource {
        let events: [RecordedEvent]
        let actor: String
        private var asked = false
        private var done = false
        private(set) var announcementsNew = 0
        private(set) var announcementsKnown = 0

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
        static func key(_ entry: AnnouncementsPublished.Entry) -> AnnouncementLedger.Key {
            let timeline = ProcurementProjection.TimelineEntry(entry)
            return AnnouncementLedger.key(
                projectID: entry.projectID.rawValue, type: entry.type.code, published: entry.published.isoText,
                document: timeline.document)
        }

        /// The ledger rows of the page's announcements' projects, asked once.
        mutating func lookups() throws -> [SQLStatement] {
            guard !asked else { return [] }
            asked = true
            let keys = try events.compactMap(Self.announcements(of:)).flatMap { $0.entries.map(Self.key) }
            return keys.isEmpty ? [] : AnnouncementLedger.lookups(keys)
        }

        /// The page's records as they are and its announcements the ledger lacks, once.
        mutating func nextBatch(found: [[SQLRow]]) throws -> [StreamAppend]? {
            guard !done else { return nil }
            done = true
            var known = AnnouncementLedger.recorded(in: found)
            var appends: [StreamAppend] = []
            for event in events {
                guard let (department, entries) = try Self.announcements(of: event) else {
                    let copy = ProposedEvent(
                        type: event.type, schemaVersion: event.schemaVersion, occurredAt: event.occurredAt,
                        actor: actor, payload: event.payload, dedupeKey: event.dedupeKey)
                    appends.append(StreamAppend(stream: event.streamID, expectedVersion: .any, events: [copy]))
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

        /// Not used: every store pulls through ``lookups()`` and ``nextBatch(found:)``, and an announcement
        /// cannot be told new without the ledger's answer.
        mutating func nextBatch() throws -> [StreamAppend]? {
            preconditionFailure("a public-data copy is pulled through lookups() and nextBatch(found:)")
        }
    }
}
