import Agency
import ArgumentParser
import EventStore
import Foundation
import Presentation
import Sujarit

/// `sujarit events`: the audit trail, filtered.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Show the audit trail: every change, who made it and when (ประวัติการเปลี่ยนแปลง).",
        discussion: """
            Examples:
              sujarit events --category risk --from "1 ต.ค. 67"
              sujarit events --stream risk/R-2568-003 --format json
              sujarit events --actor somchai --type RiskScored --format csv > scores.csv
            Dates accept ISO (2024-10-01), 01/10/2567 and 1 ต.ค. 67, in Thai or Arabic digits.
            Personal data (PDPA) is shown only to the internal auditor and the legal officer (--as): \
            for anyone else the payloads of declarations, committees, gifts and flags are hidden, \
            and a declaration's or gift's stream, type and actor read coi/(ซ่อน #123), \
            ข้อมูลส่วนบุคคล; a search by --stream, --actor or --type leaves those events out.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Only this stream, e.g. risk/R-2568-003.", valueName: "category/id"))
    var stream: String?

    @Option(help: ArgumentHelp("Only streams of this category, e.g. risk, gift, egp.", valueName: "name"))
    var category: String?

    @Option(name: .customLong("type"), help: ArgumentHelp("Only events of this type (repeatable).", valueName: "type"))
    var types: [String] = []

    @Option(help: ArgumentHelp("Only events recorded by this person.", valueName: "name"))
    var actor: String?

    @Option(help: .day("Only events recorded on or after this day (Bangkok time)."), transform: CalendarDate.argument)
    var from: CalendarDate?

    @Option(help: .day("Only events recorded on or before this day (Bangkok time)."), transform: CalendarDate.argument)
    var to: CalendarDate?

    @Option(help: ArgumentHelp("Show at most this many events.", valueName: "n"))
    var limit: Int?

    @Flag(help: "Show each event's full JSON payload and hashes (table format).")
    var details = false

    func validate() throws {
        if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number (got \(limit)).") }
    }

    func run() async throws {
        let filter = try makeFilter()
        let store = try storeOptions.open()
        let directory = try await AgencyDirectory.load(from: store)
        let access = ModuleCatalog.access(for: storeOptions.actorName, in: directory)
        var hidden = 0, leftOut = 0
        var table = Table(columns: columns)
        var json: [String] = []
        var shown = 0
        try await store.forEachEvent(filter: filter) { original in
            guard limit.map({ shown < $0 }) ?? true else { return }
            guard let event = access.eventView(original, foundBy: filter) else {
                leftOut += 1
                return
            }
            if event.redacted { hidden += 1 }
            if output.format == .json {
                json.append(Self.json(event))
            } else {
                table.append(row(for: event))
            }
            shown += 1
        }
        if output.format == .json {
            Console.out(json.isEmpty ? "[]" : "[\n" + json.joined(separator: ",\n") + "\n]")
        } else {
            Console.out(table.render(output.format, style: output.style), terminator: "")
        }
        if output.format == .table {
            Console.err("\(shown) event\(shown == 1 ? "" : "s").")
        }
        if hidden > 0 {
            Console.err(
                "\(hidden) event(s) hold personal data (declarations, gifts, committees, flags): their details, "
                    + "and for declarations and gifts who and what, are hidden; only the auditor and the legal "
                    + "officer see them (ข้อมูลส่วนบุคคล)."
            )
        }
        if leftOut > 0 {
            Console.err(
                "\(leftOut) personal-data event(s) matched --stream/--actor/--type and are left out: a match "
                    + "would itself name the person. Only the auditor and the legal officer may search them."
            )
        }
    }

    func makeFilter() throws -> EventFilter {
        var filter = EventFilter(types: Set(types), actor: actor)
        do {
            filter.stream = try stream.map(StreamID.init)
        } catch {
            throw ValidationError("--stream: \(error.localizedDescription)")
        }
        filter.category = category
        if let from {
            filter.recordedFrom = from.startOfDay
        }
        if let to {
            filter.recordedBefore = to.adding(days: 1).startOfDay
        }
        return filter
    }

    var columns: [Table.Column] {
        var columns: [Table.Column] = [
            .init("#", key: "sequence", alignment: .trailing),
            .init("บันทึกเมื่อ Recorded", key: "recordedAt"),
            .init("โดย Actor", key: "actor"),
            .init("Stream", key: "stream"),
            .init("v", key: "version", alignment: .trailing),
            .init("Event", key: "type"),
        ]
        if output.format != .table || details {
            columns += [
                .init("Occurred", key: "occurredAt"),
                .init("Payload", key: "payload"),
                .init("Hash", key: "hash"),
            ]
        } else {
            columns.append(.init("Payload", key: "payload", maxWidth: 60))
        }
        return columns
    }

    /// One event as a JSON object with its payload embedded as JSON, not as a string.
    static func json(_ event: PersonalDataAccess.EventView) -> String {
        let fields: [(String, String)] = [
            ("sequence", String(event.sequence)),
            ("stream", jsonString(event.stream)),
            ("version", String(event.streamVersion)),
            ("type", jsonString(event.type)),
            ("schemaVersion", String(event.schemaVersion)),
            ("occurredAt", jsonString(TimeFormatting.iso(event.occurredAt))),
            ("recordedAt", jsonString(TimeFormatting.iso(event.recordedAt))),
            ("actor", jsonString(event.actor)),
            ("payload", event.payload),
            ("dedupeKey", event.dedupeKey.map(jsonString) ?? "null"),
            ("previousHash", jsonString(event.previousHash.description)),
            ("hash", jsonString(event.hash.description)),
        ]
        return "  {" + fields.map { "\(jsonString($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
    }

    func row(for event: PersonalDataAccess.EventView) -> [String] {
        let machine = output.format != .table
        var cells = [
            String(event.sequence),
            machine ? TimeFormatting.iso(event.recordedAt) : TimeFormatting.thai(event.recordedAt),
            event.actor,
            event.stream,
            String(event.streamVersion),
            event.type,
        ]
        if machine || details {
            cells += [
                machine ? TimeFormatting.iso(event.occurredAt) : TimeFormatting.thai(event.occurredAt),
                event.payload,
                machine ? event.hash.description : event.hash.short,
            ]
        } else {
            cells.append(event.payload)
        }
        return cells
    }
}
