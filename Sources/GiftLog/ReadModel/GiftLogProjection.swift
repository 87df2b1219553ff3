import EventStore
import Foundation
import Sujarit

/// Keeps the gift log's read model, in portable SQL:
///
/// - `gift_entries`: one row per entry — the logged facts as JSON (`record`) beside the columns queries
///   and Oversight filter on (person, department, giver's tax id and normalised name, date, value in
///   satang), and the report and decision;
/// - `gift_rules`: every adopted version of the rules;
/// - `gift_policy` and `gift_activities`: the O31 declaration and the O32 activities per fiscal year.
///
/// Verdicts are not stored: they depend on the other gifts of the occasion and on the as-of day, so
/// ``GiftJudge`` computes them when read.
public struct GiftLogProjection: Projection {
    public init() {}
    public let name = "gift_log"
    public let version = 1
    /// The types `statements(for:)` reads (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? {
        [
            GiftLogged.eventType, GiftReportedToHead.eventType, GiftDecisionRecorded.eventType,
            GiftDateCorrected.eventType, GiftRulesAdopted.eventType, NoGiftPolicyDeclared.eventType,
            NoGiftActivityRecorded.eventType,
        ]
    }
    public let tables = ["gift_entries", "gift_rules", "gift_policy", "gift_activities"]
    public let schema = [
        """
        CREATE TABLE gift_entries (
            entry_id          TEXT PRIMARY KEY,
            fiscal_year       BIGINT NOT NULL,
            number            BIGINT NOT NULL,
            direction         TEXT NOT NULL,
            person            TEXT NOT NULL,
            department        TEXT NOT NULL,
            counterparty_name TEXT NOT NULL,
            tax_id            TEXT,
            name_key          TEXT NOT NULL,
            deals_with_agency BIGINT NOT NULL,
            gift_date         TEXT NOT NULL,
            value_satang      BIGINT NOT NULL,
            rules_version     BIGINT NOT NULL,
            record            TEXT NOT NULL,
            reported_on       TEXT,
            decision          TEXT
        )
        """,
        "CREATE INDEX gift_entries_date ON gift_entries (gift_date)",
        "CREATE INDEX gift_entries_tax_id ON gift_entries (tax_id)",
        "CREATE INDEX gift_entries_name_key ON gift_entries (name_key)",
        "CREATE TABLE gift_rules (version BIGINT PRIMARY KEY, record TEXT NOT NULL)",
        "CREATE TABLE gift_policy (fiscal_year BIGINT PRIMARY KEY, record TEXT NOT NULL)",
        """
        CREATE TABLE gift_activities (sequence BIGINT PRIMARY KEY, fiscal_year BIGINT NOT NULL, held_on TEXT NOT \
        NULL, record TEXT NOT NULL)
        """,
    ]

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case GiftLogged.eventType:
            let logged = try event.decode(GiftLogged.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO gift_entries (entry_id, fiscal_year, number, direction, person, department, counterparty_name,
                        tax_id, name_key, deals_with_agency, gift_date, value_satang, rules_version, record)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        logged.entryID.description, logged.entryID.fiscalYear.be, logged.entryID.number,
                        logged.direction.rawValue,
                        logged.person, logged.department, logged.counterparty.name, logged.counterparty.taxID?.digits,
                        logged.counterparty.normalizedName, logged.dealsWithAgency, logged.date.description,
                        logged.value.satang, logged.rulesVersion, event.payloadText,
                    ]
                )
            ]
        case GiftReportedToHead.eventType:
            let reported = try event.decode(GiftReportedToHead.self)
            return [
                SQLStatement(
                    "UPDATE gift_entries SET reported_on = ? WHERE entry_id = ?",
                    [reported.reportedOn.description, reported.entryID.description])
            ]
        case GiftDecisionRecorded.eventType:
            let decided = try event.decode(GiftDecisionRecorded.self)
            return [
                SQLStatement(
                    "UPDATE gift_entries SET decision = ? WHERE entry_id = ?",
                    [event.payloadText, decided.entryID.description])
            ]
        case GiftDateCorrected.eventType:
            // The record keeps the payload as logged; the queries take the day from gift_date.
            let corrected = try event.decode(GiftDateCorrected.self)
            return [
                SQLStatement(
                    "UPDATE gift_entries SET gift_date = ? WHERE entry_id = ?",
                    [corrected.correctedDate.description, corrected.entryID.description])
            ]
        case GiftRulesAdopted.eventType:
            let adopted = try event.decode(GiftRulesAdopted.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO gift_rules (version, record) VALUES (?, ?) ON CONFLICT (version) DO UPDATE SET \
                    record = excluded.record
                    """,
                    [
                        adopted.rules.version,
                        String(decoding: try EventCoding.encode(GiftRulesPayloadV1(adopted.rules)), as: UTF8.self),
                    ]
                )
            ]
        case NoGiftPolicyDeclared.eventType:
            let declared = try event.decode(NoGiftPolicyDeclared.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO gift_policy (fiscal_year, record) VALUES (?, ?) ON CONFLICT (fiscal_year) DO \
                    UPDATE SET record = excluded.record
                    """,
                    [declared.fiscalYear.be, event.payloadText]
                )
            ]
        case NoGiftActivityRecorded.eventType:
            let activity = try event.decode(NoGiftActivityRecorded.self)
            return [
                SQLStatement(
                    "INSERT INTO gift_activities (sequence, fiscal_year, held_on, record) VALUES (?, ?, ?, ?)",
                    [event.sequence, activity.fiscalYear.be, activity.heldOn.description, event.payloadText]
                )
            ]
        default:
            return []
        }
    }
}
