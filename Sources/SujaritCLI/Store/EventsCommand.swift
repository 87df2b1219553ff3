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
              sujarit events --category audit --last 20       (the newest 20 of every audit-… stream)
            Dates accept ISO (2024-10-01), 01/10/2567 and 1 ต.ค. 67, in Thai or Arabic digits.
            --category takes one of these, the first letters of one (riskm), or a family: audit for every \
            audit-… category, and gift-, ita-, egp-, coi- for those that begin so:
            \(EventCategories.helpList)
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

    @Option(
        help: ArgumentHelp(
            "Only streams of this category or family, e.g. risk, gift, audit (the list is below).", valueName: "name"))
    var category: String?

    @Option(name: .customLong("type"), help: ArgumentHelp("Only events of this type (repeatable).", valueName: "type"))
    var types: [String] = []

    @Option(help: ArgumentHelp("Only events recorded by this person.", valueName: "name"))
    var actor: String?

    @Option(help: .day("Only events recorded on or after this day (Bangkok time)."), transform: CalendarDate.argument)
    var from: CalendarDate?

    @Option(help: .day("Only events recorded on or before this day (Bangkok time)."), transform: CalendarDate.argument)
    var to: CalendarDate?

    @Option(help: ArgumentHelp("Show at most this many events, the oldest first.", valueName: "n"), transform: count)
    var limit: Int?

    @Option(help: ArgumentHelp("Show only the newest n events (still oldest first).", valueName: "n"), transform: count)
    var last: Int?

    @Flag(help: "Show each event's full JSON payload and hashes (table format).")
    var details = false

    /// A number of events, in Arabic or Thai digits (`--last ๑๒`).
    static func count(_ text: String) throws -> Int {
        guard let value = Int(ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("give a whole number of events, e.g. 12 or ๑๒")
        }
        return value
    }

    func validate() throws {
        if let limit, limit <= 0 { throw ValidationError("--limit must be a positive number (got \(limit)).") }
        if let last, last <= 0 { throw ValidationError("--last must be a positive number (got \(last)).") }
        if limit != nil, last != nil {
            throw ValidationError("--limit takes the oldest events and --last the newest: give one of them.")
        }
        if let from, let to, from > to {
            throw ValidationError(
                """
                --from \(from.formatted(.thaiMedium)) is after --to \(to.formatted(.thaiMedium)): no day is both; \
                give --from on or before --to (วันเริ่มต้องไม่หลังวันสิ้นสุด).
                """
            )
        }
        if let category { _ = try EventCategories.resolve(category) }
    }

    func run() async throws {
        let categories = try category.map(EventCategories.resolve)
        let filter = try makeFilter(categories: categories)
        // One category is read through the store's index; a family is read whole and picked out here (or, for
        // --last and --limit, one category at a time).
        let family = categories.flatMap { $0.count > 1 ? Set($0) : nil }
        let store = try storeOptions.open()
        let directory = try await AgencyDirectory.load(from: store)
        let access = ModuleCatalog.access(for: storeOptions.actorName, in: directory)
        // Printed as the log is read (JSON element by element, tables row by row), so memory holds no more than
        // --last's events however long the log is.
        var table = output.format == .json ? nil : output.stream(columns)
        var printed = 0, hidden = 0
        // JSON elements are written in chunks, as TableStream writes rows: one write per event was most of the
        // command's system time on a national log. The first element, and any that waited 0.2 s, go at once.
        var pending: [UInt8] = []
        var lastWrite = ContinuousClock.now
        func emit(_ event: PersonalDataAccess.EventView) {
            if event.redacted { hidden += 1 }
            if table != nil {
                table!.append(row(for: event))
            } else {
                pending.append(contentsOf: (printed == 0 ? "[\n" : ",\n").utf8)
                Self.appendJSON(event, to: &pending)
                if printed == 0 || pending.count >= 64 * 1_024 || lastWrite.duration(to: .now) >= .seconds(0.2) {
                    Console.out(utf8: pending)
                    pending.removeAll(keepingCapacity: true)
                    lastWrite = .now
                }
            }
            printed += 1
        }
        var tally = EventTally()
        if let wanted = last ?? limit {
            // Only the events printed are read, from the end of the log for --last: the newest 20 of a national
            // log came after millions of others. The store counts the rest for the footer.
            var newest: [PersonalDataAccess.EventView] = []
            try await forEachVisible(wanted, newestFirst: last != nil, in: store, filter: filter, family, access) {
                if last != nil { newest.append($0) } else { emit($0) }
            }
            newest.reversed().forEach(emit)
            let counts = try await store.countEvents(filter: filter)
            tally = EventTally(counts: counts, in: family, foundBy: filter, access: access)
        } else {
            try await store.forEachEvent(filter: filter) { original in
                if let family, !family.contains(original.streamID.category) { return }
                let event = access.eventView(original, foundBy: filter)
                tally.count(shown: event != nil)
                if let event { emit(event) }
            }
        }
        if table != nil {
            table!.finish()
        } else {
            Console.out(String(decoding: pending, as: UTF8.self) + (printed == 0 ? "[]" : "\n]"))
        }
        if output.format == .table {
            Console.err(tally.summary(shown: printed, newest: last != nil))
        }
        if hidden > 0 {
            Console.err(
                "\(hidden) event(s) hold personal data (declarations, gifts, committees, flags): their details, "
                    + "and for declarations and gifts who and what, are hidden; only the auditor and the legal "
                    + "officer see them (ข้อมูลส่วนบุคคล)."
            )
        }
        if tally.leftOut > 0 {
            Console.err(
                "\(tally.leftOut) personal-data event(s) matched --stream/--actor/--type and are left out: a "
                    + "match would itself name the person. Only the auditor and the legal officer may search them."
            )
        }
    }

    /// Calls `body` with the first `count` events of `filter` the reader may see, in log order or the newest
    /// first, reading a page at a time and no further than they are; `family` are the categories of a
    /// `--category` family (nil: any).
    func forEachVisible(
        _ count: Int, newestFirst: Bool, in store: any EventStore, filter: EventFilter, _ family: Set<String>?,
        _ access: PersonalDataAccess, _ body: (PersonalDataAccess.EventView) -> Void
    ) async throws {
        if let family {
            // Each category through the store's index, the first `count` of each, then the first `count` of
            // those: read whole and picked out, a family of rare categories would be the whole log.
            var found: [PersonalDataAccess.EventView] = []
            for category in family {
                var one = filter
                one.category = category
                try await forEachVisible(count, newestFirst: newestFirst, in: store, filter: one, nil, access) {
                    found.append($0)
                }
            }
            found.sort { newestFirst ? $0.sequence > $1.sequence : $0.sequence < $1.sequence }
            found.prefix(count).forEach(body)
            return
        }
        var paging = EventPaging()
        var given = 0
        var bound: Int64 = newestFirst ? .max : 0
        while true {
            let page =
                newestFirst
                ? try await store.read(beforeSequence: bound, limit: paging.limit, filter: filter)
                : try await store.read(afterSequence: bound, limit: paging.limit, filter: filter)
            for original in page {
                guard let event = access.eventView(original, foundBy: filter) else { continue }
                body(event)
                given += 1
                if given == count { return }
            }
            guard let final = page.last, paging.mayContinue(after: page) else { return }
            bound = final.sequence
        }
    }

    /// The store's filter for the options; `categories` are the ones `--category` selects (nil: all).
    func makeFilter(categories: [String]?) throws -> EventFilter {
        var filter = EventFilter(types: Set(types), actor: actor)
        do {
            filter.stream = try stream.map(StreamID.init)
        } catch {
            throw ValidationError("--stream: \(error.localizedDescription)")
        }
        if let categories, categories.count == 1 { filter.category = categories[0] }
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
            .init("บันทึกเมื่อ Recorded", key: "recorded_at"),
            .init("โดย Actor", key: "actor"),
            .init("Stream", key: "stream"),
            .init("v", key: "version", alignment: .trailing),
            .init("Event", key: "type"),
        ]
        if output.format != .table || details {
            columns += [
                .init("Occurred", key: "occurred_at"),
                .init("Payload", key: "payload"),
                .init("Hash", key: "hash"),
            ]
        } else {
            columns.append(.init("Payload", key: "payload", maxWidth: 60))
        }
        return columns
    }

    /// One event as a JSON object with its payload embedded as JSON, not as a string; numbers as numbers,
    /// instants in ISO 8601, keys in snake_case like every other output. Written as bytes straight into the
    /// output buffer: a national log is millions of these.
    static func appendJSON(_ event: PersonalDataAccess.EventView, to out: inout [UInt8]) {
        func key(_ name: StaticString, first: Bool = false) {
            out.append(contentsOf: (first ? "  {\"" : ", \"").utf8)
            out.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            out.append(contentsOf: "\": ".utf8)
        }
        key("sequence", first: true)
        out.append(contentsOf: String(event.sequence).utf8)
        key("stream")
        JSONOutput.appendString(event.stream, to: &out)
        key("version")
        out.append(contentsOf: String(event.streamVersion).utf8)
        key("type")
        JSONOutput.appendString(event.type, to: &out)
        key("schema_version")
        out.append(contentsOf: String(event.schemaVersion).utf8)
        key("occurred_at")
        JSONOutput.appendString(TimeFormatting.iso(event.occurredAt), to: &out)
        key("recorded_at")
        JSONOutput.appendString(TimeFormatting.iso(event.recordedAt), to: &out)
        key("actor")
        JSONOutput.appendString(event.actor, to: &out)
        key("payload")
        out.append(contentsOf: event.payload.utf8)
        key("dedupe_key")
        if let dedupeKey = event.dedupeKey {
            JSONOutput.appendString(dedupeKey, to: &out)
        } else {
            out.append(contentsOf: "null".utf8)
        }
        key("previous_hash")
        JSONOutput.appendString(event.previousHash.description, to: &out)
        key("hash")
        JSONOutput.appendString(event.hash.description, to: &out)
        out.append(UInt8(ascii: "}"))
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
