import Sujarit

/// A likelihood × impact matrix: two scales of levels, the bands a cell falls into, and their colours.
///
/// Agencies use their own scales (5×5 is usual, some use 3×3) and describe each level in their own words,
/// so a matrix is data read from `Registers/matrices/*.yaml`. Its `id` and `version` name one exact content:
/// the first time a version is used it is recorded whole in the store (``RiskMatrixAdopted``), and every
/// score names the version it used, so editing the file later never changes an old score's level.
///
/// Its `Codable` is not a stored form: the file is read through `ConfigNode` (``RiskMatrix/load(_:)``) and the
/// log stores `RiskMatrixPayloadV1`. It is the shape `heatmap --format json` prints, which follows the model
/// as it grows, while the stored form stays as recorded.
public struct RiskMatrix: Sendable, Hashable, Codable {
    /// A short stable name, e.g. `5x5`.
    public var id: String
    /// A positive number; bump it whenever levels, bands or the grid change.
    public var version: Int
    /// The matrix's title.
    public var name: LocalizedLabel
    /// The likelihood scale (โอกาสที่จะเกิด), levels numbered 1…n.
    public var likelihood: RiskAxis
    /// The impact scale (ผลกระทบ), levels numbered 1…n.
    public var impact: RiskAxis
    /// The bands, lowest first.
    public var bands: [RiskBand]
    /// An explicit band per cell, when the agency does not band by the product: `grid[l-1][i-1]` is a band id.
    public var grid: [[String]]?

    public init(
        id: String, version: Int, name: LocalizedLabel, likelihood: RiskAxis, impact: RiskAxis, bands: [RiskBand],
        grid: [[String]]? = nil
    ) {
        self.id = id
        self.version = version
        self.name = name
        self.likelihood = likelihood
        self.impact = impact
        self.bands = bands
        self.grid = grid
    }

    /// The matrix's key in the store and in score events, e.g. `5x5@1`.
    public var key: MatrixKey { MatrixKey(id: id, version: version) }

    /// The band of the cell at likelihood `l` and impact `i`. Both must be on the scales (checked by ``check(likelihood:impact:)``).
    public func band(likelihood l: Int, impact i: Int) -> RiskBand {
        if let grid, let band = bands.first(where: { $0.id == grid[l - 1][i - 1] }) { return band }
        let score = l * i
        return bands.first { $0.scores.contains(score) } ?? bands[bands.count - 1]
    }

    /// The score of a cell: likelihood × impact, as the register prints it.
    public func score(likelihood l: Int, impact i: Int) -> Int { l * i }

    /// Checks that both levels are on this matrix's scales.
    ///
    /// - throws: ``RiskRegisterError/levelOutOfRange(axis:value:range:matrix:)`` naming the axis and the levels allowed.
    public func check(likelihood l: Int, impact i: Int) throws {
        guard likelihood.range.contains(l) else {
            throw RiskRegisterError.levelOutOfRange(
                axis: "likelihood (-l)", value: l, range: likelihood.range, matrix: key.description)
        }
        guard impact.range.contains(i) else {
            throw RiskRegisterError.levelOutOfRange(
                axis: "impact (-i)", value: i, range: impact.range, matrix: key.description)
        }
    }

    /// The band with `id` (or Thai or English name), for filters such as `--level สูง`.
    public func band(named text: String) -> RiskBand? {
        let wanted = text.lowercased()
        return bands.first { $0.id.lowercased() == wanted || $0.name.th == text || $0.name.en.lowercased() == wanted }
    }

    /// The problems that make the matrix unusable, as sentences; empty when it is sound.
    ///
    /// Levels must be numbered 1…n without gaps, band ids unique, every reachable product covered by
    /// exactly one band (when there is no grid), and a grid must have one row per likelihood level and one
    /// known band per impact level.
    public func problems() -> [String] {
        var found: [String] = []
        if version < 1 { found.append("the version must be 1 or more (found \(version))") }
        for axis in [likelihood, impact] {
            if axis.levels.isEmpty { found.append("the \(axis.name.en) scale has no levels") }
            if axis.levels.map(\.level) != Array(1...max(1, axis.levels.count)) {
                found.append(
                    "the \(axis.name.en) levels must be numbered 1, 2, … in order (found \(axis.levels.map(\.level)))")
            }
        }
        if bands.isEmpty { found.append("no bands are defined") }
        let ids = bands.map(\.id)
        if Set(ids).count != ids.count { found.append("band ids repeat: \(ids)") }
        for band in bands where !band.isColourValid {
            found.append("band '\(band.id)' has colour '\(band.color)'; write it as #rrggbb")
        }
        guard found.isEmpty else { return found }
        if let grid {
            if grid.count != likelihood.levels.count || grid.contains(where: { $0.count != impact.levels.count }) {
                found.append(
                    """
                    the grid must have \(likelihood.levels.count) rows (likelihood 1 first) of \
                    \(impact.levels.count) band ids
                    """
                )
            }
            for id in Set(grid.joined()) where !ids.contains(id) {
                found.append("the grid names an unknown band '\(id)'")
            }
        } else {
            for l in likelihood.range {
                for i in impact.range {
                    let holders = bands.filter { $0.scores.contains(l * i) }
                    if holders.count != 1 {
                        found.append(
                            """
                            the score \(l * i) (likelihood \(l) × impact \(i)) is in \(holders.count) bands; it \
                            must be in exactly one
                            """
                        )
                    }
                }
            }
        }
        return Array(Set(found)).sorted()
    }
}

