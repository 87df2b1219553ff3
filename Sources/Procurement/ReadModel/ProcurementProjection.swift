import EventStore
import Foundation
import Sujarit

/// Keeps the procurement read model, in portable SQL (the same statements run on SQLite and PostgreSQL):
///
/// - `procurement_projects`: one row per project, joining what the feed said (first and last
///   announcement, latest title and method, the department given at import) with what contract data said
///   (title, method, fiscal year, budget, reference price, agreed price, department name). Contract data
///   wins where both speak; nothing is guessed where neither does.
/// - `procurement_announcements`: each announcement, the project's timeline, keyed on the parts of its
///   fingerprint (project, type, day, document), which is what makes an announcement unique in the store.
///   Its title and link stay in the event, which `sequence` and `position` lead to: the table is written
///   once per announcement, millions of times for a national feed, and the title (Thai, three bytes a
///   letter in UTF-8) was three quarters of its bytes and a quarter of a feed import's store, for the one
///   command that shows it (``ProcurementReadModel/project(_:in:)`` reads titles from the log).
/// - `procurement_contracts`: the latest record of each contract of a project, keyed by contract number
///   (or the winner, when a row has no number), so a corrected row replaces the one it corrects. Its
///   `sequence` is the event's that recorded it (a ``ContractsRecorded`` records many rows).
/// - `procurement_bidders`: every bidder a CoST bidder list names for a project (the union of the lists).
/// - `procurement_imports`: every imported file, with its digest and counts.
/// - `procurement_departments`: the name the latest feed import gave each department, shown for its
///   projects whose contract data names none (`department_name` holds contract data's name only).
/// - `procurement_fingerprints`: a key per announcement and per contract record, the importers' ledger
///   (``ProcurementLedger``, where the choice of keeping it here is explained): reports never read it.
///
/// Events may arrive in any order of publication (an older feed imported after a newer one), so "first"
/// and "latest" are decided by dates in the statements, not by arrival.
public struct ProcurementProjection: Projection {
    /// The projection; register it with the store (the CLI does, in ModuleCatalog).
    public init() {}
    public let name = "procurement"
    /// 8 since the ledger holds contract records too (``ContractsRecorded``).
    public let version = 8
    /// The types `statements(for:)` reads (see ``Projection/eventTypes``).
    public var eventTypes: Set<String>? {
        [
            AnnouncementsPublished.eventType, AnnouncementPublished.eventType, ContractsRecorded.eventType,
            ContractRecorded.eventType, FeedImported.eventType, BiddersRecorded.eventType, ContractsImported.eventType,
        ]
    }
    public let tables = [
        "procurement_projects", "procurement_announcements", "procurement_contracts", "procurement_bidders",
        "procurement_imports", "procurement_departments", ProcurementLedger.table,
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
        // Both end in the project id so that a walk of one department or one year pages in key order
        // straight off the index: with `(department_id)` alone, SQLite searched the whole department and
        // sorted it in a temporary B-tree for every page of 500, and `flags run` was quadratic in a
        // department's size (648 s for 1,000,000 projects, 90 % of it in paging; issue 17).
        "CREATE INDEX procurement_projects_year ON procurement_projects (fiscal_year, project_id)",
        "CREATE INDEX procurement_projects_department ON procurement_projects (department_id, project_id)",
        // Keyed on the announcement's identity (the parts of its fingerprint), a second guard behind the
        // importer's ledger; its first column serves the timeline's lookups by project, so the table needs
        // no other index.
        """
        CREATE TABLE procurement_announcements (
            project_id  TEXT NOT NULL,
            type        TEXT NOT NULL,
            published   TEXT NOT NULL,
            document    TEXT NOT NULL,
            sequence    BIGINT NOT NULL,
            position    BIGINT NOT NULL,
            PRIMARY KEY (project_id, type, published, document)
        )
        """,
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
        "CREATE TABLE procurement_departments (department_id TEXT PRIMARY KEY, name TEXT NOT NULL)",
        ProcurementLedger.schema,
    ]

