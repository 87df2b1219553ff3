import EventStore
import Foundation
import Sujarit

/// Typed reads of the gift log's read model.
public enum GiftQueries {
    /// Every entry, oldest first.
    ///
    /// All of them, because a verdict depends on the other gifts of the same occasion, which may fall in
    /// another period; an agency logs tens of gifts a year, not thousands.
    public static func entries(_ store: any EventStore) async throws -> [GiftEntry] {
        try await store.query(
            "SELECT record, gift_date, reported_on, decision FROM gift_entries ORDER BY gift_date, fiscal_year, number"
        ).map(entry)
    }

    /// An entry from a `gift_entries` row's `record`, `gift_date`, `reported_on` and `decision`.
    static func entry(_ row: SQLRow) throws -> GiftEntry {
        var entry = GiftEntry(
            logged: try EventCoding.decode(GiftLogged.self, from: Data((row.string("record") ?? "").utf8)))
        // gift_date holds the day after any correction (GiftDateCorrected).
        if let day = row.string("gift_date") { entry.logged.date = try CalendarDate.parse(day) }
        entry.reportedOn = try row.string("reported_on").map(CalendarDate.parse)
        entry.decision = try row.string("decision").map {
            try EventCoding.decode(GiftDecisionRecorded.self, from: Data($0.utf8))
        }
        return entry
    }

    /// Every adopted version of the rules, by version.
    public static func adoptedRules(_ store: any EventStore) async throws -> [Int: GiftRules] {
        var rules: [Int: GiftRules] = [:]
        for row in try await store.query("SELECT record FROM gift_rules ORDER BY version") {
            let adopted = try self.rules(row)
            rules[adopted.version] = adopted
        }
        return rules
    }

    /// The rules of a `gift_rules` row: its record holds them in their stored form, as the adopting event does.
    static func rules(_ row: SQLRow) throws -> GiftRules {
        try EventCoding.decode(GiftRulesPayloadV1.self, from: Data((row.string("record") ?? "").utf8)).model
    }

    /// The No Gift Policy declared for `year` (O31), if recorded.
    public static func policy(_ store: any EventStore, year: FiscalYear) async throws -> NoGiftPolicyDeclared? {
        try await store.query("SELECT record FROM gift_policy WHERE fiscal_year = ?", [year.be]).first.map { row in
            try EventCoding.decode(NoGiftPolicyDeclared.self, from: Data((row.string("record") ?? "").utf8))
        }
    }

    /// The culture activities held in `year` (O32), by date.
    public static func activities(_ store: any EventStore, year: FiscalYear) async throws -> [NoGiftActivityRecorded] {
        try await store.query(
            "SELECT record FROM gift_activities WHERE fiscal_year = ? ORDER BY held_on, sequence", [year.be]
        ).map { row in
            try EventCoding.decode(NoGiftActivityRecorded.self, from: Data((row.string("record") ?? "").utf8))
        }
    }
}
