/// The names close to a mistyped word, for "did you mean …" messages.
///
/// Closeness is the optimal-string-alignment distance over `Character`s: one insertion, deletion, substitution
/// or swap of two neighbours counts 1, so `reprot` is 1 from `report` and `lst` is 1 from `list`. A short word
/// may be one edit off, a longer one two, so that `ad` does not suggest every two-letter command; a word that
/// begins a name (`rep`) suggests it too.
enum Suggestions {
    /// The names of `candidates` close to `word`, the closest first (ties in the candidates' order).
    static func closest(to word: String, among candidates: [String]) -> [String] {
        let typed = word.lowercased()
        let allowed = typed.count <= 4 ? 1 : 2
        let scored = candidates.enumerated().compactMap { index, name -> (distance: Int, index: Int, name: String)? in
            let distance = Self.distance(typed, name.lowercased())
            if distance <= allowed { return (distance, index, name) }
            if typed.count >= 3, name.lowercased().hasPrefix(typed) { return (allowed, index, name) }
            return nil
        }
        return scored.sorted { ($0.distance, $0.index) < ($1.distance, $1.index) }.map(\.name)
    }

    /// The number of single-character edits (insert, delete, substitute, swap neighbours) from `a` to `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        // rows[i][j]: the distance between the first i characters of a and the first j of b.
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { rows[i][0] = i }
        for j in 0...b.count { rows[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, rows[i - 2][j - 2] + 1)
                }
                rows[i][j] = best
            }
        }
        return rows[a.count][b.count]
    }
}
