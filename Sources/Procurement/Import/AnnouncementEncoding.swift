import EventStore
import Foundation
import Sujarit

/// Turns announcements into proposed events.
enum AnnouncementEncoding {
    /// The proposed ``AnnouncementPublished``, keyed by the announcement's fingerprint and dated at the
    /// start of its publication day in Bangkok.
    static func proposedEvent(_ event: AnnouncementPublished, fingerprint: String, actor: String) throws -> ProposedEvent {
        try ProposedEvent(event, occurredAt: event.published.startOfDay, actor: actor, dedupeKey: fingerprint)
    }
}
