import Agency
import AuditPlans
import Declarations
import EventStore
import Foundation
import GiftLog
import Oversight
import Procurement
import RiskRegister
import Testing

/// Cross-module SQL goes through one door: a module's SQL names only the tables of its own projections,
/// and reads another register's tables through that register's query API (``DeclarationQueries``,
/// ``ProcurementReadModel``…), so a register can change its tables without breaking a reader it does not
/// know about.
///
/// Checked on the source text: every code line (comments left out) of every module under `Sources/` is
/// searched for the name of any projection's table.
@Suite("Table ownership")
struct TableOwnershipTests {
    /// `Sources/`, from this file's place in `Tests/OversightTests/`.
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// The projections this test target can reach, by module: their declared tables are the reference the
    /// source scan below is checked against.
    static let projections: [String: [any Projection]] = [
        "Agency": [DirectoryProjection(), StoreProfileProjection()],
        "AuditPlans": [AuditPlansProjection()],
        "Declarations": [DeclarationsProjection()],
        "GiftLog": [GiftLogProjection()],
        "Oversight": [RedFlagsProjection()],
        "Procurement": [ProcurementProjection()],
        "RiskRegister": [RiskRegisterProjection()],
    ]

    /// The Swift files of one module, each as its code lines (lines that are only a comment left out).
    static func codeLines(of module: String) throws -> [(file: String, line: String)] {
        let folder = sources.appendingPathComponent(module)
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        var lines: [(String, String)] = []
        for case let url as URL in walker where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false)
            where !line.drop(while: { $0 == " " }).hasPrefix("//") {
                lines.append((url.lastPathComponent, String(line)))
            }
        }
        return lines
    }

    /// The modules under `Sources/`.
    static func modules() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Each module's tables as its projections declare them in the source (`let tables = [ "…", … ]`), so
    /// that modules this target does not link (ITA) are covered as well.
    static func declaredTables() throws -> [String: Set<String>] {
        var owned: [String: Set<String>] = [:]
        let declaration = try Regex(#"let tables(?:: \[String\])? = \[([^\]]*)\]"#)
        let name = try Regex(#""([a-z][a-z0-9_]*)""#)
        for module in try modules() {
            let text = try codeLines(of: module).map(\.line).joined(separator: "\n")
            for match in text.matches(of: declaration) {
                guard let list = match.output[1].substring else { continue }
                for table in list.matches(of: name) {
                    if let value = table.output[1].substring { owned[module, default: []].insert(String(value)) }
                }
            }
        }
        return owned
    }

    @Test func theSourceScanFindsTheTablesProjectionsDeclare() throws {
        let declared = try Self.declaredTables()
        for (module, projections) in Self.projections {
            // Tables named through a constant (ProcurementLedger.table) are the projection's too.
            let tables = Set(projections.flatMap(\.tables))
            #expect(declared[module, default: []].isSubset(of: tables), "\(module)")
            #expect(tables.subtracting(declared[module, default: []]).count <= 1, "\(module)")
        }
        #expect(declared["ITA"]?.isEmpty == false)
    }

    @Test func eachModulesSQLNamesOnlyItsOwnTables() throws {
        var owner: [String: String] = [:]
        for (module, tables) in try Self.declaredTables() {
            for table in tables { owner[table] = module }
        }
        for (module, projections) in Self.projections {
            for table in projections.flatMap(\.tables) { owner[table] = module }
        }
        #expect(owner["coi_committee_seats"] == "Declarations" && owner["procurement_projects"] == "Procurement")
        let word = try Regex(#"[a-z][a-z0-9]*(?:_[a-z0-9]+)+"#)
        var foreign: [String] = []
        for module in try Self.modules() {
            for (file, line) in try Self.codeLines(of: module) {
                for match in line.matches(of: word) {
                    let name = String(line[match.range])
                    // Only whole words: `procurement_projects_year` is an index, not the table.
                    if let tableOwner = owner[name], tableOwner != module, Self.isWhole(match.range, in: line) {
                        foreign.append("\(module)/\(file): \(name) (a table of \(tableOwner))")
                    }
                }
            }
        }
        let list = foreign.joined(separator: "\n")
        #expect(foreign.isEmpty, "read another module's tables through its query API:\n\(list)")
    }

    @Test func theScanSeesATableNamedInCode() throws {
        // The check can fail: a line of Oversight reading Declarations' table would be found.
        let line = #"try await store.query("SELECT project FROM coi_committee_seats")"#
        let word = try Regex(#"[a-z][a-z0-9]*(?:_[a-z0-9]+)+"#)
        let names = line.matches(of: word).map { String(line[$0.range]) }
        #expect(names.contains("coi_committee_seats"))
        #expect(try Self.declaredTables()["Declarations"]?.contains("coi_committee_seats") == true)
    }

    /// Whether the match is not part of a longer identifier.
    static func isWhole(_ range: Range<String.Index>, in line: String) -> Bool {
        func isWordCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "_"
        }
        let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
        let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
        return !(before.map(isWordCharacter) ?? false) && !(after.map(isWordCharacter) ?? false)
    }
}
