import Agency

/// Which of the events a search found `sujarit events` prints: all of them, the oldest `limit` or the newest
/// `last`. Every match is counted, so the footer can say "the last 12 of 205 events". Without `last` each
/// event is handed back to be printed at once, so memory holds none of them however long the log is; with
/// it, memory stays within twice `last`.
struct EventSelection {
    /// Keep only the oldest this many (`--limit`).
    let limit: Int?
    /// Keep only the newest this many (`--last`).
    let last: Int?
    /// The events the reader may see that matched.
    private(set) var matched = 0
    /// The personal-data events a search by stream, actor or type matched, left out for this reader.
    private(set) var leftOut = 0
    private var keptEvents: [PersonalDataAccess.EventView] = []
    /// Events handed back to be printed at once (no `last`).
    private var passed = 0

    init(limit: Int?, last: Int?) {
        self.limit = limit
        self.last = last
    }

    /// Takes the next matching event in log order, as the reader may see it (nil: left out for them), and
    /// gives it back when it is to be printed now: without `last`, every event up to `limit`; with `last`,
    /// none (they are printed at the end, ``kept``).
    mutating func consider(_ event: PersonalDataAccess.EventView?) -> PersonalDataAccess.EventView? {
        guard let event else {
            leftOut += 1
            return nil
        }
        matched += 1
        guard let last else {
            if let limit, passed >= limit { return nil }
            passed += 1
            return event
        }
        keptEvents.append(event)
        // Drop the older half at once rather than one event at a time: amortised constant time per event.
        if keptEvents.count >= 2 * last { keptEvents.removeFirst(keptEvents.count - last) }
        return nil
    }

    /// The newest `last` events, oldest first, to print at the end (empty without `last`).
    var kept: [PersonalDataAccess.EventView] { last.map { Array(keptEvents.suffix($0)) } ?? [] }

    /// How many events are printed.
    var shownCount: Int { last == nil ? passed : kept.count }

    /// The footer of the table: how many are shown, and of how many when not all are.
    var summary: String {
        let count = shownCount
        guard count < matched else { return "\(count) event\(count == 1 ? "" : "s")." }
        return last != nil
            ? "The last \(count) of \(matched) events (ล่าสุด \(count) จาก \(matched) รายการ)."
            : "The first \(count) of \(matched) events (\(count) รายการแรกจาก \(matched) รายการ)."
    }
}
