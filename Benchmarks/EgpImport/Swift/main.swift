// Times the phases of an e-GP feed import one at a time, to see where `sujarit import egp` spends its time:
//
//   sujarit-bench-egp FEED.xml [--phase read|events|store|import] [--store PATH] [--batch N]
//
// read    the feed reader alone (libxml2, item interpretation): the Swift side of xmllint's work
// events  reading plus building the proposed events (one AnnouncementsPublished per batch, payload encoding)
// store   reading, events and appending them to a store without the read model (log, hash chain, and the
//         importer's duplicate lookups against an empty ledger table)
// import  the full import as `sujarit import egp` does it: the store with the procurement read model
//         (with --store naming an existing store, the feed is imported over what it holds)
//
// Prints one line: phase, items, seconds, items per second, peak resident memory.
import Agency
import EventStore
import Foundation
import Procurement
import Sujarit

struct Options {
    var feed = ""
    var phase = "import"
    var store: String?
    var batch = 5_000

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()
        while let argument = rest.popFirst() {
            switch argument {
            case "--phase": phase = rest.popFirst() ?? phase
            case "--store": store = rest.popFirst()
            case "--batch": batch = rest.popFirst().flatMap(Int.init) ?? batch
            case "-h", "--help": feed = ""; return
            default: feed = argument
            }
        }
    }
}

func peakResidentMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

let options = Options(CommandLine.arguments)
guard !options.feed.isEmpty else {
    let usage = "usage: sujarit-bench-egp FEED.xml [--phase read|events|store|import] [--store PATH]\n"
    FileHandle.standardError.write(Data(usage.utf8))
    exit(2)
}
let department = try EGPDepartmentID(parsing: "6960501")
let start = Date()
var items = 0
do {
    switch options.phase {
    case "read":
        let summary = try EGPFeedReader(path: options.feed).forEachItem { _ in }
        items = summary.kept
    case "events":
        var bytes = 0
        var entries: [AnnouncementsPublished.Entry] = []
        func flush() {
            let event = AnnouncementsPublished(departmentID: department.rawValue, announcements: entries)
            bytes += event.proposed(actor: "bench").payload.count
            entries.removeAll(keepingCapacity: true)
        }
        let summary = try EGPFeedReader(path: options.feed).forEachItem { announcement in
            entries.append(AnnouncementsPublished.Entry(announcement))
            if entries.count == options.batch { flush() }
        }
        flush()
        items = summary.kept
        FileHandle.standardError.write(Data("payload bytes: \(bytes / max(1, items)) per announcement\n".utf8))
    case "store", "import":
        let path = options.store ?? NSTemporaryDirectory() + "sujarit-bench-egp-\(UUID().uuidString).db"
        defer {
            if options.store == nil {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        }
        // An existing --store is opened, so a second feed can be imported over a first (the overlap path).
        let projections: [any Projection] = options.phase == "import" ? [ProcurementProjection()] : [EmptyLedger()]
        let store =
            FileManager.default.fileExists(atPath: path)
            ? try SQLiteEventStore.open(at: path, projections: projections)
            : try SQLiteEventStore.create(at: path, projections: projections)
        let report = try await FeedImporter(store: store, batchSize: options.batch).importFeed(
            at: options.feed, department: department, context: CommandContext(actor: "bench"))
        items = report.new
        FileHandle.standardError.write(Data("new \(report.new), duplicates \(report.duplicates)\n".utf8))
    default:
        FileHandle.standardError.write(Data("unknown phase \(options.phase)\n".utf8))
        exit(2)
    }
} catch {
    // A bad path or a refused feed: the reader's own message, not a crash report.
    FileHandle.standardError.write(Data("sujarit-bench-egp: \(error)\n".utf8))
    exit(1)
}
let seconds = Date().timeIntervalSince(start)
print(
    String(
        format: "%@ %d items %.2f s %.0f items/s peak %.0f MiB",
        options.phase, items, seconds, Double(items) / seconds, peakResidentMiB()))

/// For the store phase: the table the feed importer asks which announcements are recorded already
/// (`procurement_fingerprints`, kept by `ProcurementProjection` in a real store), created empty and never
/// written, so the phase pays for the importer's lookups but not for any read model.
struct EmptyLedger: Projection {
    let name = "bench_empty_ledger"
    let version = 1
    let tables = ["procurement_fingerprints"]
    let schema = [
        """
        CREATE TABLE procurement_fingerprints (project_id TEXT NOT NULL, fingerprint BIGINT NOT NULL,
            PRIMARY KEY (project_id, fingerprint))
        """
    ]

    func statements(for event: RecordedEvent) throws -> [SQLStatement] { [] }
}
