import EventStore
import Foundation

/// The projections' tables in the shared layout: the same tables and statements as on SQLite, with the agency
/// added where the database needs it.
///
/// Projections are written once, in the portable SQL both backends run. In the shared layout each of their tables
/// gains an `agency` column (last) (filled from the transaction's `sujarit.agency`), every key and index starts with it,
/// and row-level security confines each statement to the transaction's agency (``SharedSchema/policies(on:privacy:)``).
/// So a projection's statements run unchanged but for their `ON CONFLICT` targets, which must name a key the
/// table has: `(agency, …)`.
enum SharedTables {
    /// The statements creating `projection`'s tables in the shared schema, with their policies.
    static func create(_ projection: any Projection, personal: Set<String>) throws -> [String] {
        var statements: [String] = []
        for statement in projection.schema {
            let trimmed = statement.trimmingCharacters(in: .whitespacesAndNewlines)
            if let table = try createTable(trimmed) {
                statements.append(table.sql)
                statements += SharedSchema.policies(
                    on: table.name, privacy: personal.contains(table.name) ? .table : .none)
            } else if let index = createIndex(trimmed) {
                statements.append(index)
            } else {
                throw EventStoreError.backend(
                    "projection \(projection.name): cannot place this statement in the shared layout: \(trimmed)")
            }
        }
        return statements
    }

    /// A projection statement as it must run on a shared table: its `ON CONFLICT (…)` target led by `agency`.
    static func statement(_ statement: SQLStatement) -> SQLStatement {
        guard statement.sql.contains("ON CONFLICT") else { return statement }
        var rewritten = statement
        rewritten.sql = statement.sql.replacingOccurrences(of: "ON CONFLICT (", with: "ON CONFLICT (agency, ")
        return rewritten
    }

    /// `CREATE TABLE name (…)` with the agency column first and every key led by it.
    static func createTable(_ sql: String) throws -> (name: String, sql: String)? {
        guard sql.uppercased().hasPrefix("CREATE TABLE "), let open = sql.firstIndex(of: "("),
            let close = sql.lastIndex(of: ")")
        else { return nil }
        let name = sql[sql.index(sql.startIndex, offsetBy: 13)..<open].trimmingCharacters(in: .whitespaces)
        var parts: [String] = []
        var keys: [String] = []
        for part in topLevelParts(String(sql[sql.index(after: open)..<close])) {
            let upper = part.uppercased()
            if upper.hasPrefix("PRIMARY KEY") || upper.hasPrefix("UNIQUE") {
                keys.append(part.replacingOccurrences(of: "(", with: "(agency, ", options: [], range: nil))
                continue
            }
            var column = part
            let columnName = String(part.split(separator: " ").first ?? "")
            for constraint in ["PRIMARY KEY", "UNIQUE"] where column.uppercased().contains(" \(constraint)") {
                if let range = column.range(of: " \(constraint)", options: .caseInsensitive) {
                    column.removeSubrange(range)
                }
                keys.append("\(constraint) (agency, \(columnName))")
            }
            parts.append(column)
        }
        // Last, so that the table's own columns keep their places (`SELECT *`, `ORDER BY 1`).
        let agency = "agency TEXT NOT NULL DEFAULT sujarit.agency() REFERENCES sujarit.agencies (department_id)"
        let body = (parts + [agency] + keys).joined(separator: ",\n    ")
        return (name, "CREATE TABLE sujarit.\(name) (\n    \(body)\n)")
    }

    /// `CREATE [UNIQUE] INDEX name ON table (…)` in the shared schema, led by `agency`.
    static func createIndex(_ sql: String) -> String? {
        let upper = sql.uppercased()
        guard upper.hasPrefix("CREATE INDEX ") || upper.hasPrefix("CREATE UNIQUE INDEX "),
            let on = sql.range(of: " ON "), let open = sql[on.upperBound...].firstIndex(of: "(")
        else { return nil }
        let table = sql[on.upperBound..<open].trimmingCharacters(in: .whitespaces)
        return String(sql[..<on.lowerBound]) + " ON sujarit.\(table) (agency, " + sql[sql.index(after: open)...]
    }

    /// The comma-separated parts of a table body, commas inside parentheses kept.
    static func topLevelParts(_ body: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        // Comments go first: the parts are joined onto one line each.
        let code = body.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.range(of: "--").map { String(line[..<$0.lowerBound]) } ?? String(line)
        }.joined(separator: "\n")
        for character in code {
            switch character {
            case "(": depth += 1
            case ")": depth -= 1
            case "," where depth == 0:
                parts.append(current.trimmingCharacters(in: .whitespacesAndNewlines))
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        let last = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !last.isEmpty { parts.append(last) }
        return parts.map {
            $0.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
        }
    }
}