/// One scale of a matrix.
public struct RiskAxis: Sendable, Hashable, Codable {
    /// The scale's name, e.g. โอกาสที่จะเกิด / Likelihood.
    public var name: LocalizedLabel
    /// The levels, 1 first.
    public var levels: [RiskLevel]

    public init(name: LocalizedLabel, levels: [RiskLevel]) {
        self.name = name
        self.levels = levels
    }

    /// The levels allowed, e.g. 1...5.
    public var range: ClosedRange<Int> { 1...max(1, levels.count) }

    /// The level numbered `number`, when on the scale.
    public func level(_ number: Int) -> RiskLevel? { levels.first { $0.level == number } }
}

/// One level of a scale, described in the agency's own words (shown to members while they score).
public struct RiskLevel: Sendable, Hashable, Codable {
    /// The level's number, 1 for the lowest.
    public var level: Int
    /// Its name, e.g. สูงมาก / Very high.
    public var name: LocalizedLabel
    /// What it means in practice, e.g. "เกิดขึ้นมากกว่า 20 ครั้งต่อปี".
    public var description: String
    /// The numeric criterion the description states (times a year, baht), when the file gives one: the
    /// levels' ranges must follow each other with no gap and no overlap. Nil in matrices without it.
    public var range: LevelRange?

    public init(level: Int, name: LocalizedLabel, description: String, range: LevelRange? = nil) {
        self.level = level
        self.name = name
        self.description = description
        self.range = range
    }
}

/// A level's numeric criterion in whole numbers: `0-5`, `21+` (21 or more, only for the top level) or `7`.
public struct LevelRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The lowest value the level covers.
    public var lower: Int
    /// The highest, or nil for "and above".
    public var upper: Int?

    public init(lower: Int, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    public var description: String { upper.map { $0 == lower ? "\(lower)" : "\(lower)-\($0)" } ?? "\(lower)+" }

    /// Why the ranges of `levels` (level 1 first) do not follow each other, one sentence per pair of
    /// neighbours, naming the levels, the values left out or counted twice, and the fix; empty when they do.
    /// Only the top level may be open-ended.
    public static func problems(
        _ ranges: [(level: Int, range: LevelRange)], axis: String
    ) -> [(level: Int, message: String)] {
        var found: [(Int, String)] = []
        for (index, item) in ranges.enumerated() {
            if item.range.upper == nil, index != ranges.count - 1 {
                found.append(
                    (
                        item.level,
                        """
                        \(axis) level \(item.level) is open-ended (\(item.range)) but is not the top level; only \
                        the top level may say 'or more'
                        """
                    ))
            }
            guard index > 0, let previous = ranges[index - 1].range.upper else { continue }
            let before = ranges[index - 1].level
            if item.range.lower > previous + 1 {
                let gap =
                    previous + 1 == item.range.lower - 1 ? "\(previous + 1)" : "\(previous + 1)-\(item.range.lower - 1)"
                found.append(
                    (
                        item.level,
                        """
                        \(axis) level \(before) ends at \(previous) and level \(item.level) starts at \
                        \(item.range.lower): \(gap) falls in no level (a gap); start level \(item.level) at \
                        \(previous + 1)
                        """
                    ))
            } else if item.range.lower <= previous {
                let both = item.range.lower == previous ? "\(previous)" : "\(item.range.lower)-\(previous)"
                found.append(
                    (
                        item.level,
                        """
                        \(axis) level \(before) ends at \(previous) and level \(item.level) starts at \
                        \(item.range.lower): \(both) falls in both (an overlap); start level \(item.level) at \
                        \(previous + 1)
                        """
                    ))
            }
        }
        return found
    }
}

/// A band of cells with one meaning and colour, e.g. 10–16 สูง, orange.
public struct RiskBand: Sendable, Hashable, Codable {
    /// A short id, e.g. `high`.
    public var id: String
    /// The band's name, e.g. สูง / High.
    public var name: LocalizedLabel
    /// The cell colour, `#rrggbb`.
    public var color: String
    /// The likelihood × impact products in this band (ignored when the matrix has a grid).
    public var scores: ClosedRange<Int>
    /// Its rank, 1 for the lowest band; used to order and compare levels across matrices.
    public var rank: Int

    public init(id: String, name: LocalizedLabel, color: String, scores: ClosedRange<Int>, rank: Int) {
        self.id = id
        self.name = name
        self.color = color
        self.scores = scores
        self.rank = rank
    }

    var isColourValid: Bool {
        color.count == 7 && color.hasPrefix("#") && color.dropFirst().allSatisfy(\.isHexDigit)
    }
}

/// A matrix id and version, written `5x5@1`: what a score event records.
public struct MatrixKey: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    public var id: String
    public var version: Int

    public init(id: String, version: Int) {
        self.id = id
        self.version = version
    }

    public var description: String { "\(id)@\(version)" }

    public static func < (lhs: MatrixKey, rhs: MatrixKey) -> Bool {
        (lhs.id, lhs.version) < (rhs.id, rhs.version)
    }
}
