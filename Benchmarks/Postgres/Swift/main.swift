// sujarit-bench-postgres: the Swift side of Benchmarks/Postgres/scale.sh (issue 16's scale proof).
//
//   sujarit-bench-postgres create --url URL [--count 7850] [--first 6000000] [--concurrency 4]
//   sujarit-bench-postgres load   --url URL --demo STORE.db [--agencies 50] [--first 6000000] [--concurrency 4]
//   sujarit-bench-postgres mix    --url URL [--sessions 50] [--seconds 20] [--first 6000000] [--login-prefix P]
//                                 [--interval 200] [--projector listen|poll]
//   sujarit-bench-postgres poll   --url URL [--times 10]
//
// URL is the shared database as its administrator (postgres://admin@host:port/db). Agencies get the department
// ids first, first+1, …; every store is made as `sujarit init --store URL?agency=ID` makes it, with the
// command's projections and personal data (Catalog.swift).
//
// create: makes `count` agencies' stores (schema only), `concurrency` at a time, and times them.
// load:   appends the log of a SQLite store (`sujarit demo --store`) to each of the first `agencies` agencies
//         through the store's append, stream run by stream run as commands do, as the administrator.
// mix:    `sessions` staff sessions, each its own store object and connection as login P<i> (granted here on
//         agency first+i-1; the logins must exist), append and read for `seconds` while a PostgresProjector
//         follows in this process as `sujarit project --follow` does: woken by each append's notification and
//         polling every `interval` ms, or (`--projector poll`) polling only, as before appends notified it.
// poll:   times the projector's poll (which agencies are behind) on the database as it is.
//
// Each figure is also printed as a line the script collects:  RESULT <phase> <name> <value> <unit>
import EventStore
import EventStorePostgres
import Foundation

struct Usage: Error, CustomStringConvertible { var description: String }

/// The command line: a phase and `--name value` options.
struct Arguments {
    var phase: String
    var options: [String: String] = [:]

    init(_ arguments: [String]) throws {
        guard let phase = arguments.first, ["create", "load", "mix", "poll"].contains(phase) else {
            throw Usage(description: "usage: sujarit-bench-postgres create|load|mix|poll --url URL [options]")
        }
        self.phase = phase
        var rest = arguments.dropFirst().makeIterator()
        while let name = rest.next() {
            guard name.hasPrefix("--"), let value = rest.next() else {
                throw Usage(description: "\(phase): expected --name value, got '\(name)'")
            }
            options[String(name.dropFirst(2))] = value
        }
    }

    func string(_ name: String, default fallback: String? = nil) throws -> String {
        guard let value = options[name] ?? fallback else { throw Usage(description: "\(phase) needs --\(name)") }
        return value
    }

    func int(_ name: String, default fallback: Int) throws -> Int {
        guard let text = options[name] else { return fallback }
        guard let value = Int(text), value > 0 else {
            throw Usage(description: "--\(name) must be a positive whole number (got '\(text)')")
        }
        return value
    }
}

/// The URL of `agency`'s store in the database `url` names, as `login` when given.
func agencyURL(_ url: String, agency: Int, login: String? = nil) throws -> String {
    guard var components = URLComponents(string: url) else { throw Usage(description: "--url is not a URL: \(url)") }
    if let login { components.user = login }
    components.queryItems = [URLQueryItem(name: "agency", value: String(agency))]
    guard let result = components.string else { throw Usage(description: "cannot build an agency URL from \(url)") }
    return result
}

/// Prints a figure for the reader and for the script.
func result(_ phase: String, _ name: String, _ value: Double, _ unit: String) {
    print("RESULT \(phase) \(name) \(String(format: "%.4f", value)) \(unit)")
}

do {
    let arguments = try Arguments(Array(CommandLine.arguments.dropFirst()))
    let url = try arguments.string("url")
    let first = try arguments.int("first", default: 6_000_000)
    switch arguments.phase {
    case "create":
        try await CreateAgencies(
            url: url, first: first, count: try arguments.int("count", default: 7_850),
            concurrency: try arguments.int("concurrency", default: 4)
        ).run()
    case "load":
        try await LoadSample(
            url: url, demo: try arguments.string("demo"), first: first,
            agencies: try arguments.int("agencies", default: 50),
            concurrency: try arguments.int("concurrency", default: 4)
        ).run()
    case "mix":
        try await SessionMix(
            url: url, first: first, sessions: try arguments.int("sessions", default: 50),
            seconds: try arguments.int("seconds", default: 20),
            loginPrefix: try arguments.string("login-prefix", default: "bench_staff_"),
            interval: try arguments.int("interval", default: 200),
            listens: try arguments.string("projector", default: "listen") != "poll"
        ).run()
    default:
        try await ProjectorPoll(url: url, times: try arguments.int("times", default: 10)).run()
    }
} catch {
    FileHandle.standardError.write(Data("sujarit-bench-postgres: \(error)\n".utf8))
    exit(1)
}
