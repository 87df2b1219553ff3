import EventStore
import Foundation
import Sujarit

/// One line of `flags list`.
public struct RedFlagSummary: Sendable, Hashable {
    /// The flag's id.
    public var id: FlagID
    /// The indicator that raised it.
    public var indicator: Indicator
    /// The buyer's e-GP department id.
    public var departmentID: String
    /// The agency department the buyer resolved to, when it did.
    public var unit: String?
    /// The supplier's name, when the flag is about one.
    public var supplier: String?
    /// How many projects the evidence cites.
    public var projectCount: Int
    /// Whether the evidence names people (shown only to the auditor and the legal officer).
    public var namesPeople: Bool
    /// Where the flag stands.
    public var status: RedFlag.Status
    /// How often a later run revised the evidence.
    public var revisions: Int
    /// The risk it was escalated to, if any.
    public var riskID: String?
    /// The audit subject it was escalated to, if any.
    public var auditSubject: String?
    /// The evidence as a list shows it (``FlagEvidence/listed``): the cut-off, the figures, the supplier and
    /// the first project; ``RedFlagService/flag(_:)`` reads the whole evidence from the flag's events.
    public var evidence: FlagEvidence
}

/// Which flags `flags list` shows; every criterion given must match.
public struct RedFlagFilter: Sendable, Hashable {
    /// The fiscal year the flag is about.
    public var fiscalYear: FiscalYear?
    /// An e-GP department id or an agency department code.
    public var department: String?
    /// The indicator that raised it.
    public var indicator: Indicator?
    /// Where the flag stands.
    public var status: RedFlag.Status?
    /// Only flags citing this project.
    public var project: String?

    /// Creates the value from its parts.
    public init(
        fiscalYear: FiscalYear? = nil, department: String? = nil, indicator: Indicator? = nil,
        status: RedFlag.Status? = nil, project: String? = nil
    ) {
        self.fiscalYear = fiscalYear
        self.department = department
        self.indicator = indicator
        self.status = status
        self.project = project
    }
}

/// What the read model knows of an identity, for deciding whether a run raises, revises or skips.
public struct RecordedIdentity: Sendable, Hashable {
    /// The flag's id.
    public var flagID: FlagID
    /// A digest of the records the evidence rests on.
    public var evidenceDigest: String
    /// The flag stream's version, for appending to it.
    public var streamVersion: Int
}

/// Typed reads of the red flags' read model.
public enum RedFlagQueries {
    /// Flags matching `filter`, by year and number.
    public static func list(
        _ store: any EventStore, filter: RedFlagFilter = RedFlagFilter()
    ) async throws -> [RedFlagSummary] {
        var flags: [RedFlagSummary] = []
        try await forEach(store, filter: filter) { flags.append($0) }
        return flags
    }

    /// Calls `body` with each flag matching `filter`, by year and number, reading ``pageSize`` at a time, so
    /// a national list is written out as it is read and memory holds one page.
    ///
    /// Pages continue after the last (year, number) seen, a range of the `red_flags_year` index: each page
    /// costs the same whatever its place in the list (`ReadModelPagingPlanTests` pins the plan).
    public static func forEach(
        _ store: any EventStore, filter: RedFlagFilter = RedFlagFilter(), pageSize: Int = 1_000,
        _ body: (RedFlagSummary) throws -> Void
    ) async throws {
        var after: (year: Int, number: Int)?
        while true {
            let page = pageQuery(filter, after: after, pageSize: pageSize)
            let rows = try await store.query(page.sql, page.arguments)
            for row in rows { try body(summary(row)) }
            guard rows.count == pageSize, let last = rows.last else { return }
            after = (last.int("fiscal_year") ?? 0, last.int("number") ?? 0)
        }
    }

    /// One page of ``forEach(_:filter:pageSize:_:)``: the flags after `after` (year, number) in that order.
    static func pageQuery(
        _ filter: RedFlagFilter, after: (year: Int, number: Int)?, pageSize: Int
    ) -> (sql: String, arguments: [any SQLValueConvertible]) {
        var (conditions, arguments) = whereParts(filter)
        if let after {
            conditions.append("(fiscal_year, number) > (?, ?)")
            arguments += [after.year, after.number]
        }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return ("SELECT * FROM red_flags \(whereClause) ORDER BY fiscal_year, number LIMIT ?", arguments + [pageSize])
    }

    /// The SQL conditions and arguments of `filter`.
    static func whereParts(_ filter: RedFlagFilter) -> (conditions: [String], arguments: [any SQLValueConvertible]) {
        var conditions: [String] = []
        var arguments: [any SQLValueConvertible] = []
        if let year = filter.fiscalYear {
            conditions.append("fiscal_year = ?")
            arguments.append(year.be)
        }
        if let department = filter.department {
            conditions.append("(department_id = ? OR unit = ?)")
            arguments += [department, department]
        }
        if let indicator = filter.indicator {
            conditions.append("indicator = ?")
            arguments.append(indicator.rawValue)
        }
        if let status = filter.status {
            conditions.append("status = ?")
            arguments.append(status.rawValue)
        }
        if let project = filter.project {
            conditions.append("flag_id IN (SELECT flag_id FROM red_flag_projects WHERE project_id = ?)")
            arguments.append(project)
        }
        return (conditions, arguments)
    }

