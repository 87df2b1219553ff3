import EventStore
import Foundation
import Procurement
import Sujarit

/// Keeps the red flags' read model, in portable SQL:
///
/// - `red_flags`: one row per flag with what lists filter on (indicator, year, department, status), the
///   supplier, the evidence as a list shows it (``FlagEvidence/listed``, JSON), and the triage outcome;
/// - `red_flag_projects`: which projects each flag cites, to find the flags on a project.
public struct RedFlagsProjection: Projection {
    /// Creates the value from its parts.
    public init() {}
    /// The name the rules and explanations look it up by.
    public let name = "red_flags"
    /// The tables' shape version. 2: the indicator and status indexes end in (fiscal_year, number), so a
    /// filtered page of `flags list` reads an index range in list order instead of sorting (issue 17).
    /// 3: `evidence` is the event's own bytes of its evidence, so stores written before are rebuilt once on
    /// opening and the column is the same whichever way it was written. 4: `evidence` holds the evidence as
    /// listed (``FlagEvidence/listed``: the first project, no people), cut out of those bytes; the whole
    /// evidence is in the flag's events, and was a third of what a national `flags run` wrote (issue 17).
    public let version = 4
    /// The types `statements(for:)` reads (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? {
        [RedFlagRaised.eventType, RedFlagRevised.eventType, FlagDismissed.eventType, FlagEscalated.eventType]
    }
    /// The tables dropped on rebuild.
    public let tables = ["red_flags", "red_flag_projects"]
    /// The tables and their indexes.
    public let schema = [
        """
        CREATE TABLE red_flags (
            flag_id          TEXT PRIMARY KEY,
            fiscal_year      BIGINT NOT NULL,
            number           BIGINT NOT NULL,
            identity         TEXT NOT NULL UNIQUE,
            indicator        TEXT NOT NULL,
            department_id    TEXT NOT NULL,
            unit             TEXT,
            supplier_name    TEXT,
            supplier_tax_id  TEXT,
            project_count    BIGINT NOT NULL,
            names_people     BIGINT NOT NULL,
            evidence         TEXT NOT NULL,
            evidence_digest  TEXT NOT NULL,
            config_version   BIGINT NOT NULL,
            raised_at        BIGINT NOT NULL,
            revisions        BIGINT NOT NULL,
            status           TEXT NOT NULL,
            dismissed_reason TEXT,
            risk_id          TEXT,
            audit_subject    TEXT,
            stream_version   BIGINT NOT NULL
        )
        """,
        "CREATE INDEX red_flags_year ON red_flags (fiscal_year, number)",
        "CREATE INDEX red_flags_indicator ON red_flags (indicator, fiscal_year, number)",
        "CREATE INDEX red_flags_status ON red_flags (status, fiscal_year, number)",
        """
        CREATE TABLE red_flag_projects (
            flag_id    TEXT NOT NULL,
            project_id TEXT NOT NULL,
            PRIMARY KEY (flag_id, project_id)
        )
        """,
        "CREATE INDEX red_flag_projects_project ON red_flag_projects (project_id)",
    ]

    /// The statements that apply `event` to the flag tables.
    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case RedFlagRaised.eventType:
            let (raised, evidence) = try FlagRow.withEvidence(event, raised: true)
            let id = raised.flagID.description
            var statements = [
                SQLStatement(
                    """
                    INSERT INTO red_flags (flag_id, fiscal_year, number, identity, indicator, department_id, unit, supplier_name,
                        supplier_tax_id, project_count, names_people, evidence, evidence_digest, config_version, raised_at, revisions,
                        status, stream_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'open', ?)
                    """,
                    [
                        id, raised.flagID.fiscalYear.be, raised.flagID.number, raised.identity, raised.indicator,
                        raised.departmentID, raised.unit, raised.supplierName, raised.supplierTaxID,
                        raised.projectCount, raised.namesPeople, evidence,
                        FlagCandidate.digest(raised.evidenceKey), raised.configurationVersion,
                        Int64((event.occurredAt.timeIntervalSince1970 * 1_000_000).rounded()), event.streamVersion,
                    ]
                )
            ]
            statements += Self.projectRows(id, raised.projectIDs)
            return statements
        case RedFlagRevised.eventType:
            let (revised, evidence) = try FlagRow.withEvidence(event, raised: false)
            let id = revised.flagID.description
            return [
                SQLStatement(
                    """
                    UPDATE red_flags SET supplier_name = ?, supplier_tax_id = ?, project_count = ?, names_people = ?, evidence = ?,
                        evidence_digest = ?, config_version = ?, revisions = revisions + 1, stream_version = ? WHERE flag_id = ?
                    """,
                    [
                        revised.supplierName, revised.supplierTaxID, revised.projectCount, revised.namesPeople,
                        evidence,
                        FlagCandidate.digest(revised.evidenceKey), revised.configurationVersion, event.streamVersion,
                        id,
                    ]
                ),
                SQLStatement("DELETE FROM red_flag_projects WHERE flag_id = ?", [id]),
            ] + Self.projectRows(id, revised.projectIDs)
        case FlagDismissed.eventType:
            let dismissed = try event.decode(FlagDismissed.self)
            return [
                SQLStatement(
                    """
                    UPDATE red_flags SET status = 'dismissed', dismissed_reason = ?, stream_version = ? WHERE \
                    flag_id = ?
                    """,
                    [dismissed.reason, event.streamVersion, dismissed.flagID.description]
                )
            ]
        case FlagEscalated.eventType:
            let escalated = try event.decode(FlagEscalated.self)
            let column = escalated.target == .risk ? "risk_id" : "audit_subject"
            return [
                SQLStatement(
                    "UPDATE red_flags SET status = 'escalated', \(column) = ?, stream_version = ? WHERE flag_id = ?",
                    [escalated.reference, event.streamVersion, escalated.flagID.description]
                )
            ]
        default:
            return []
        }
    }

    /// The `evidence` column of `evidence`: its listed form (``FlagEvidence/listed``) in the stored form
    /// (``FlagEvidencePayloadV1``), so the read model has no second form to keep alike; ``RedFlagQueries``
    /// reads it back.
    ///
    /// Written as `JSONEncoder` writes it, by the payloads' own writer (``FlagEvidencePayloadV1/write(_:into:)``),
    /// which is what an append does: the listed form is a fifth of the evidence, so writing it costs less than
    /// walking the payload to cut it out (the replay's way, ``FlagRow/read(_:raised:)``).
    static func column(_ evidence: FlagEvidence) throws -> String {
        let listed = evidence.listed
        var writer = FlatJSON.Writer.value(capacity: 1_024)
        if FlagEvidencePayloadV1.write(listed, into: &writer) { return String(decoding: writer.bytes, as: UTF8.self) }
        // A fraction that is not finite: JSONEncoder's error, as when the event was encoded.
        return String(decoding: try EventCoding.encode(FlagEvidencePayloadV1(listed)), as: UTF8.self)
    }

    /// The `evidence` column of a raising or revising event: ``column(_:)`` of its evidence, decoded (or as
    /// carried from its append).
    static func listedColumn(_ event: RecordedEvent) throws -> String {
        try column(evidence(of: event))
    }

    /// The whole evidence of a raising or revising event, decoded.
    static func evidence(of event: RecordedEvent) throws -> FlagEvidence {
        event.type == RedFlagRevised.eventType
            ? try event.decode(RedFlagRevised.self).evidence : try event.decode(RedFlagRaised.self).evidence
    }

    /// The evidence in an `evidence` column (its listed form, see ``column(_:)``).
    ///
    /// Read with the payloads' cursor (``FlagEvidencePayloadV1/read(_:)``); a column it does not read is decoded
    /// with `JSONDecoder`, whose error then says what is wrong.
    static func evidence(column: String) throws -> FlagEvidence {
        var column = column
        if let evidence = column.withUTF8(FlagEvidencePayloadV1.read) { return evidence }
        return try EventCoding.decode(FlagEvidencePayloadV1.self, from: Data(column.utf8)).model
    }

    /// One multi-row `INSERT` of the flag's project rows (none when it lists no project).
    ///
    /// Why one statement: a national run's 123,440 flags have 800,328 project rows, and a statement per row
    /// was that many trips through the statement cache (hashing the SQL text) and the VM on the store's
    /// writer thread, the thread `flags run`'s recording waits on (issue 17). The rows are the same; the
    /// statement's text depends only on the number of rows (at most ``FlagEvidence/maxProjects``), so the
    /// store's statement cache holds a few dozen of them.
    private static func projectRows(_ id: String, _ projectIDs: [String]) -> [SQLStatement] {
        let projects = Set(projectIDs).sorted()
        guard !projects.isEmpty else { return [] }
        var arguments: [any SQLValueConvertible] = []
        arguments.reserveCapacity(projects.count * 2)
        for project in projects { arguments += [id, project] }
        let sql =
            projects.count < insertProjects.count
            ? insertProjects[projects.count] : insertProjectsSQL(rows: projects.count)
        return [SQLStatement(sql, arguments)]
    }

    /// The text of ``projectRows(_:_:)``'s statement for each number of rows a flag lists, made once.
    private static let insertProjects = (0...FlagEvidence.maxProjects).map { insertProjectsSQL(rows: $0) }

    private static func insertProjectsSQL(rows: Int) -> String {
        let values = repeatElement("(?, ?)", count: rows).joined(separator: ", ")
        return "INSERT INTO red_flag_projects (flag_id, project_id) VALUES \(values) "
            + "ON CONFLICT (flag_id, project_id) DO NOTHING"
    }
}
