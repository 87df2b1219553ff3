import Agency

/// Which of the events a search found `sujarit events` prints: all of them, the oldest `limit` or the newest
/// `last`. Every match is counted, so the footer can say "the last 12 of 205 events", and memory stays within
/// twice `last` however long the log is.
struct EventSelection {
    /// Keep only the oldest this many (`--limit`).
    let limit: Int?
    /// Keep only the newest this many (`--last`).
    let last: Int?
    /// The events the reader may see that matched.
    private(set) var matched = 0
    /// The personal-data events a search by stream, actor or type matched, left out for this reader.
    private(set) var leftOut = 0
    private var kept: [PersonalDataAccess.EventView] = []

    init(limit: Int?, last: Int?) {
        self.limit = limit
        self.last = last
    }

    /// Takes the next matching event in log order, as the reader may see it (nil: left out for them).
    mutating func consider(_ event: PersonalDataAccess.EventView?) {
        guard let event else {
            leftOut += 1
            return
        }
        matched += 1
        if let limit, kept.count >= limit { return }
        kept.append(event)
        // Drop the older half at once rather than one event at a time: amortised constant time per event.
        if let last, kept.count >= 2 * last { kept.removeFirst(kept.count - last) }
    }

    /// The events to print, oldest first.
    var shown: [PersonalDataAccess.EventView] { last.map { Array(kept.suffix($0)) } ?? kept }

    /// The footer of the table: how many are shown, and of how many when not all are.
    var summary: String {
        let count = shown.count
        guard count < matched else { return "\(count) event\(count == 1 ? "" : "s")." }
        return last != nil
            ? "The last \(count) of \(matched) events (ล่าสุด \(count) จาก \(matched) รายการ)."
            : "The first \(count) of \(matched) events (\(count) รายการแรกจาก \(matched) รายการ)."
    }
}
