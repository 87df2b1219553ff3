import Agency
import ArgumentParser
import EventStore
import Presentation
import Procurement

/// `sujarit verify`: proves the log is intact by walking its hash chain, and that the read models reports
/// read say what the log says.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract:
            """
            Check that no event was edited, deleted, inserted or reordered, and that every read model matches the \
            log (ตรวจสอบความครบถ้วนของบันทึก).
            """,
        discussion: """
            Exits 0 only when the whole log is intact, its append-only guards are in place and every read model \
            (the tables reports and lists read) is exactly what the log produces; otherwise names what differs \
            and exits 1. A read model that differs is repaired with 'sujarit rebuild'; a log that is not intact \
            is evidence: keep the file and restore the store from a backup.

            Every report prints an anchor of the log it was made from, e.g. "รหัสยืนยันบันทึก 1204:3f9a0c5e71d2b84a". \
            Give it back with --anchor to prove the log was not rewritten since that report was printed (a chain \
            recomputed by someone with write access to the store would still disagree with the paper):
              sujarit verify --anchor 1204:3f9a0c5e71d2b84a
              sujarit verify --format json      (for scripts)
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(
        name: .customLong("anchor"),
        help: ArgumentHelp(
            "An anchor printed on a report (sequence:hash), checked against the log. Repeatable.", valueName: "seq:hash"
        ))
    var anchorTexts: [String] = []

    func validate() throws {
        for text in anchorTexts where ChainAnchor(parsing: text) == nil {
            throw ValidationError(
                """
                --anchor '\(text)' is not an anchor: give the event number and at least 12 hex digits of its hash \
                as a report prints them, e.g. 1204:3f9a0c5e71d2b84a.
                """
            )
        }
    }

    func run() async throws {
        try await CommandFailure.report {
            // Read models as found: opening normally would first catch them up (and repair some damage),
            // hiding exactly what verify is asked to see.
            let store = try StoreLocation.open(storeOptions.location, catchingUp: false)
            let bar = ProgressBar(label: "Verifying the log")
            let chain = try await store.verify(progress: bar.update)
            bar.finish()
            let readModels: ReadModelOutcome
            do {
                let bar = ProgressBar(label: "Checking read models")
                let report = try await store.verifyReadModels(progress: bar.update)
                bar.finish()
                // Example rows can name people (a declaration's interests, a gift): only reviewers see them.
                // A store without a directory still verifies; its reader then sees no personal data.
                let known = try? await AgencyDirectory.load(from: store)
                let directory = known ?? AgencyDirectory(departments: [], staff: [])
                let access = ModuleCatalog.access(for: storeOptions.actorName, in: directory)
                if !access.seesPersonalData, !report.isConsistent {
                    Console.err("Example rows are shown only to the auditor and the legal officer (ข้อมูลส่วนบุคคล).")
                }
                readModels = .checked(access.visible(report))
            } catch let error as EventStoreError {
                guard case .readModelCheckUnavailable = error else { throw error }
                readModels = .unavailable(error.localizedDescription)
            }
            var findings: [(ChainAnchor, ChainAnchor.Finding)] = []
            for anchor in anchorTexts.compactMap(ChainAnchor.init(parsing:)) {
                findings.append((anchor, try await anchor.check(in: store)))
            }
            let outcome = VerifyOutcome(chain: chain, readModels: readModels, anchors: findings)
            switch output.format {
            case .json: Console.out(outcome.json())
            case .csv, .markdown: Console.out(outcome.table().render(output.format), terminator: "")
            case .table: outcome.printText(style: output.style)
            }
            try await Self.noteSupersededProcurement(in: store)
            if !outcome.isSound { throw ExitCode(1) }
        }
    }
}

extension VerifyCommand {
    /// On a shared server an agency reads procurement data from the public store; procurement events its own
    /// log still holds (imported before) are verified as part of the chain but superseded: said on standard error.
    static func noteSupersededProcurement(in store: any EventStore) async throws {
        guard try store.publicDataStore() != nil,
            try await !store.read(afterSequence: 0, limit: 1, filter: EventFilter(types: PublicDataMove.eventTypes))
                .isEmpty
        else { return }
        Console.err(
            """
            Note: this log also holds procurement events imported before the server kept procurement data once. \
            They stay in the chain, superseded: the agency reads the public procurement data, where `sujarit \
            migrate --public-data` copies them (ข้อมูลจัดซื้อจัดจ้างเดิมในบันทึกนี้ใช้ข้อมูลสาธารณะแทนแล้ว).
            """)
    }
}

/// What the read-model check found, or why it could not run on this store.
enum ReadModelOutcome {
    case checked(ReadModelReport)
    case unavailable(String)
}

/// Everything `verify` found, printed as text, a table (CSV, Markdown) or JSON.
struct VerifyOutcome {
    var chain: ChainReport
    var readModels: ReadModelOutcome
    var anchors: [(ChainAnchor, ChainAnchor.Finding)]

    /// Whether nothing is wrong: the chain, its guards, the read models and every anchor.
    var isSound: Bool {
        guard chain.isIntact, chain.missingGuards.isEmpty, anchors.allSatisfy({ $0.1 == .matches }) else {
            return false
        }
        if case let .checked(report) = readModels { return report.isConsistent }
        return true
    }

    static let chainRepair = "Restore the store from a backup and keep this file as evidence."
    static let guardsNote =
        """
        The store was altered outside Sujarit: its append-only guard(s) %@ were dropped or disabled. Keep a copy \
        of the store as it is now as evidence. On a SQLite file Sujarit puts them back on the next change or \
        'sujarit rebuild'; on a PostgreSQL server the store's owner must restore them.
        """
    static let readModelRepair =
        "Run 'sujarit rebuild' to recompute the read models from the log, then 'sujarit verify' again."

    // MARK: Text

    func printText(style: TerminalStyle) {
        if let chainBreak = chain.firstBreak {
            Console.out(style.paint("✗ The log is NOT intact (บันทึกถูกแก้ไข): \(chainBreak).", .red))
            Console.out("  \(chain.eventsChecked) events before it are intact. \(Self.chainRepair)")
        } else {
            let head = chain.headHash.map { " head \($0.short)" } ?? ""
            Console.out(style.paint("✓ The log is intact (บันทึกครบถ้วน): \(chain.eventsChecked) events,\(head).", .green))
        }
        if !chain.missingGuards.isEmpty {
            Console.out(
                style.paint(
                    "✗ "
                        + Self.guardsNote.replacingOccurrences(
                            of: "%@", with: chain.missingGuards.joined(separator: ", ")), .red))
        }
        switch readModels {
        case let .unavailable(reason):
            Console.out(style.paint("! \(reason)", .yellow))
        case let .checked(report) where report.isConsistent:
            Console.out(
                style.paint(
                    """
                    ✓ The read models match the log (ข้อมูลสรุปตรงกับบันทึก): \(report.tablesChecked) tables at \
                    event #\(report.sequence).
                    """,
                    .green))
        case let .checked(report):
            Console.out(
                style.paint(
                    """
                    ✗ The read models do NOT match the log (ข้อมูลสรุปไม่ตรงกับบันทึก) at event \
                    #\(report.sequence):
                    """, .red))
            for difference in report.differences {
                Console.out("  • \(difference)")
                for example in difference.changedExamples { Console.out("      changed: \(example)") }
                for example in difference.missingExamples { Console.out("      expected, not found: \(example)") }
                for example in difference.extraExamples { Console.out("      found, not expected: \(example)") }
            }
            for problem in report.checkpoints { Console.out("  • \(problem)") }
            Console.out("  \(Self.readModelRepair)")
        }
        for (anchor, finding) in anchors { Self.printAnchor(anchor, finding, style: style) }
    }

    static func printAnchor(_ anchor: ChainAnchor, _ finding: ChainAnchor.Finding, style: TerminalStyle) {
        switch finding {
        case .matches:
            Console.out(
                style.paint(
                    """
                    ✓ Anchor \(anchor) matches: the log up to event \(anchor.sequence) is the one the report was \
                    made from.
                    """,
                    .green))
        case let .differs(found):
            Console.out(
                style.paint(
                    """
                    ✗ Anchor \(anchor) does NOT match: event \(anchor.sequence) now hashes to \(found.short)…; \
                    the log was rewritten after the report was made (บันทึกถูกเขียนใหม่).
                    """,
                    .red))
        case .missing:
            Console.out(
                style.paint(
                    """
                    ✗ Anchor \(anchor): the log has no event \(anchor.sequence); it was cut short after the \
                    report was made.
                    """,
                    .red))
        }
    }

    // MARK: Table (CSV, Markdown)

    /// One row per check: what was checked, `ok` / `failed` / `unavailable`, and what was found.
    func table() -> Table {
        var table = Table(columns: [
            Table.Column("Check", key: "check"), Table.Column("Result", key: "result"),
            Table.Column("Detail", key: "detail"),
        ])
        if let chainBreak = chain.firstBreak {
            table.append([
                "chain", "failed",
                "\(chainBreak); \(chain.eventsChecked) events before it are intact. \(Self.chainRepair)",
            ])
        } else {
            table.append([
                "chain", "ok", "\(chain.eventsChecked) events" + (chain.headHash.map { ", head \($0)" } ?? ""),
            ])
        }
        table.append(
            chain.missingGuards.isEmpty
                ? ["guards", "ok", "events_no_update, events_no_delete present"]
                : [
                    "guards", "failed",
                    Self.guardsNote.replacingOccurrences(of: "%@", with: chain.missingGuards.joined(separator: ", ")),
                ])
        switch readModels {
        case let .unavailable(reason):
            table.append(["read models", "unavailable", reason])
        case let .checked(report) where report.isConsistent:
            table.append([
                "read models", "ok", "\(report.tablesChecked) tables match the log at event #\(report.sequence)",
            ])
        case let .checked(report):
            for difference in report.differences {
                let examples =
                    (difference.changedExamples.map { "changed: \($0)" }
                        + difference.missingExamples.map { "expected, not found: \($0)" }
                        + difference.extraExamples.map { "found, not expected: \($0)" })
                table.append([
                    "read model \(difference.table)", "failed",
                    ([difference.description] + examples + [Self.readModelRepair]).joined(separator: "; "),
                ])
            }
            for problem in report.checkpoints {
                table.append(["checkpoint \(problem.projection)", "failed", "\(problem); \(Self.readModelRepair)"])
            }
        }
        for (anchor, finding) in anchors {
            switch finding {
            case .matches: table.append(["anchor \(anchor)", "ok", "matches event \(anchor.sequence)"])
            case let .differs(found):
                table.append(["anchor \(anchor)", "failed", "event \(anchor.sequence) now hashes to \(found)"])
            case .missing: table.append(["anchor \(anchor)", "failed", "the log has no event \(anchor.sequence)"])
            }
        }
        return table
    }

    // MARK: JSON

    /// Typed JSON with snake_case keys: numbers as numbers, null for none.
    func json() -> String {
        let firstBreak: JSONValue =
            chain.firstBreak.map { chainBreak in
                .object([
                    ("sequence", .int(chainBreak.sequence)), ("kind", .string(Self.kindName(chainBreak.kind))),
                    ("reason", .string(chainBreak.description)),
                ])
            } ?? .null
        let readModelsJSON: JSONValue
        switch readModels {
        case let .unavailable(reason):
            readModelsJSON = .object([("checked", .bool(false)), ("consistent", .null), ("reason", .string(reason))])
        case let .checked(report):
            readModelsJSON = .object([
                ("checked", .bool(true)),
                ("consistent", .bool(report.isConsistent)),
                ("sequence", .int(report.sequence)),
                ("tables_checked", .int(Int64(report.tablesChecked))),
                ("differences", .array(report.differences.map(Self.json))),
                (
                    "checkpoints",
                    .array(
                        report.checkpoints.map { problem in
                            .object([
                                ("projection", .string(problem.projection)),
                                ("found_version", problem.foundVersion.map { .int(Int64($0)) } ?? .null),
                                ("found_sequence", problem.foundSequence.map { .int($0) } ?? .null),
                                ("expected_version", .int(Int64(problem.expectedVersion))),
                                ("expected_sequence", .int(problem.expectedSequence)),
                            ])
                        })
                ),
                ("repair", report.isConsistent ? .null : .string(Self.readModelRepair)),
            ])
        }
        let anchorsJSON: [JSONValue] = anchors.map { anchor, finding in
            let (result, found): (String, JSONValue) =
                switch finding {
                case .matches: ("matches", .null)
                case let .differs(hash): ("differs", .string(hash.description))
                case .missing: ("missing", .null)
                }
            return .object([
                ("anchor", .string(anchor.description)), ("result", .string(result)), ("found_hash", found),
            ])
        }
        return JSONValue.object([
            ("ok", .bool(isSound)),
            ("intact", .bool(chain.isIntact)),
            ("events_checked", .int(chain.eventsChecked)),
            ("head_hash", chain.headHash.map { .string($0.description) } ?? .null),
            ("first_break", firstBreak),
            ("missing_guards", .array(chain.missingGuards.map(JSONValue.string))),
            ("read_models", readModelsJSON),
            ("anchors", .array(anchorsJSON)),
        ]).text
    }

    static func json(_ difference: ReadModelDifference) -> JSONValue {
        let (kind, columns): (String, [String]) =
            switch difference.kind {
            case .tableMissing: ("table_missing", [])
            case let .columnsMissing(columns): ("columns_missing", columns)
            case .rows: ("rows", [])
            }
        return .object([
            ("projection", .string(difference.projection)),
            ("table", .string(difference.table)),
            ("kind", .string(kind)),
            ("missing_columns", .array(columns.map(JSONValue.string))),
            ("missing_rows", .int(Int64(difference.missingRows))),
            ("changed_examples", .array(difference.changedExamples.map(JSONValue.string))),
            ("extra_rows", .int(Int64(difference.extraRows))),
            ("missing_examples", .array(difference.missingExamples.map(JSONValue.string))),
            ("extra_examples", .array(difference.extraExamples.map(JSONValue.string))),
        ])
    }

    static func kindName(_ kind: ChainBreak.Kind) -> String {
        switch kind {
        case .sequenceGap: "sequence_gap"
        case .brokenLink: "broken_link"
        case .contentMismatch: "content_mismatch"
        case .truncated: "truncated"
        case .headMismatch: "head_mismatch"
        case .headBehind: "head_behind"
        }
    }
}

/// A JSON value written with `"key": value` pairs in a fixed order, for commands' `--format json`.
indirect enum JSONValue {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The value as JSON text.
    var text: String {
        switch self {
        case .null: "null"
        case let .bool(value): value ? "true" : "false"
        case let .int(value): String(value)
        case let .string(value): jsonString(value)
        case let .array(values): "[" + values.map(\.text).joined(separator: ", ") + "]"
        case let .object(pairs): "{" + pairs.map { "\(jsonString($0.0)): \($0.1.text)" }.joined(separator: ", ") + "}"
        }
    }
}

/// A JSON string literal for `text`, escaped as every JSON output escapes it (`JSONOutput.appendString`).
func jsonString(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 2)
    JSONOutput.appendString(text, to: &out)
    return String(decoding: out, as: UTF8.self)
}