    /// What the read model holds of `identities` (those it knows), for one batch of `flags run`: one statement
    /// per 500 identities (well under both backends' limits on placeholders), each a lookup of the `identity`
    /// column's unique index, so a run holds its batch's identities rather than every flag ever recorded.
    public static func recorded(
        _ store: any EventStore, identities: some Collection<String>
    ) async throws -> [String: RecordedIdentity] {
        let wanted = Array(identities)
        let statements = stride(from: 0, to: wanted.count, by: 500).map { start in
            let chunk = wanted[start..<min(start + 500, wanted.count)]
            return SQLStatement(
                "SELECT flag_id, identity, evidence_digest, stream_version FROM red_flags WHERE identity IN ("
                    + Array(repeating: "?", count: chunk.count).joined(separator: ",") + ")", Array(chunk))
        }
        guard !statements.isEmpty else { return [:] }
        var result: [String: RecordedIdentity] = [:]
        for row in try await store.query(together: statements).joined() {
            result[row.string("identity") ?? ""] = RecordedIdentity(
                flagID: try FlagID(parsing: row.string("flag_id") ?? ""),
                evidenceDigest: row.string("evidence_digest") ?? "",
                streamVersion: row.int("stream_version") ?? 0
            )
        }
        return result
    }

    /// The highest flag number used in each fiscal year.
    public static func lastNumbers(_ store: any EventStore) async throws -> [Int: Int] {
        var result: [Int: Int] = [:]
        for row in try await store.query("SELECT fiscal_year, MAX(number) AS last FROM red_flags GROUP BY fiscal_year")
        {
            result[row.int("fiscal_year") ?? 0] = row.int("last") ?? 0
        }
        return result
    }

    /// How many flags stand at each status, per indicator: of `fiscalYear`, or of every year.
    ///
    /// Counted by the database: a report that needs the figures of a national year's hundred thousand flags
    /// does not read, nor decode the evidence of, a single one.
    public static func counts(
        _ store: any EventStore, fiscalYear: FiscalYear? = nil
    ) async throws -> [(indicator: Indicator, status: RedFlag.Status, count: Int)] {
        let (conditions, arguments) = whereParts(RedFlagFilter(fiscalYear: fiscalYear))
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return try await store.query(
            "SELECT indicator, status, COUNT(*) AS n FROM red_flags \(whereClause) GROUP BY indicator, status",
            arguments
        )
        .compactMap { row in
            guard let indicator = Indicator(code: row.string("indicator") ?? ""),
                let status = RedFlag.Status(rawValue: row.string("status") ?? "")
            else { return nil }
            return (indicator, status, row.int("n") ?? 0)
        }.sorted { ($0.indicator, $0.status.rawValue) < ($1.indicator, $1.status.rawValue) }
    }

    /// The first `count` flags matching `filter`, by year and number: one page of ``forEach(_:filter:pageSize:_:)``,
    /// for a summary that names a few flags without walking them all.
    public static func first(
        _ count: Int, in store: any EventStore, filter: RedFlagFilter
    ) async throws -> [RedFlagSummary] {
        guard count > 0 else { return [] }
        let page = pageQuery(filter, after: nil, pageSize: count)
        return try await store.query(page.sql, page.arguments).map(summary)
    }

    /// The risks flags of `fiscalYear` were escalated to (`flags escalate --to-risk`), each once, sorted: read
    /// from one column, without the flags' evidence.
    public static func escalatedRiskIDs(_ store: any EventStore, fiscalYear: FiscalYear) async throws -> [String] {
        try await store.query(
            """
            SELECT DISTINCT risk_id FROM red_flags WHERE fiscal_year = ? AND risk_id IS NOT NULL ORDER BY risk_id
            """,
            [fiscalYear.be]
        ).compactMap { $0.string("risk_id") }
    }

    static func summary(_ row: SQLRow) throws -> RedFlagSummary {
        let id = row.string("flag_id") ?? ""
        let evidence: FlagEvidence
        do {
            evidence = try RedFlagsProjection.evidence(column: row.string("evidence") ?? "{}")
        } catch {
            throw OversightError.unreadableFlagRow(id)
        }
        return RedFlagSummary(
            id: try FlagID(parsing: id),
            indicator: Indicator(code: row.string("indicator") ?? "") ?? .splitYear,
            departmentID: row.string("department_id") ?? "",
            unit: row.string("unit"),
            supplier: row.string("supplier_name"),
            projectCount: row.int("project_count") ?? 0,
            namesPeople: row.bool("names_people") ?? false,
            status: RedFlag.Status(rawValue: row.string("status") ?? "") ?? .open,
            revisions: row.int("revisions") ?? 0,
            riskID: row.string("risk_id"),
            auditSubject: row.string("audit_subject"),
            evidence: evidence
        )
    }
}
