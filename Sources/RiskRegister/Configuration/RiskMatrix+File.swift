import Agency
import Foundation
import Sujarit

extension RiskMatrix {
    /// Reads and validates a matrix file (`Registers/matrices/5x5.yaml`).
    ///
    /// ```yaml
    /// id: 5x5
    /// version: 1
    /// name: { th: เมทริกซ์ความเสี่ยง 5×5, en: 5×5 risk matrix }
    /// likelihood:
    ///   name: { th: โอกาสที่จะเกิด, en: Likelihood }
    ///   levels:
    ///     - { level: 1, th: น้อยมาก, en: Rare, description: "ไม่เกิน 5 ครั้งต่อปี", range: 0-5 }   # range optional
    /// impact: …
    /// bands:
    ///   - { id: low, th: ต่ำ, en: Low, color: "#2e7d32", scores: 1-3 }
    /// grid:            # optional: band ids, one row per likelihood level (1 first), one per impact level
    /// ```
    /// - throws: ``ConfigurationError`` naming the file, line and field.
    public static func load(_ path: String) throws -> RiskMatrix {
        try parse(try ConfigNode.load(path))
    }

    /// Validates an already parsed matrix document.
    public static func parse(_ root: ConfigNode) throws -> RiskMatrix {
        try root.allowOnly(["id", "version", "name", "likelihood", "impact", "bands", "grid"])
        let idNode = try root.required("id")
        let id = try idNode.text()
        guard id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
            throw idNode.error("the id '\(id)' may hold only letters, digits, '-' and '_'")
        }
        let versionNode = try root.required("version")
        let version = try versionNode.integer()
        guard version >= 1 else { throw versionNode.error("the version must be 1 or more") }
        var bands: [RiskBand] = []
        for (index, node) in try root.required("bands").items().enumerated() {
            try node.allowOnly(["id", "th", "en", "color", "scores"])
            let scoresNode = try node.required("scores")
            bands.append(
                RiskBand(
                    id: try node.text("id"), name: try label(node), color: try node.text("color"),
                    scores: try range(scoresNode), rank: index + 1
                ))
        }
        let gridNode = try root.optional("grid")
        let matrix = RiskMatrix(
            id: id, version: version, name: try label(try root.required("name")),
            likelihood: try axis(try root.required("likelihood")),
            impact: try axis(try root.required("impact")),
            bands: bands,
            grid: try gridNode?.items().map { try $0.texts() }
        )
        if let problem = matrix.problems().first { throw root.error("matrix \(id) version \(version): \(problem)") }
        return matrix
    }

    private static func axis(_ node: ConfigNode) throws -> RiskAxis {
        try node.allowOnly(["name", "levels"])
        let name = try label(try node.required("name"))
        let levelNodes = try node.required("levels").items()
        let levels = try levelNodes.map { level in
            try level.allowOnly(["level", "th", "en", "description", "range"])
            return RiskLevel(
                level: try level.required("level").integer(), name: try label(level),
                description: try level.text("description"),
                range: try level.optional("range").map(levelRange)
            )
        }
        // Numeric criteria, when given, must be given for every level and follow each other exactly.
        let ranged = zip(levels, levelNodes).filter { $0.0.range != nil }
        if !ranged.isEmpty, ranged.count != levels.count,
            let missing = zip(levels, levelNodes).first(where: { $0.0.range == nil })
        {
            throw missing.1.error(
                """
                \(name.en) level \(missing.0.level) has no range while other levels have one; give every level \
                its range (e.g. range: 0-5, range: 21+) or none
                """
            )
        }
        let ordered = ranged.sorted { $0.0.level < $1.0.level }
        if let problem = LevelRange.problems(ordered.map { ($0.0.level, $0.0.range!) }, axis: name.en).first,
            let place = ordered.first(where: { $0.0.level == problem.level })?.1
        {
            throw (try place.optional("range") ?? place).error(problem.message)
        }
        return RiskAxis(name: name, levels: levels)
    }

    /// `0-5`, `6–10`, `21+` or `7`, in whole numbers (Thai digits and thousands commas accepted).
    private static func levelRange(_ node: ConfigNode) throws -> LevelRange {
        let text = ThaiDigits.toArabic(try node.text()).replacingOccurrences(of: "–", with: "-").replacingOccurrences(
            of: ",", with: ""
        )
        .trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("+"), let lower = Int(text.dropLast().trimmingCharacters(in: .whitespaces)), lower >= 0 {
            return LevelRange(lower: lower, upper: nil)
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        if parts.count == 1, let single = parts[0], single >= 0 { return LevelRange(lower: single, upper: single) }
        guard parts.count == 2, let low = parts[0], let high = parts[1], low >= 0, low <= high else {
            throw node.error(
                "expected a range of whole numbers such as 0-5, 6-10 or 21+ (the top level only), found '\(text)'")
        }
        return LevelRange(lower: low, upper: high)
    }

    private static func label(_ node: ConfigNode) throws -> LocalizedLabel {
        LocalizedLabel(th: try node.text("th"), en: try node.text("en"))
    }

    /// `1-3`, `1–3` (en dash) or a single number.
    private static func range(_ node: ConfigNode) throws -> ClosedRange<Int> {
        let text = ThaiDigits.toArabic(try node.text()).replacingOccurrences(of: "–", with: "-")
        let parts = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if parts.count == 1, let single = parts[0] { return single...single }
        guard parts.count == 2, let low = parts[0], let high = parts[1], low <= high else {
            throw node.error("expected a range of scores such as 1-3 or 10-16, found '\(text)'")
        }
        return low...high
    }

    /// Every matrix file (`*.yaml`) in a folder, sorted by id and version.
    public static func loadFolder(_ folder: String) throws -> [RiskMatrix] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return try names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { try load((folder as NSString).appendingPathComponent($0)) }
            .sorted { $0.key < $1.key }
    }
}