    public func statements(for event: RecordedEvent) throws -> [SQLStatement] {
        switch event.type {
        case AnnouncementsPublished.eventType:
            let published = try event.decode(AnnouncementsPublished.self)
            return Self.statements(
                for: published.announcements.map(TimelineEntry.init), department: published.departmentID, event: event,
                conflict: .refuse)
        case AnnouncementPublished.eventType:
            // The event of imports before AnnouncementsPublished: one per announcement, already unique by
            // its dedupe key (the fingerprint), so neither the timeline's key nor the ledger's refuses it.
            let published = try event.decode(AnnouncementPublished.self)
            return Self.statements(
                for: [TimelineEntry(published)], department: published.departmentID, event: event,
                conflict: .keep)
        case ContractsRecorded.eventType:
            let recorded = try RecordedContracts.of(event)
            return recorded.rows.flatMap(Self.statements(for:))
                + ProcurementLedger.statements(recording: recorded.keys, ignoringKnown: false)
        case ContractRecorded.eventType:
            // The event of imports before ContractsRecorded: one per row, already unique by its dedupe key.
            let rows = try ContractRows.of(event)
            return Self.statements(for: rows)
                + ProcurementLedger.statements(recording: [rows.ledgerKey(payload: event.payload)], ignoringKnown: true)
        case FeedImported.eventType:
            let imported = try event.decode(FeedImported.self)
            var statements = [
                Self.importRow(
                    event, kind: "feed", file: imported.file, sha256: imported.sha256, department: imported.departmentID
                )
            ]
            if let name = imported.departmentName {
                // Kept once per department, not written into each of its projects: a national feed's
                // department has hundreds of thousands of them, and rewriting every row at the end of each
                // import was a sixth of an import's time.
                statements.append(
                    SQLStatement(
                        "INSERT INTO procurement_departments (department_id, name) VALUES (?, ?) "
                            + "ON CONFLICT (department_id) DO UPDATE SET name = excluded.name",
                        [imported.departmentID, name]))
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
                    [
                        recorded.projectID.rawValue,
                        bidder.taxID.map { "tin:\($0.digits)" } ?? "name:\(bidder.normalizedName)",
                        bidder.name, bidder.taxID?.digits, event.sequence, position,
                    ])
            }
        case ContractsImported.eventType:
            let imported = try event.decode(ContractsImported.self)
            return [
                Self.importRow(
                    event, kind: "contracts", file: imported.file, sha256: imported.sha256,
                    department: imported.departmentID)
            ]
        default:
            return []
        }
    }

    // MARK: Announcements

    /// What the timeline and the project row need of one announcement, from either event type.
    struct TimelineEntry {
        var projectID: EGPProjectID
        var type: AnnouncementType
        var method: ProcurementMethod?
        var title: String
        var published: CalendarDate
        var document: String

        init(_ entry: AnnouncementsPublished.Entry) {
            projectID = entry.projectID
            type = entry.type
            method = entry.method
            title = entry.title
            published = entry.published
            document = EGPAnnouncement.document(
                reference: entry.link.flatMap(EGPDocumentReference.init(url:)), url: entry.link, title: entry.title)
        }

        /// An announcement of a store written before batches: the same facts, one event each.
        init(_ event: AnnouncementPublished) {
            self.init(
                AnnouncementsPublished.Entry(
                    projectID: event.projectID, type: event.type, method: event.method, title: event.title,
                    published: event.published, link: event.link, sourceDescription: event.sourceDescription,
                    sourceLine: event.sourceLine
                ))
        }
    }

    /// What one event's announcements change in one project's row: summed, and the latest title and
    /// method (the last of the latest day, as applying them one by one would keep).
    struct ProjectChange {
        var count = 0
        var first: CalendarDate
        var last: CalendarDate
        var title: (text: String, day: CalendarDate)?
        var method: (key: String, day: CalendarDate)?

        init(_ entry: TimelineEntry) {
            first = entry.published
            last = entry.published
            add(entry)
        }

        mutating func add(_ entry: TimelineEntry) {
            count += 1
            first = min(first, entry.published)
            last = max(last, entry.published)
            if !entry.title.isEmpty, title.map({ entry.published >= $0.day }) ?? true {
                title = (entry.title, entry.published)
            }
            if let key = entry.method?.key, method.map({ entry.published >= $0.day }) ?? true {
                method = (key, entry.published)
            }
        }
    }

    /// Each announcement's timeline row, then one update per project, both written as multi-row INSERTs
    /// (``chunkSizes``) in the order of the tables' keys. A title or method only replaces the project's
    /// when it is at least as recent as the one it replaces; an untitled amendment never blanks it.
    ///
    /// Why multi-row: one statement per announcement cost a statement-cache lookup (hashing the SQL text,
    /// two kilobytes for the project's upsert), a bind-and-step round and a Swift array per row; a batch of
    /// 5,000 announcements now makes about 120 statements instead of 7,500. An event's rows are unique
    /// (its projects are summed first; the importer leaves out announcements the ledger holds),
    /// so no statement touches one row twice, which PostgreSQL's upsert requires.
    ///
    /// Why in key order: inside the import's transaction SQLite keeps, for every multi-row statement, a
    /// copy of each page the statement changes (its statement journal, so that the statement alone can be
    /// undone). In feed order, a statement's 64 rows land on as many different pages of the key's B-tree, a
    /// page copied per row; sorted, neighbouring rows share pages. `position` stays the announcement's
    /// place in the event, which is what leads back to it.
    static func statements(
        for entries: [TimelineEntry], department: String, event: RecordedEvent, conflict: TimelineConflict
    ) -> [SQLStatement] {
        var statements: [SQLStatement] = []
        var changes: [ProjectChange] = []
        var indexOfProject: [String: Int] = [:]
        var projects: [EGPProjectID] = []
        var projectOfEntry: [Int] = []
        projectOfEntry.reserveCapacity(entries.count)
        for entry in entries {
            if let index = indexOfProject[entry.projectID.rawValue] {
                changes[index].add(entry)
                projectOfEntry.append(index)
            } else {
                indexOfProject[entry.projectID.rawValue] = changes.count
                projectOfEntry.append(changes.count)
                changes.append(ProjectChange(entry))
                projects.append(entry.projectID)
            }
        }
        let sequence = SQLValue.integer(event.sequence)
        let projectOrder = projects.indices.sorted { projects[$0] < projects[$1] }
        let timelineOrder = Self.grouped(projectOfEntry, order: projectOrder)
        var next = 0
        for size in chunkSizes(entries.count) {
            // Arguments are built as SQLValues directly: this runs for every announcement.
            var arguments: [SQLValue] = []
            arguments.reserveCapacity(size * 6)
            // Appended one by one: an array literal per row would be an allocation per row.
            for position in timelineOrder[next..<next + size] {
                let entry = entries[position]
                arguments.append(.text(entry.projectID.rawValue))
                arguments.append(.text(entry.type.code))
                arguments.append(.text(entry.published.isoText))
                arguments.append(.text(entry.document))
                arguments.append(sequence)
                arguments.append(.integer(Int64(position)))
            }
            next += size
            var insert = SQLStatement(conflict == .refuse ? insertAnnouncements(size) : insertAnnouncementsIfNew(size))
            insert.arguments = arguments
            statements.append(insert)
        }
        next = 0
        for size in chunkSizes(projects.count) {
            var arguments: [SQLValue] = []
            arguments.reserveCapacity(size * 12)
            for index in projectOrder[next..<next + size] {
                let (project, change) = (projects[index], changes[index])
                let fiscalYear = SQLValue.integer(Int64(FiscalYear.containing(change.first).be))
                arguments.append(.text(project.rawValue))
                arguments.append(.text(project.kind.rawValue))
                arguments.append(.text(department))
                arguments.append(fiscalYear)
                arguments.append(fiscalYear)
                arguments.append(change.title.map { .text($0.text) } ?? .null)
                arguments.append(change.title.map { .text($0.day.isoText) } ?? .null)
                arguments.append(change.method.map { .text($0.key) } ?? .null)
                arguments.append(change.method.map { .text($0.day.isoText) } ?? .null)
                arguments.append(.text(change.first.isoText))
                arguments.append(.text(change.last.isoText))
                arguments.append(.integer(Int64(change.count)))
            }
            next += size
            var upsert = SQLStatement(upsertProjectsFromAnnouncements(size))
            upsert.arguments = arguments
            statements.append(upsert)
        }
        let keys = entries.map {
            ProcurementLedger.key(
                projectID: $0.projectID.rawValue, type: $0.type.code, published: $0.published.isoText,
                document: $0.document)
        }
        statements += ProcurementLedger.statements(recording: keys, ignoringKnown: conflict == .keep)
        return statements
    }

    /// The entries' indices grouped by project, the groups in `order` (of project indices), each group in
    /// the entries' own order: a counting sort, since the projects are already sorted.
    static func grouped(_ projectOfEntry: [Int], order: [Int]) -> [Int] {
        var start = [Int](repeating: 0, count: order.count)
        for project in projectOfEntry { start[project] += 1 }
        var offset = 0
        for project in order {
            (start[project], offset) = (offset, offset + start[project])
        }
        var grouped = [Int](repeating: 0, count: projectOfEntry.count)
        for (entry, project) in projectOfEntry.enumerated() {
            grouped[start[project]] = entry
            start[project] += 1
        }
        return grouped
    }

    /// What a timeline or ledger row already there does to the statement.
    enum TimelineConflict {
        /// Refuses it, and the whole import with it (``AnnouncementsPublished``, whose importer has left out
        /// what the ledger holds).
        case refuse
        /// Keeps the row there (the older per-announcement event, already unique by its dedupe key).
        case keep
    }

    /// The sizes of the multi-row statements for `count` rows: as many of 64 as fit, then 16, 4 and 1, so
    /// that only four statement texts per table are ever prepared and cached.
    static func chunkSizes(_ count: Int) -> [Int] {
        var sizes: [Int] = []
        var left = count
        for size in [64, 16, 4, 1] {
            while left >= size {
                sizes.append(size)
                left -= size
            }
        }
        return sizes
    }

    /// `count` placeholder tuples of `width` placeholders: `(?,?),(?,?)`.
    static func placeholders(_ count: Int, width: Int) -> String {
        let tuple = "(" + Array(repeating: "?", count: width).joined(separator: ",") + ")"
        return Array(repeating: tuple, count: count).joined(separator: ",")
    }

    /// `count` project tuples: twelve placeholders and contract_records 0.
    static func projectTuples(_ count: Int) -> String {
        let tuple = "(" + Array(repeating: "?", count: 12).joined(separator: ",") + ",0)"
        return Array(repeating: tuple, count: count).joined(separator: ",")
    }

    /// The statement texts for each of ``chunkSizes``'s sizes, built once.
    static let multiRowTexts: [Int: (refuse: String, keep: String, upsert: String)] = Dictionary(
        uniqueKeysWithValues: [64, 16, 4, 1].map { size in
            let insert =
                """
                INSERT INTO procurement_announcements (project_id, type, published, document, sequence, position) \
                VALUES 
                """
                + placeholders(size, width: 6)
            return (
                size,
                (
                    insert, insert + " ON CONFLICT (project_id, type, published, document) DO NOTHING",
                    upsertProjectsHead + projectTuples(size) + upsertProjectsTail
                )
            )
        })

    /// `count` timeline rows; refused (and the whole import with it) when an announcement is already there.
    static func insertAnnouncements(_ count: Int) -> String {
        multiRowTexts[count]!.refuse
    }

    /// `count` timeline rows of the older per-announcement event, each kept once.
    static func insertAnnouncementsIfNew(_ count: Int) -> String {
        multiRowTexts[count]!.keep
    }

    /// `count` projects' changes from announcements.
    static func upsertProjectsFromAnnouncements(_ count: Int) -> String {
        multiRowTexts[count]!.upsert
    }

    // The target is aliased `p` (SQLite and PostgreSQL both accept `INSERT INTO t AS p`): the text is
    // hashed for the statement cache at every execution.
    static let upsertProjectsHead = """
        INSERT INTO procurement_projects AS p (project_id, kind, department_id, fiscal_year, feed_fiscal_year,
            feed_title, feed_title_published, feed_method, feed_method_published, first_published, last_published,
            announcement_count, contract_records) VALUES 
        """

    // Each placeholder tuple has 12 values; contract_records is 0 for a new project (see the tail).
    static let upsertProjectsTail = """
         ON CONFLICT (project_id) DO UPDATE SET
            department_id = CASE WHEN p.department_id = '' OR p.department_id LIKE 'name:%' THEN excluded.department_id
                ELSE p.department_id END,
            feed_fiscal_year = CASE WHEN p.first_published IS NULL OR excluded.first_published < p.first_published
                THEN excluded.feed_fiscal_year ELSE p.feed_fiscal_year END,
            fiscal_year = COALESCE(p.contract_fiscal_year,
                CASE WHEN p.first_published IS NULL OR excluded.first_published < p.first_published
                THEN excluded.feed_fiscal_year ELSE p.feed_fiscal_year END),
            feed_title = CASE WHEN excluded.feed_title IS NOT NULL AND (p.feed_title_published IS NULL
                    OR excluded.feed_title_published >= p.feed_title_published)
                THEN excluded.feed_title ELSE p.feed_title END,
            feed_title_published = CASE WHEN excluded.feed_title IS NOT NULL AND (p.feed_title_published IS NULL
                    OR excluded.feed_title_published >= p.feed_title_published)
                THEN excluded.feed_title_published ELSE p.feed_title_published END,
            feed_method = CASE WHEN excluded.feed_method IS NOT NULL AND (p.feed_method_published IS NULL
                    OR excluded.feed_method_published >= p.feed_method_published)
                THEN excluded.feed_method ELSE p.feed_method END,
            feed_method_published = CASE WHEN excluded.feed_method IS NOT NULL AND (p.feed_method_published IS NULL
                    OR excluded.feed_method_published >= p.feed_method_published)
                THEN excluded.feed_method_published ELSE p.feed_method_published END,
            first_published = CASE WHEN p.first_published IS NULL OR excluded.first_published < p.first_published
                THEN excluded.first_published ELSE p.first_published END,
            last_published = CASE WHEN p.last_published IS NULL OR excluded.last_published > p.last_published
                THEN excluded.last_published ELSE p.last_published END,
            announcement_count = p.announcement_count + excluded.announcement_count
        """

    // MARK: Contracts

    /// The project's update and, when the row has a contract, the contract's row (replacing an earlier
    /// record of the same contract). Contract data's values replace earlier ones but a missing value never
    /// erases a known one.
    static func statements(for rows: ContractRows) -> [SQLStatement] {
        var project = SQLStatement(upsertProjectFromContract)
        project.arguments = rows.project
        guard let contractRow = rows.contract else { return [project] }
        var contract = SQLStatement(upsertContract)
        contract.arguments = contractRow
        return [project, contract]
    }

    /// The values one ``ContractRecorded`` writes: its project's insert arguments (``upsertProjectFromContract``)
    /// and, when the row has a contract, the contract's (``upsertContract``).
    ///
    /// Built as `SQLValue`s straight from the event: the per-event statements and the batch form
    /// (``ContractFold``) read the same values, so both keep one meaning.
    struct ContractRows: Equatable {
        /// project_id, kind, department_id, department_name, fiscal_year, contract_fiscal_year, contract_title,
        /// contract_method, budget, reference price, agreed price.
        var project: [SQLValue]
        /// project_id, contract_key, contract_number, winner_name, winner_name_key, winner_tax_id, tax_id_reading,
        /// signed, finishes, amount, agreed, status, source, sequence; nil when the row names no contract.
        var contract: [SQLValue]?

        /// Rows already worked out (``ContractPayloadRows`` reads them from a payload's bytes).
        init(project: [SQLValue], contract: [SQLValue]?) {
            self.project = project
            self.contract = contract
        }

        /// The rows of a decoded event, recorded at `sequence`.
        init(_ recorded: ContractRecorded, sequence: Int64) {
            let details = recorded.project
            let explicitYear = recorded.fiscalYear.map { Int64($0.be) }
            let fallbackYear = explicitYear ?? Int64(FiscalYear(be: recorded.projectID.beYear).be)
            let projectID = SQLValue.text(recorded.projectID.rawValue)
            project = [
                projectID, .text(recorded.projectID.kind.rawValue), .text(recorded.filedDepartment ?? ""),
                details.departmentName.sqlValue, .integer(fallbackYear), explicitYear.sqlValue,
                details.title.isEmpty ? .null : .text(details.title), details.method?.key.sqlValue ?? .null,
                details.budget?.satang.sqlValue ?? .null, details.referencePrice?.satang.sqlValue ?? .null,
                details.agreedPrice?.satang.sqlValue ?? .null,
            ]
            guard let contract = recorded.contract else { return }
            let winner = PartyReference(name: contract.winnerName, taxID: contract.winnerTaxID)
            // A row's agreed price is its contract's (data.go.th repeats no project total); GovSpending gives
            // each contract's own price_agree as the amount.
            let agreed = recorded.source == .dataGoThCSV ? details.agreedPrice ?? contract.amount : contract.amount
            self.contract = [
                projectID, .text(recorded.contractKey), contract.contractNumber.sqlValue, .text(contract.winnerName),
                .text(winner.normalizedName), contract.winnerTaxID?.digits.sqlValue ?? .null,
                .text(contract.winnerTaxIDReading.rawValue), contract.signed?.description.sqlValue ?? .null,
                contract.finishes?.description.sqlValue ?? .null, contract.amount?.satang.sqlValue ?? .null,
                agreed?.satang.sqlValue ?? .null, contract.status.sqlValue, .text(recorded.source.rawValue),
                .integer(sequence),
            ]
        }

        /// The same rows recorded at `sequence` (rows worked out before the event had one, by an import's
        /// reading thread: ``PreparedContractRecords``).
        func at(sequence: Int64) -> Self {
            guard var contract else { return self }
            contract[contract.count - 1] = .integer(sequence)
            return Self(project: project, contract: contract)
        }
    }

    /// One contract record's project: inserted, or updated by ``contractAssignments`` with one more record.
    static let upsertProjectFromContract = """
        INSERT INTO procurement_projects (project_id, kind, department_id, department_name, fiscal_year, contract_fiscal_year,
            contract_title, contract_method, announcement_count, budget_satang, reference_price_satang,
            agreed_price_satang, contract_records)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1)
        ON CONFLICT (project_id) DO UPDATE SET \(contractAssignments),
            contract_records = procurement_projects.contract_records + 1
        """

    /// One contract record's contract row, replacing an earlier record of the same contract.
    static let upsertContract = """
        INSERT INTO procurement_contracts (project_id, contract_key, contract_number, winner_name, winner_name_key,
            winner_tax_id, tax_id_reading, signed, finishes, amount_satang, agreed_satang, status, source, sequence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (project_id, contract_key) DO UPDATE SET \(contractReplacements)
        """

    /// What a later record of a contract replaces: everything but the key.
    static let contractReplacements = """
        contract_number = excluded.contract_number, winner_name = excluded.winner_name,
            winner_name_key = excluded.winner_name_key, winner_tax_id = excluded.winner_tax_id,
            tax_id_reading = excluded.tax_id_reading, signed = excluded.signed, finishes = excluded.finishes,
            amount_satang = excluded.amount_satang, agreed_satang = excluded.agreed_satang,
            status = excluded.status, source = excluded.source, sequence = excluded.sequence
        """

    // MARK: Imports

    /// The row recording one imported file.
    static func importRow(
        _ event: RecordedEvent, kind: String, file: String, sha256: String, department: String?
    ) -> SQLStatement {
        SQLStatement(
            """
            INSERT INTO procurement_imports (sequence, kind, file, sha256, department_id, recorded_at, actor, \
            record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                event.sequence, kind, file, sha256, department, Microseconds.from(event.recordedAt), event.actor,
                event.payloadText,
            ])
    }
}

extension ContractRecorded {
    /// The fiscal year the row belongs to: its own, else its announcement's, else its signature's.
    var fiscalYear: FiscalYear? {
        project.fiscalYear ?? project.announced.map(FiscalYear.containing)
            ?? contract?.signed.map(FiscalYear.containing)
    }

    /// What identifies the contract within its project in the read model: its number, else its winner.
    var contractKey: String {
        guard let contract else { return "-" }
        if let number = contract.contractNumber.map(Self.trimmedContractNumber), !number.isEmpty {
            return "no:\(number)"
        }
        if let taxID = contract.winnerTaxID { return "tin:\(taxID.digits)" }
        return "winner:\(PartyReference.normalize(contract.winnerName))"
    }

    /// A contract number without the white space around it (`CharacterSet.whitespaces`).
    ///
    /// Why not always Foundation's trimming: it bridges through `NSString`, 3 % of a replay of contract rows,
    /// for numbers that almost always begin and end with a visible ASCII character and need no trimming.
    static func trimmedContractNumber(_ number: String) -> String {
        let visible = UInt8(ascii: "!")...UInt8(ascii: "~")
        if let first = number.utf8.first, let last = number.utf8.last, visible.contains(first), visible.contains(last) {
            return number
        }
        return number.trimmingCharacters(in: .whitespaces)
    }
}

extension ProcurementProjection {
    /// What a contract record changes on its project's existing row, shared by the per-event upsert and the batch
    /// form's multi-row one (which differ only in how many records they add): the first e-GP id wins over a
    /// department known by name, and a value left out never erases one already there.
    static let contractAssignments = """
        department_id = CASE WHEN procurement_projects.department_id = ''
                OR (procurement_projects.department_id LIKE 'name:%' AND excluded.department_id <> ''
                    AND excluded.department_id NOT LIKE 'name:%')
            THEN excluded.department_id ELSE procurement_projects.department_id END,
        department_name = COALESCE(excluded.department_name, procurement_projects.department_name),
        contract_fiscal_year = COALESCE(excluded.contract_fiscal_year, procurement_projects.contract_fiscal_year),
        fiscal_year = COALESCE(excluded.contract_fiscal_year, procurement_projects.contract_fiscal_year,
            procurement_projects.feed_fiscal_year, procurement_projects.fiscal_year),
        contract_title = COALESCE(excluded.contract_title, procurement_projects.contract_title),
        contract_method = COALESCE(excluded.contract_method, procurement_projects.contract_method),
        budget_satang = COALESCE(excluded.budget_satang, procurement_projects.budget_satang),
        reference_price_satang = COALESCE(excluded.reference_price_satang, procurement_projects.reference_price_satang),
        agreed_price_satang = COALESCE(excluded.agreed_price_satang, procurement_projects.agreed_price_satang)
        """
}
