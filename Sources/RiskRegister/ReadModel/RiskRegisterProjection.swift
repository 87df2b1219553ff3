import EventStore
import Sujarit

/// Keeps the register's flat tables for listing and reporting, in portable SQL:
/// `risk_register` (one row per risk with its three latest scores and any acceptance), `risk_measures`
/// (one row per measure with its latest status) and `risk_measure_links` (which measure answers which risk).
///
/// Decisions fold the events themselves (``RiskLedger``); these tables serve queries that filter many risks,
/// such as `risk list` and, later, the O34/O35 reports.
public struct RiskRegisterProjection: Projection {
    public init() {}
    public let name = "risk_register"
    public let version = 1
    /// The types `statements(for:)` reads (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? {
        [
            RiskIdentified.eventType, RiskAssessed.eventType, RiskScoresFinalized.eventType, RiskAccepted.eventType,
            MeasurePlanned.eventType, MeasureProgressReported.eventType,
        ]
    }
    public let tables = ["risk_register", "risk_measures", "risk_measure_links"]

    static let kinds = ScoreKind.allCases.map(\.rawValue)

    public var schema: [String] {
        let scoreColumns = Self.kinds.map { kind in
            """
                \(kind)_likelihood BIGINT, \(kind)_impact BIGINT, \(kind)_score BIGINT,
                \(kind)_band TEXT, \(kind)_band_name TEXT, \(kind)_matrix TEXT,
            """
        }.joined(separator: "\n")
        return [
            """
            CREATE TABLE risk_register (
                id TEXT PRIMARY KEY, fiscal_year BIGINT NOT NULL, department TEXT NOT NULL, category TEXT NOT NULL,
                process TEXT NOT NULL, event TEXT NOT NULL, owner TEXT, matrix TEXT NOT NULL, copied_from TEXT,
            \(scoreColumns)
                accepted_until TEXT, accepted_by TEXT
            )
            """,
            "CREATE INDEX risk_register_year ON risk_register (fiscal_year, department, category)",
            """
            CREATE TABLE risk_measures (
                id TEXT PRIMARY KEY, fiscal_year BIGINT NOT NULL, title TEXT NOT NULL, owner TEXT NOT NULL, department TEXT,
                start_day TEXT, due_day TEXT, status TEXT NOT NULL, issue_area TEXT, questions TEXT, oit_items TEXT
            )
            """,
            """
            CREATE TABLE risk_measure_links (measure_id TEXT NOT NULL, risk_id TEXT NOT NULL, PRIMARY KEY \
            (measure_id, risk_id))
            """,
            "CREATE INDEX risk_measure_links_risk ON risk_measure_links (risk_id)",
        ]
    }

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case RiskIdentified.eventType:
            let r = try event.decode(RiskIdentified.self)
            return [
                SQLStatement(
                    """
                    INSERT INTO risk_register (id, fiscal_year, department, category, process, event, owner, matrix, copied_from)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        r.id.description, r.id.fiscalYear.be, r.department, r.category, r.process, r.event, r.owner,
                        r.matrix, r.copiedFrom?.description,
                    ]
                )
            ]
        case RiskAssessed.eventType:
            let e = try event.decode(RiskAssessed.self)
            return [score(e.risk, e.assessment)]
        case RiskScoresFinalized.eventType:
            let e = try event.decode(RiskScoresFinalized.self)
            return [score(e.risk, e.assessment)]
        case RiskAccepted.eventType:
            let e = try event.decode(RiskAccepted.self)
            return [
                SQLStatement(
                    "UPDATE risk_register SET accepted_until = ?, accepted_by = ? WHERE id = ?",
                    [e.expires.formatted(.iso), e.approver, e.risk.description])
            ]
        case MeasurePlanned.eventType:
            let m = try event.decode(MeasurePlanned.self)
            var statements = [
                SQLStatement(
                    """
                    INSERT INTO risk_measures (id, fiscal_year, title, owner, department, start_day, due_day, status, issue_area, questions, oit_items)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    [
                        m.id.description, m.id.fiscalYear.be, m.title, m.owner, m.department, m.start?.formatted(.iso),
                        m.due?.formatted(.iso),
                        MeasureStatus.notStarted.rawValue, m.integrity?.issueArea,
                        m.integrity?.questions.joined(separator: " "),
                        m.integrity?.oitItems.joined(separator: " "),
                    ]
                )
            ]
            for risk in m.risks {
                statements.append(
                    SQLStatement(
                        "INSERT INTO risk_measure_links (measure_id, risk_id) VALUES (?, ?)",
                        [m.id.description, risk.description]))
            }
            return statements
        case MeasureProgressReported.eventType:
            let e = try event.decode(MeasureProgressReported.self)
            return [
                SQLStatement(
                    "UPDATE risk_measures SET status = ? WHERE id = ?", [e.status.rawValue, e.measure.description])
            ]
        default:
            return []
        }
    }

    private func score(_ risk: RiskID, _ a: Assessment) -> SQLStatement {
        let k = a.kind.rawValue
        return SQLStatement(
            """
            UPDATE risk_register SET \(k)_likelihood = ?, \(k)_impact = ?, \(k)_score = ?, \(k)_band = ?, \(k)_band_name = ?, \(k)_matrix = ?
            WHERE id = ?
            """,
            [a.likelihood, a.impact, a.score, a.band, a.bandName, a.matrix.description, risk.description]
        )
    }
}

