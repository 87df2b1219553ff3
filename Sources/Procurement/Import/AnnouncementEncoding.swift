import EventStore
import Foundation
import Sujarit

/// Turns announcements into proposed events.
enum AnnouncementEncoding {
    /// The proposed ``AnnouncementPublished``, keyed by the announcement's fingerprint and dated at the
    /// start of its publication day in Bangkok.
    static func proposedEvent(_ event: AnnouncementPublished, fingerprint: String, actor: String) -> ProposedEvent {
        ProposedEvent(
            type: AnnouncementPublished.eventType, schemaVersion: AnnouncementPublished.schemaVersion,
            occurredAt: event.published.startOfDay, actor: actor, payload: event.encodedPayload(), dedupeKey: fingerprint)
    }
}
