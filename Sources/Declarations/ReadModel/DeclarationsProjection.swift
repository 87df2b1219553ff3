import EventStore
import Foundation
import Sujarit

/// Keeps the declarations register's read model, in portable SQL:
///
/// - `coi_declarations`: one row per declaration with its subject, status and counts;
/// - `coi_interests`: the interests each declaration now lists, with the party's tax id and normalised
///   name (`name_key`, ``PartyReference/normalize(_:)``) so Oversight can match winners and givers in SQL;
/// - `coi_committee_seats`: who sits on each project's committees, as last recorded.
public struct DeclarationsProjection: Projection {
    public init() {}
    public let name = "coi_register"
    public let version = 1
    /// The types `statements(for:)` reads (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? {
        [
            DeclarationSigned.eventType, DeclarationAmended.eventType, DeclarationWithdrawn.eventType,
            DeclarationDateCorrected.eventType, RecusalRecorded.eventType, CommitteeRecorded.eventType,
        ]
    }
    public let tables = ["coi_declarations", "coi_interests", "coi_committee_seats"]
    public let schema = [
        """
        CREATE TABLE coi_declarations (
            declaration_id TEXT PRIMARY KEY,
            declarant      TEXT NOT NULL,
            department     TEXT NOT NULL,
            kind           TEXT NOT NULL,
            fiscal_year    BIGINT,
            project        TEXT,
            role           TEXT,
            signed_on      TEXT NOT NULL,
            status         TEXT NOT NULL,
            amendments     BIGINT NOT NULL,
            interest_count BIGINT NOT NULL,
            recused        BIGINT NOT NULL
        )
        """,
        "CREATE INDEX coi_declarations_project ON coi_declarations (project)",
        """
        CREATE TABLE coi_interests (
            declaration_id TEXT NOT NULL,
            position       BIGINT NOT NULL,
            party_name     TEXT,
            party_kind     TEXT,
            tax_id         TEXT,
            name_key       TEXT NOT NULL,
            relationship   TEXT NOT NULL,
            share          TEXT,
            from_date      TEXT,
            to_date        TEXT,
            PRIMARY KEY (declaration_id, position)
        )
        """,
        "CREATE INDEX coi_interests_tax_id ON coi_interests (tax_id)",
        "CREATE INDEX coi_interests_name_key ON coi_interests (name_key)",
        """
        CREATE TABLE coi_committee_seats (
            project      TEXT NOT NULL,
            staff_id     TEXT NOT NULL,
            role         TEXT NOT NULL,
            appointed_on TEXT,
            PRIMARY KEY (project, staff_id, role)
        )
        """,
    ]

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case DeclarationSigned.eventType:
            let signed = try event.decode(DeclarationSigned.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO coi_declarations (declaration_id, declarant, department, kind, fiscal_year, project, role,
                        signed_on, status, amendments, interest_count, recused)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'active', 0, ?, 0)
                    """,
                    [
                        signed.declarationID, signed.declarant, signed.department, signed.subject.kind.rawValue,
                        signed.subject.fiscalYear?.be, signed.subject.project?.rawValue,
                        signed.subject.role?.description,
                        signed.signedOn.description, signed.interests.count,
                    ]
                )
            ] + Self.interestRows(signed.declarationID, signed.interests)
        case DeclarationAmended.eventType:
            let amended = try event.decode(DeclarationAmended.self)
            return [
                SQLStatement(
                    """
                    UPDATE coi_declarations SET amendments = amendments + 1, interest_count = ? WHERE \
                    declaration_id = ?
                    """,
                    [amended.interests.count, amended.declarationID]
                ),
                SQLStatement("DELETE FROM coi_interests WHERE declaration_id = ?", [amended.declarationID]),
            ] + Self.interestRows(amended.declarationID, amended.interests)
        case DeclarationWithdrawn.eventType:
            let withdrawn = try event.decode(DeclarationWithdrawn.self)
            return [
                SQLStatement(
                    "UPDATE coi_declarations SET status = 'withdrawn' WHERE declaration_id = ?",
                    [withdrawn.declarationID])
            ]
        case DeclarationDateCorrected.eventType:
            let corrected = try event.decode(DeclarationDateCorrected.self)
            return [
                SQLStatement(
                    "UPDATE coi_declarations SET signed_on = ? WHERE declaration_id = ?",
                    [corrected.signedOn.description, corrected.declarationID])
            ]
        case RecusalRecorded.eventType:
            let recusal = try event.decode(RecusalRecorded.self)
            return [
                SQLStatement(
                    "UPDATE coi_declarations SET recused = 1 WHERE declaration_id = ?", [recusal.declarationID])
            ]
        case CommitteeRecorded.eventType:
            let recorded = try event.decode(CommitteeRecorded.self)
            return [SQLStatement("DELETE FROM coi_committee_seats WHERE project = ?", [recorded.project.rawValue])]
                + recorded.seats.map { seat in
                    SQLStatement(
                        "INSERT INTO coi_committee_seats (project, staff_id, role, appointed_on) VALUES (?, ?, ?, ?)",
                        [
                            recorded.project.rawValue, seat.staffID, seat.role.description,
                            recorded.appointedOn?.description,
                        ]
                    )
                }
        default:
            return []
        }
    }

    /// Rows for `interests`, numbered from 1 in the order declared.
    static func interestRows(_ id: String, _ interests: [DeclaredInterest]) -> [SQLStatement] {
        interests.enumerated().map { index, interest in
            SQLStatement(
                """
                INSERT INTO coi_interests (declaration_id, position, party_name, party_kind, tax_id, name_key,
                    relationship, share, from_date, to_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [
                    id, index + 1, interest.party?.name, interest.partyKind?.rawValue, interest.party?.taxID?.digits,
                    interest.party?.normalizedName ?? "", interest.relationship.rawValue, interest.share?.description,
                    interest.from?.description, interest.to?.description,
                ]
            )
        }
    }
}
