import EventStore
import Foundation
import Sujarit

/// Keeps the procurement read model, in portable SQL (the same statements run on SQLite and PostgreSQL):
///
/// - `procurement_projects`: one row per project, joining what the feed said (first and last
///   announcement, latest title and method, the department given at import) with what contract data said
///   (title, method, fiscal year, budget, reference price, agreed price, department name). Contract data
///   wins where both speak; nothing is guessed where neither does.
/// - `procurement_announcements`: each announcement, the project's timeline (its link and fingerprint
///   stay in the event, `sequence` leads to it: the table is written once per announcement, millions of
///   times for a national feed, so it holds only what the timeline shows).
/// - `procurement_contracts`: the latest record of each contract of a project, keyed by contract number
///   (or the winner, when a row has no number), so a corrected row replaces the one it corrects.
/// - `procurement_bidders`: every bidder a CoST bidder list names for a project (the union of the lists).
/// - `procurement_imports`: every imported file, with its digest and counts.
///
/// Events may arrive in any order of publication (an older feed imported after a newer one), so "first"
/// and "latest" are decided by dates in the statements, not by arrival.
public struct ProcurementProjection: Projection {
    /// The projection; register it with the store (the CLI does, in ModuleCatalog).
    public init() {}
    public let name = "procurement"
    public let version = 2
    public let tables = [
        "procurement_projects", "procurement_announcements", "procurement_contracts", "procurement_bidders",
        "procurement_imports",
    ]
    public let schema = [
        """
        CREATE TABLE procurement_projects (
            project_id             TEXT PRIMARY KEY,
            kind                   TEXT NOT NULL,
            department_id          TEXT NOT NULL,
            department_name        TEXT,
            fiscal_year            BIGINT NOT NULL,
            feed_fiscal_year       BIGINT,
            contract_fiscal_year   BIGINT,
            feed_title             TEXT,
            feed_title_published   TEXT,
            contract_title         TEXT,
            feed_method            TEXT,
            feed_method_published  TEXT,
            contract_method        TEXT,
            first_published        TEXT,
            last_published         TEXT,
            announcement_count     BIGINT NOT NULL,
            budget_satang          BIGINT,
            reference_price_satang BIGINT,
            agreed_price_satang    BIGINT,
            contract_records       BIGINT NOT NULL
        )
        """,
        "CREATE INDEX procurement_projects_year ON procurement_projects (fiscal_year, department_id)",
        "CREATE INDEX procurement_projects_department ON procurement_projects (department_id)",
        """
        CREATE TABLE procurement_announcements (
            sequence    BIGINT PRIMARY KEY,
            project_id  TEXT NOT NULL,
            type        TEXT NOT NULL,
            published   TEXT NOT NULL,
            title       TEXT NOT NULL,
            method      TEXT
        )
        """,
        "CREATE INDEX procurement_announcements_project ON procurement_announcements (project_id, published)",
        """
        CREATE TABLE procurement_contracts (
            project_id      TEXT NOT NULL,
            contract_key    TEXT NOT NULL,
            contract_number TEXT,
            winner_name     TEXT NOT NULL,
            winner_name_key TEXT NOT NULL,
            winner_tax_id   TEXT,
            tax_id_reading  TEXT NOT NULL,
            signed          TEXT,
            finishes        TEXT,
            amount_satang   BIGINT,
            agreed_satang   BIGINT,
            status          TEXT,
            source          TEXT NOT NULL,
            sequence        BIGINT NOT NULL,
            PRIMARY KEY (project_id, contract_key)
        )
        """,
        "CREATE INDEX procurement_contracts_tax_id ON procurement_contracts (winner_tax_id)",
        "CREATE INDEX procurement_contracts_name_key ON procurement_contracts (winner_name_key)",
        """
        CREATE TABLE procurement_bidders (
            project_id    TEXT NOT NULL,
            name_key      TEXT NOT NULL,
            bidder_name   TEXT NOT NULL,
            bidder_tax_id TEXT,
            sequence      BIGINT NOT NULL,
            position      BIGINT NOT NULL,
            PRIMARY KEY (project_id, name_key)
        )
        """,
        "CREATE INDEX procurement_bidders_tax_id ON procurement_bidders (bidder_tax_id)",
        """
        CREATE TABLE procurement_imports (
            sequence      BIGINT PRIMARY KEY,
            kind          TEXT NOT NULL,
            file          TEXT NOT NULL,
            sha256        TEXT NOT NULL,
            department_id TEXT,
            recorded_at   BIGINT NOT NULL,
            actor         TEXT NOT NULL,
            record        TEXT NOT NULL
        )
        """,
    ]

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case AnnouncementPublished.eventType:
            return Self.statements(for: try event.decode(AnnouncementPublished.self), event: event)
        case ContractRecorded.eventType:
            return Self.statements(for: try event.decode(ContractRecorded.self), event: event)
        case FeedImported.eventType:
            let imported = try event.decode(FeedImported.self)
            var statements = [Self.importRow(event, kind: "feed", file: imported.file, sha256: imported.sha256, department: imported.departmentID)]
            if let name = imported.departmentName {
                statements.append(SQLStatement(
                    "UPDATE procurement_projects SET department_name = ? WHERE department_id = ? AND department_name IS NULL",
                    [name, imported.departmentID]))
            }
            return statements
        case BiddersRecorded.eventType:
            let recorded = try event.decode(BiddersRecorded.self)
            return recorded.bidders.enumerated().map { position, bidder in
                SQLStatement(
                    """
                    INSERT INTO procurement_bidders (project_id, name_key, bidder_name, bidder_tax_id, sequence, position)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (project_id, name_key) DO UPDATE SET bidder_name = excluded.bidder_name,
                        bidder_tax_id = COALESCE(excluded.bidder_tax_id, procurement_bidders.bidder_tax_id)
                    """,
                    [recorded.projectID.rawValue, bidder.taxID.map { "tin:\($0.digits)" } ?? "name:\(bidder.normalizedName)",
                     bidder.name, bidder.taxID?.digits, event.sequence, position])
            }
        case ContractsImported.eventType:
            let imported = try event.decode(ContractsImported.self)
            return [Self.importRow(event, kind: "contracts", file: imported.file, sha256: imported.sha256, department: imported.departmentID)]
        default:
            return []
        }
    }

    // MARK: Announcements

    /// The announcement's row and its project's update. A title or method only replaces the project's
    /// when it is at least as recent as the one it replaces; an untitled amendment never blanks it.
    static func statements(for published: AnnouncementPublished, event: RecordedEvent) -> [SQLStatement] {
        let day = published.published.isoText
        let title: SQLValue = published.title.isEmpty ? .null : .text(published.title)
        let dayIfTitled: SQLValue = published.title.isEmpty ? .null : .text(day)
        let method: SQLValue = published.method.map { .text($0.key) } ?? .null
        let dayIfMethod: SQLValue = published.method == nil ? .null : .text(day)
        let fiscalYear = SQLValue.integer(Int64(FiscalYear.containing(published.published).be))
        let project = SQLValue.text(published.projectID.rawValue)
        // Arguments are built as SQLValues directly: these two statements run for every announcement.
        var announcement = SQLStatement(insertAnnouncement)
        announcement.arguments = [
            .integer(event.sequence), project, .text(published.type.code), .text(day), .text(published.title), method,
        ]
        var upsert = SQLStatement(upsertProjectFromAnnouncement)
        upsert.arguments = [
            project, .text(published.projectID.kind.rawValue), .text(published.departmentID), fiscalYear, fiscalYear,
            title, dayIfTitled, method, dayIfMethod, .text(day), .text(day),
        ]
        return [announcement, upsert]
    }

    static let insertAnnouncement = """
        INSERT INTO procurement_announcements (sequence, project_id, type, published, title, method) VALUES (?, ?, ?, ?, ?, ?)
        """

    static let upsertProjectFromAnnouncement = """
        INSERT INTO procurement_projects (project_id, kind, department_id, fiscal_year, feed_fiscal_year,
            feed_title, feed_title_published, feed_method, feed_method_published, first_published, last_published,
            announcement_count, contract_records)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 0)
        ON CONFLICT (project_id) DO UPDATE SET
            department_id = CASE WHEN procurement_projects.department_id = '' THEN excluded.department_id
                ELSE procurement_projects.department_id END,
            feed_fiscal_year = CASE WHEN procurement_projects.first_published IS NULL
                    OR excluded.first_published < procurement_projects.first_published
                THEN excluded.feed_fiscal_year ELSE procurement_projects.feed_fiscal_year END,
            fiscal_year = COALESCE(procurement_projects.contract_fiscal_year,
                CASE WHEN procurement_projects.first_published IS NULL
                    OR excluded.first_published < procurement_projects.first_published
                THEN excluded.feed_fiscal_year ELSE procurement_projects.feed_fiscal_year END),
            feed_title = CASE WHEN excluded.feed_title IS NOT NULL AND (procurement_projects.feed_title_published IS NULL
                    OR excluded.feed_title_published >= procurement_projects.feed_title_published)
                THEN excluded.feed_title ELSE procurement_projects.feed_title END,
            feed_title_published = CASE WHEN excluded.feed_title IS NOT NULL AND (procurement_projects.feed_title_published IS NULL
                    OR excluded.feed_title_published >= procurement_projects.feed_title_published)
                THEN excluded.feed_title_published ELSE procurement_projects.feed_title_published END,
            feed_method = CASE WHEN excluded.feed_method IS NOT NULL AND (procurement_projects.feed_method_published IS NULL
                    OR excluded.feed_method_published >= procurement_projects.feed_method_published)
                THEN excluded.feed_method ELSE procurement_projects.feed_method END,
            feed_method_published = CASE WHEN excluded.feed_method IS NOT NULL AND (procurement_projects.feed_method_published IS NULL
                    OR excluded.feed_method_published >= procurement_projects.feed_method_published)
                THEN excluded.feed_method_published ELSE procurement_projects.feed_method_published END,
            first_published = CASE WHEN procurement_projects.first_published IS NULL
                    OR excluded.first_published < procurement_projects.first_published
                THEN excluded.first_published ELSE procurement_projects.first_published END,
            last_published = CASE WHEN procurement_projects.last_published IS NULL
                    OR excluded.last_published > procurement_projects.last_published
                THEN excluded.last_published ELSE procurement_projects.last_published END,
            announcement_count = procurement_projects.announcement_count + 1
        """

    // MARK: Contracts

    /// The project's update and, when the row has a contract, the contract's row (replacing an earlier
    /// record of the same contract). Contract data's values replace earlier ones but a missing value never
    /// erases a known one.
    static func statements(for recorded: ContractRecorded, event: RecordedEvent) -> [SQLStatement] {
        let project = recorded.project
        let explicitYear = recorded.fiscalYear?.be
        let fallbackYear = explicitYear ?? FiscalYear(be: recorded.projectID.beYear).be
        var statements = [SQLStatement(
            """
            INSERT INTO procurement_projects (project_id, kind, department_id, department_name, fiscal_year, contract_fiscal_year,
                contract_title, contract_method, announcement_count, budget_satang, reference_price_satang,
                agreed_price_satang, contract_records)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1)
            ON CONFLICT (project_id) DO UPDATE SET
                department_id = CASE WHEN procurement_projects.department_id = '' THEN excluded.department_id
                    ELSE procurement_projects.department_id END,
                department_name = COALESCE(excluded.department_name, procurement_projects.department_name),
                contract_fiscal_year = COALESCE(excluded.contract_fiscal_year, procurement_projects.contract_fiscal_year),
                fiscal_year = COALESCE(excluded.contract_fiscal_year, procurement_projects.contract_fiscal_year,
                    procurement_projects.feed_fiscal_year, procurement_projects.fiscal_year),
                contract_title = COALESCE(excluded.contract_title, procurement_projects.contract_title),
                contract_method = COALESCE(excluded.contract_method, procurement_projects.contract_method),
                budget_satang = COALESCE(excluded.budget_satang, procurement_projects.budget_satang),
                reference_price_satang = COALESCE(excluded.reference_price_satang, procurement_projects.reference_price_satang),
                agreed_price_satang = COALESCE(excluded.agreed_price_satang, procurement_projects.agreed_price_satang),
                contract_records = procurement_projects.contract_records + 1
            """,
            [recorded.projectID.rawValue, recorded.projectID.kind.rawValue, recorded.departmentID ?? "", project.departmentName,
             fallbackYear, explicitYear, project.title.isEmpty ? nil : project.title, project.method?.key,
             project.budget?.satang, project.referencePrice?.satang, project.agreedPrice?.satang])]
        if let contract = recorded.contract {
            let winner = PartyReference(name: contract.winnerName, taxID: contract.winnerTaxID)
            // A row's agreed price is its contract's (data.go.th repeats no project total); GovSpending gives
            // each contract's own price_agree as the amount.
            let agreed = recorded.source == .dataGoThCSV ? project.agreedPrice ?? contract.amount : contract.amount
            statements.append(SQLStatement(
                """
                INSERT INTO procurement_contracts (project_id, contract_key, contract_number, winner_name, winner_name_key,
                    winner_tax_id, tax_id_reading, signed, finishes, amount_satang, agreed_satang, status, source, sequence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (project_id, contract_key) DO UPDATE SET
                    contract_number = excluded.contract_number, winner_name = excluded.winner_name,
                    winner_name_key = excluded.winner_name_key, winner_tax_id = excluded.winner_tax_id,
                    tax_id_reading = excluded.tax_id_reading, signed = excluded.signed, finishes = excluded.finishes,
                    amount_satang = excluded.amount_satang, agreed_satang = excluded.agreed_satang,
                    status = excluded.status, source = excluded.source, sequence = excluded.sequence
                """,
                [recorded.projectID.rawValue, recorded.contractKey, contract.contractNumber, contract.winnerName,
                 winner.normalizedName, contract.winnerTaxID?.digits, contract.winnerTaxIDReading.rawValue,
                 contract.signed?.description, contract.finishes?.description, contract.amount?.satang,
                 agreed?.satang, contract.status, recorded.source.rawValue, event.sequence]))
        }
        return statements
    }

    // MARK: Imports

    /// The row recording one imported file.
    static func importRow(_ event: RecordedEvent, kind: String, file: String, sha256: String, department: String?) -> SQLStatement {
        SQLStatement(
            "INSERT INTO procurement_imports (sequence, kind, file, sha256, department_id, recorded_at, actor, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [event.sequence, kind, file, sha256, department, Microseconds.from(event.recordedAt), event.actor, event.payloadText])
    }
}

extension ContractRecorded {
    /// The fiscal year the row belongs to: its own, else its announcement's, else its signature's.
    var fiscalYear: FiscalYear? {
        project.fiscalYear ?? project.announced.map(FiscalYear.containing) ?? contract?.signed.map(FiscalYear.containing)
    }

    /// What identifies the contract within its project in the read model: its number, else its winner.
    var contractKey: String {
        guard let contract else { return "-" }
        if let number = contract.contractNumber?.trimmingCharacters(in: .whitespaces), !number.isEmpty {
            return "no:\(number)"
        }
        if let taxID = contract.winnerTaxID { return "tin:\(taxID.digits)" }
        return "winner:\(PartyReference.normalize(contract.winnerName))"
    }
}
