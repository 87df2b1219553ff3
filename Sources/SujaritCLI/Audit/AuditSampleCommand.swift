import ArgumentParser
import EventStore
import AuditPlans
import Oversight
import Presentation
import Procurement
import Sujarit

/// `sujarit audit sample`: draw an engagement's sample from the imported procurement data and record it, or list
/// the samples recorded.
struct AuditSampleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Draw and record an audit sample from imported procurement data (การสุ่มตัวอย่างเพื่อการตรวจสอบ).",
        discussion: """
            Draws from the procurement projects imported with 'sujarit import egp/contracts', narrowed by \
            --department (the e-GP department id), --method-filter and --procurement-fy, records the draw with \
            the open engagement (method, seed, population, items) and lists the items drawn. The same data, \
            method, size and seed always give the same items, so a reviewer can repeat the draw.

            --method random: every project equally likely (Fisher–Yates over the project ids with the seeded \
            xoshiro256** generator). --method mus: monetary-unit sampling on the agreed price (ราคาตกลง): \
            interval = total / size, a random start, then every interval along the cumulative amounts; a \
            project of at least the interval is always selected (marked key item), a project hit twice is \
            listed once, and projects without an agreed price cannot be drawn.

            Examples:
              sujarit audit sample --engagement PROC-SPECIFIC --fy 2570 \\
                  --from procurement --method mus --size 25 --seed 20261206 \\
                  --method-filter specific --procurement-fy 2569
              sujarit audit sample --engagement PROC-SPECIFIC --fy 2570 \\
                  --method random --size 10 --seed 7 --department 6960501 --format csv
              sujarit audit sample --engagement PROC-SPECIFIC --fy 2570 --list
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var fiscalYear: FiscalYearOption<CurrentFiscalYear>

    @Option(help: ArgumentHelp("The engagement's subject id (it must be started and open).", valueName: "subject"))
    var engagement: String

    @Option(help: ArgumentHelp("Where to draw from: procurement (the one source).", valueName: "source"))
    var from = "procurement"

    @Option(help: ArgumentHelp("random or mus (monetary-unit sampling).", valueName: "method"))
    var method: String?

    @Option(help: ArgumentHelp("How many draws (Thai digits accepted).", valueName: "n"))
    var size: String?

    @Option(help: ArgumentHelp("The seed that makes the draw repeatable, 0 … 18446744073709551615.", valueName: "s"))
    var seed: String?

    @Option(help: ArgumentHelp("Only this e-GP department id's projects, e.g. 6960501.", valueName: "id"))
    var department: String?

    @Option(
        name: .customLong("method-filter"),
        help: ArgumentHelp(
            "Only projects bought by this method: specific, e-bidding, e-market, selection, …", valueName: "method"))
    var methodFilter: String?

    @Option(
        name: .customLong("procurement-fy"),
        help: ArgumentHelp(
            "Only projects of this fiscal year (\(FiscalYear.acceptedForms)); default every year.", valueName: "year"),
        transform: FiscalYear.argument)
    var procurementYear: FiscalYear?

    @Flag(help: "List the samples recorded for the engagement instead of drawing one.")
    var list = false

    func validate() throws {
        if list { return }
        for (value, name) in [(method, "--method"), (size, "--size"), (seed, "--seed")] where value == nil {
            throw ValidationError("\(name) is required to draw a sample (or give --list to see those recorded).")
        }
    }

    func run() async throws {
        try await AuditInput.run {
            let context = storeOptions.context // one actor, one instant and one today for the whole command
            let ref = EngagementRef(fiscalYear: fiscalYear.year(on: context.today), subject: engagement)
            let store = try storeOptions.open()
            if list {
                let samples = try await AuditSampleTable.recorded(ref, in: store)
                Console.out(output.render(AuditSampleTable.recorded(samples, output.format)), terminator: "")
                if output.format == .table { Console.err("\(samples.count) sample(s) recorded for \(ref).") }
                return
            }
            guard from.lowercased() == "procurement" else { throw SamplingError.unknownSource(from) }
            let filter = ProcurementPopulationFilter(
                departmentID: department, method: try methodFilter.map(Self.procurementMethod),
                fiscalYear: procurementYear)
            let recorded = try await AuditSampling(store: store).drawFromProcurement(
                for: ref, filter: filter, method: try Self.samplingMethod(method ?? ""),
                size: try Self.number(size ?? "", option: "--size"),
                seed: try Self.seed(seed ?? ""), context: context)
            Console.out(output.render(AuditSampleTable.drawn(recorded.draw, output.format)), terminator: "")
            Console.err(AuditSampleTable.summary(recorded))
        }
    }

    /// `--method`: random or mus.
    static func samplingMethod(_ text: String) throws -> SamplingMethod {
        switch text.lowercased() {
        case "random", "สุ่มอย่างง่าย": return .random
        case "mus", "monetary-unit", "สุ่มตามหน่วยเงิน": return .mus
        default: throw ValidationError("--method '\(text)' is not a sampling method; use random or mus.")
        }
    }

    /// `--method-filter`: a procurement method's key (`specific`) or its Thai name (`เฉพาะเจาะจง`).
    static func procurementMethod(_ text: String) throws -> ProcurementMethod {
        if let method = ProcurementMethod(key: text.lowercased()) { return method }
        switch ProcurementMethod.recognize(text) {
        case .other?, nil: throw SamplingError.unknownProcurementMethod(text)
        case let method?: return method
        }
    }

    /// `--size`: a whole number, Thai digits accepted (the draw refuses one below 1).
    static func number(_ text: String, option: String) throws -> Int {
        guard let value = Int(ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError("\(option) '\(text)' is not a whole number, e.g. 25 or ๒๕.")
        }
        return value
    }

    /// `--seed`: any whole number that fits in 64 bits, Thai digits accepted.
    static func seed(_ text: String) throws -> UInt64 {
        guard let value = UInt64(ThaiDigits.toArabic(text).trimmingCharacters(in: .whitespaces)) else {
            throw ValidationError(
                "--seed '\(text)' is not a whole number from 0 to 18446744073709551615, e.g. 20261206.")
        }
        return value
    }
}

/// How `audit sample` prints a draw and the samples recorded.
enum AuditSampleTable {
    /// The items just drawn, with their titles and, for monetary-unit sampling, hits and key items.
    static func drawn(_ draw: SampleDraw, _ format: OutputFormat) -> Table {
        var table = Table(columns: [
            .init("ลำดับ Order", key: "order", alignment: .trailing), .init("โครงการ Project", key: "project_id"),
            .init("ชื่อโครงการ Title", key: "title", maxWidth: 48),
            .init("ราคาตกลง Agreed (บาท)", key: "amount", alignment: .trailing),
            .init("จุดที่ตก Hits", key: "hits", alignment: .trailing), .init("มูลค่าสูง Key item", key: "key_item"),
        ])
        for drawn in draw.items {
            table.append([
                .integer(drawn.order), .text(drawn.item.id), .text(drawn.item.title), .money(drawn.item.amount),
                .integer(drawn.hits), .bool(drawn.isKeyItem, yes: "✓", no: ""),
            ])
        }
        return table
    }

    /// What was drawn from and how, for standard error.
    static func summary(_ recorded: AuditSampling.Recorded) -> String {
        let draw = recorded.draw, event = recorded.event
        var lines = [
            """
            Recorded sample \(event.number) of \(event.engagement): \(draw.method.label.en) (\(draw.method.label.th)), \
            \(draw.items.count) item(s) from \(draw.populationSize) (\(draw.populationTotal.formatted()) บาท), \
            seed \(draw.seed).
            """,
            "Population: \(recorded.population).",
        ]
        if let interval = draw.interval, let start = draw.start {
            let keys = draw.items.filter(\.isKeyItem).count
            lines.append(
                """
                Interval \(interval.formatted()) บาท, random start \(start.formatted()); \(keys) key item(s) of at \
                least the interval; \(draw.excluded) project(s) without an agreed price could not be drawn.
                """)
        }
        return lines.joined(separator: "\n")
    }

    /// The engagement's recorded samples, from its plan year's stream.
    static func recorded(_ ref: EngagementRef, in store: any EventStore) async throws -> [AuditSampleDrawn] {
        let plan = try await AuditPlanService(store: store).plan(ref.fiscalYear)
        let subject = try AuditSubject.normalizedID(ref.subject)
        guard let engagement = plan.engagements[subject] else {
            throw AuditPlansError.engagementNotStarted(subject, ref.fiscalYear)
        }
        return engagement.samples
    }

    /// Every item of the recorded samples, one row each. The seed is text for scripts: it is a code to draw
    /// again with, and a 64-bit seed is beyond the integers JSON readers hold exactly.
    static func recorded(_ samples: [AuditSampleDrawn], _ format: OutputFormat) -> Table {
        let machine = AuditTables.isMachine(format)
        var table = Table(
            columns: [
                .init("ชุด Sample", key: "sample", alignment: .trailing), .init("วันที่ Drawn", key: "drawn_on"),
                .init("วิธี Method", key: "method"),
            ] + (machine ? [.init("method_th")] : []) + [
                .init("seed", key: "seed"), .init("ลำดับ Order", key: "order", alignment: .trailing),
                .init("รายการ Item", key: "item"),
                .init("จำนวนเงิน Amount (บาท)", key: "amount", alignment: .trailing),
            ])
        for sample in samples {
            for (index, item) in sample.items.enumerated() {
                let method: [Table.Cell] =
                    machine
                    ? [.text(sample.method.rawValue), .text(sample.method.label.th)] : [.text(sample.method.label.th)]
                table.append(
                    [.integer(sample.number), .date(sample.drawnOn, shown: sample.drawnOn.formatted(.thaiMedium))]
                        + method + [
                            .text(String(sample.seed)), .integer(index + 1), .text(item.id), .money(item.amount),
                        ])
            }
        }
        return table
    }
}
