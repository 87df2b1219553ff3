import Agency
import EventStore

/// How many events a search of `sujarit events` matched, for the table's footer ("the last 12 of 205 events")
/// and the note on personal-data events left out.
///
/// Printing every match, the command counts them as it reads. Printing only the oldest (`--limit`) or the
/// newest (`--last`) few, it reads no more than those: the store counts the rest by category, and the
/// reader's access says which categories' matches they may see, as it does for each event read.
struct EventTally {
    /// The events the reader may see that matched.
    private(set) var matched = 0
    /// The personal-data events a search by stream, actor or type matched, left out for this reader.
    private(set) var leftOut = 0

    /// Nothing counted yet.
    init() {}

    /// The tally of the store's counts of `filter`'s matches by category: categories outside `family` (the
    /// categories `--category` names, nil for all) do not count, and matches the reader may not see are left out.
    init(counts: [String: Int], in family: Set<String>?, foundBy filter: EventFilter, access: PersonalDataAccess) {
        for (category, count) in counts where family?.contains(category) ?? true {
            if access.mayMatch(category: category, foundBy: filter) { matched += count } else { leftOut += count }
        }
    }

    /// Counts one event read: shown to the reader, or left out for them.
    mutating func count(shown: Bool) {
        if shown { matched += 1 } else { leftOut += 1 }
    }

    /// The footer of a table of `shown` events: how many, and of how many when not all are (the newest ones
    /// for `--last`, the oldest for `--limit`).
    func summary(shown: Int, newest: Bool) -> String {
        guard shown < matched else { return "\(shown) event\(shown == 1 ? "" : "s")." }
        return newest
            ? "The last \(shown) of \(matched) events (ล่าสุด \(shown) จาก \(matched) รายการ)."
            : "The first \(shown) of \(matched) events (\(shown) รายการแรกจาก \(matched) รายการ)."
    }
}
