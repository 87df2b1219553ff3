import Foundation
import Sujarit

/// Who acts and when: what every state-changing call of a register service is given, once per command.
///
/// One value instead of an `actor:` string beside a clock injected into each service, so that every event a
/// command records carries the same person and instant, and "today" (future-date checks, role terms, acceptance
/// expiry) is the same day for every rule the command checks. The CLI builds it once from `--as` (or the server
/// login) and the system clock; tests build it with a fixed instant.
///
/// It carries no ``AgencyDirectory``: the directory is state read from the store inside each decision (and read
/// again when a conflicting append makes the service decide again), so a snapshot taken before the command would
/// let a retry decide on stale roles; services load it from the store they write to.
public struct CommandContext: Sendable, Hashable {
    /// The person at the keyboard (`--as`, or the server login), recorded as every event's `actor`.
    public var actor: String
    /// The instant recorded as the events' `occurredAt` when the fact has no day of its own.
    public var now: Date
    /// The civil day in Bangkok the command counts as "today" (future dates, role checks, acceptance expiry).
    public var today: CalendarDate

    /// - parameters:
    ///   - actor: Who acts.
    ///   - now: The command's instant; the system clock by default.
    ///   - today: The command's civil day; `now`'s day in Bangkok by default.
    public init(actor: String, now: Date = Date(), today: CalendarDate? = nil) {
        self.actor = actor
        self.now = now
        self.today = today ?? CalendarDate.today(now: now)
    }
}