/// One row of `risk list`, read from the projection.
public struct RiskRow: Sendable, Hashable {
    public var id: String
    public var fiscalYear: Int
    public var department: String
    public var category: String
    public var process: String
    public var event: String
    /// `4×3=12 สูง` per kind, nil when not scored.
    public var scores: [ScoreKind: String]
    public var status: RiskStatus
}

/// Filters for ``RiskRegisterQueries/list(_:filter:on:)``; nil means any.
public struct RiskListFilter: Sendable, Hashable {
    public var fiscalYear: FiscalYear?
    public var department: String?
    public var category: String?
    /// A band id or Thai name, matched on `kind`'s score, or the standing score (current, else inherent).
    public var level: String?
    public var kind: ScoreKind?
    public var status: RiskStatus?

    public init(
        fiscalYear: FiscalYear? = nil, department: String? = nil, category: String? = nil, level: String? = nil,
        kind: ScoreKind? = nil, status: RiskStatus? = nil
    ) {
        self.fiscalYear = fiscalYear
        self.department = department
        self.category = category
        self.level = level
        self.kind = kind
        self.status = status
    }
}

/// Typed queries on the register's tables.
public enum RiskRegisterQueries {
    /// Risks matching `filter`, by id, with their status on `day`.
    public static func list(
        _ store: any EventStore, filter: RiskListFilter, on day: CalendarDate
    ) async throws -> [RiskRow] {
        var conditions: [String] = []
        var arguments: [any SQLValueConvertible] = []
        if let year = filter.fiscalYear { conditions.append("fiscal_year = ?"); arguments.append(year.be) }
        if let department = filter.department { conditions.append("department = ?"); arguments.append(department) }
        if let category = filter.category { conditions.append("category = ?"); arguments.append(category) }
        if let level = filter.level {
            let band = filter.kind.map { "\($0.rawValue)_band" } ?? "COALESCE(current_band, inherent_band)"
            let name =
                filter.kind.map { "\($0.rawValue)_band_name" } ?? "COALESCE(current_band_name, inherent_band_name)"
            conditions.append("(\(band) = ? OR \(name) = ?)")
            arguments += [level.lowercased(), level]
        }
        let today = day.formatted(.iso)
        let status = """
            CASE WHEN accepted_until IS NOT NULL AND accepted_until < ? THEN 'expired'
                 WHEN accepted_until IS NOT NULL THEN 'accepted'
                 WHEN EXISTS (SELECT 1 FROM risk_measure_links l WHERE l.risk_id = r.id) THEN 'treated'
                 ELSE 'open' END
            """
        let columns = ScoreKind.allCases.map { k in
            "\(k.rawValue)_likelihood, \(k.rawValue)_impact, \(k.rawValue)_score, \(k.rawValue)_band_name"
        }.joined(separator: ", ")
        var sql =
            """
            SELECT id, fiscal_year, department, category, process, event, \(columns), \(status) AS status FROM \
            risk_register r
            """
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY fiscal_year, id"
        let rows = try await store.query(sql, [today] + arguments)
        return rows.compactMap { row in
            let status = RiskStatus(rawValue: row.string("status") ?? "") ?? .open
            if let wanted = filter.status, wanted != status { return nil }
            var scores: [ScoreKind: String] = [:]
            for kind in ScoreKind.allCases {
                let k = kind.rawValue
                guard let l = row.int("\(k)_likelihood"), let i = row.int("\(k)_impact") else { continue }
                scores[kind] = "\(l)×\(i)=\(row.int("\(k)_score") ?? l * i) \(row.string("\(k)_band_name") ?? "")"
            }
            return RiskRow(
                id: row.string("id") ?? "", fiscalYear: row.int("fiscal_year") ?? 0,
                department: row.string("department") ?? "",
                category: row.string("category") ?? "", process: row.string("process") ?? "",
                event: row.string("event") ?? "",
                scores: scores, status: status
            )
        }
    }
}
