import Dispatch
import Foundation
import Oversight
import Procurement
import Sujarit

// The red-flag benchmark (Benchmarks/Flags/run.sh runs it in release):
//
//   sujarit-bench-flags generate --projects 1000000 --out data.csv
//   sujarit-bench-flags run --csv data.csv [--threads 2]
//
// `run` streams the CSV through `RedFlagEngine`, the code `sujarit flags run` uses, and prints one
// `COUNT <indicator> <n>` line per indicator, `TIME <phase> <seconds>` lines and the peak resident memory.

func option(_ name: String) -> String? {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else {
        return nil
    }
    return CommandLine.arguments[index + 1]
}

func peakResidentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
    }
    return 0
}

func residentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]) ?? 0
    }
    return 0
}

func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// The engine over one slice of the file, counting what it finds per indicator.
final class Slice: @unchecked Sendable {
    var engine: RedFlagEngine
    var counts: [Indicator: Int] = [:]
    var error: Error?

    init(settings: RedFlagSettings) { engine = RedFlagEngine(settings: settings) }

    func count(_ candidates: [FlagCandidate]) {
        for candidate in candidates { counts[candidate.indicator, default: 0] += 1 }
    }
}

let command = CommandLine.arguments.dropFirst().first ?? ""
switch command {
case "generate":
    guard let out = option("--out"), let projects = option("--projects").flatMap(Int.init) else {
        FileHandle.standardError.write(Data("usage: sujarit-bench-flags generate --projects N --out PATH\n".utf8))
        exit(2)
    }
    let start = DispatchTime.now()
    var generator = Generator(projects: projects, seed: UInt64(option("--seed") ?? "2568") ?? 2568)
    try generator.write(to: out)
    print("TIME generate \(String(format: "%.3f", seconds(since: start)))")

case "run":
    guard let path = option("--csv") else {
        FileHandle.standardError.write(Data("usage: sujarit-bench-flags run --csv PATH [--threads N]\n".utf8))
        exit(2)
    }
    let threads = max(1, option("--threads").flatMap(Int.init) ?? 1)
    // Reading alone, to split the time between parsing and the rules when profiling.
    let parseOnly = CommandLine.arguments.contains("--parse-only")
    var settings = RedFlagSettings()
    if CommandLine.arguments.contains("--no-flags") {
        // Profiling aid: thresholds nothing reaches, to see the rules' cost without building evidence.
        settings.splitting.limit = .baht(1_000_000_000_000)
        settings.concentration.minimumShare = 1
        settings.concentration.minimumSupplierAwards = 100_000
        settings.concentration.floorWins = 100_000
        settings.price.nearReference = 1
        settings.price.nearReferenceMethods = []
        settings.price.referenceEqualsBudgetMethods = []
        settings.yearEnd.floorRatio = 1_000
        settings.bunching.floorRatio = 1_000
        settings.process.floorRate = 1
        settings.fastAward.maximumDays = 1
    }
    let start = DispatchTime.now()
    let file = try ProjectCSV(path: path)
    let cuts = try file.departmentBoundaries(parts: threads)
    let slices = (0..<(cuts.count - 1)).map { _ in Slice(settings: settings) }
    DispatchQueue.concurrentPerform(iterations: slices.count) { part in
        let slice = slices[part]
        do {
            if parseOnly {
                var count = 0
                try file.forEach(from: cuts[part], to: cuts[part + 1]) { _ in count += 1 }
            } else {
                let trace = CommandLine.arguments.contains("--trace-memory")
                try file.forEach(from: cuts[part], to: cuts[part + 1]) { project in
                    try slice.engine.consume(project)
                    slice.count(slice.engine.takeCandidates())
                    if trace, slice.engine.projectCount % 100_000 == 0 {
                        FileHandle.standardError.write(
                            Data("MEMORY \(slice.engine.projectCount) \(residentKiB()) KiB\n".utf8))
                    }
                }
            }
        } catch {
            slice.error = error
        }
    }
    if let error = slices.compactMap(\.error).first {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
    let streamed = seconds(since: start)
    var engine = slices[0].engine
    var counts = slices[0].counts
    for slice in slices.dropFirst() {
        try engine.absorb(slice.engine)
        for (indicator, count) in slice.counts { counts[indicator, default: 0] += count }
    }
    try engine.finish { counts[$0.indicator, default: 0] += 1 }
    let total = seconds(since: start)
    print("PROJECTS \(engine.projectCount)")
    for indicator in Indicator.allCases { print("COUNT \(indicator.rawValue) \(counts[indicator] ?? 0)") }
    print("TIME stream \(String(format: "%.3f", streamed))")
    print("TIME total \(String(format: "%.3f", total))")
    print(
        """
        THREADS \(slices.count) (projects per slice: \
        \(slices.map { String($0.engine.projectCount) }.joined(separator: ", ")); cuts \(cuts))
        """
    )
    print("PEAK_RSS_KIB \(peakResidentKiB())")

default:
    FileHandle.standardError.write(Data("usage: sujarit-bench-flags generate|run …\n".utf8))
    exit(2)
}
