import Sujarit

extension Table {
    /// The narrowest a wrapping column is made to fit a terminal; a table that cannot fit with its text columns
    /// this wide is shown one record at a time instead, since a column of a few letters cannot be read.
    public static let narrowestTextColumn = 10
    /// A word of another script (an id in a sentence, an English word) up to this wide is kept whole when a
    /// column is narrowed; a longer one (a path, a link) may be broken.
    static let longestKeptWord = 16
    /// The narrowest a header is wrapped to.
    static let narrowestHeader = 6

    /// Aligned columns separated by two spaces, with a rule under the header; control characters in cells and
    /// headers are shown as symbols (``TerminalText``), never sent to the terminal.
    ///
    /// How wide, by `style.width`: as wide as the cells, each cut at its column's `maxWidth` (`.natural`), or
    /// with nothing cut (`.full`, `--wide`); or fitted into a number of columns (`.columns`). To fit, headers
    /// wider than their cells wrap first, then the widest wrapping columns (``Column/wraps``) are narrowed in
    /// turn, down to ``narrowestTextColumn``, their cells wrapped onto several lines (``TerminalText/wrap(_:width:)``).
    /// If the table is still too wide, each row is shown as a record: one line per column, header then value,
    /// the value whole (a record has the room a row has not).
    /// Ids, codes, numbers and dates (columns that do not wrap) are never wrapped or cut.
    public func terminal(style: TerminalStyle) -> String {
        terminal(style: style, streamedAfter: nil)
    }

    /// The table drawn as ``terminal(style:)`` draws it, or, with `streamedAfter`, as one chunk of a longer list
    /// drawn a chunk at a time (``TableStream``) after that many rows: the header only when no row came before,
    /// and records numbered on from there, without the total, which is not known yet.
    func terminal(style: TerminalStyle, streamedAfter before: Int?) -> String {
        let headers = columns.map { TerminalText.safe($0.header) }
        let whole = rows.map { $0.map(TerminalText.safe) }
        let cells: [[String]] = whole.map { row in
            zip(row, columns).map { text, column in
                guard style.width != .full, let limit = column.maxWidth else { return text }
                return Self.lines(text).map { $0.truncated(toWidth: limit) }.joined(separator: "\n")
            }
        }
        // Each cell's width, measured once: a list can have tens of thousands of rows.
        let measured = cells.map { $0.map(Self.widestLine) }
        let natural = columns.indices.map { index in
            measured.reduce(Self.widestLine(headers[index])) { max($0, $1[index]) }
        }
        let header = (before ?? 0) == 0
        guard case .columns(let available) = style.width, Self.totalWidth(natural) > available else {
            return grid(headers, cells, measured, widths: natural, header: header, style: style)
        }
        if let widths = fitted(headers, cells, measured, natural: natural, available: available) {
            return grid(headers, cells, measured, widths: widths, header: header, style: style)
        }
        return cells.isEmpty
            ? grid(headers, cells, measured, widths: natural, header: header, style: style)
            : records(headers, whole, available, streamedAfter: before, style: style)
    }

    /// The columns' widths narrowed to fit `available`, or nil when they cannot be without going below
    /// ``narrowestTextColumn`` or breaking an id.
    private func fitted(
        _ headers: [String], _ cells: [[String]], _ measured: [[Int]], natural: [Int], available: Int
    ) -> [Int]? {
        var widths = natural
        var excess = Self.totalWidth(widths) - available
        let kept = { (text: String) in min(Self.longestKeptWord, TerminalText.widestWord(text)) }
        // A header wraps between its words, and never below six columns (ปัจจุบัน, Status).
        let headerFloors = headers.map { min(Self.widestLine($0), max(Self.narrowestHeader, kept($0))) }
        // Headers first: a header wider than its cells wraps at no cost to the rows.
        let data = columns.indices.map { index in measured.reduce(0) { max($0, $1[index]) } }
        Self.narrow(&widths, floors: zip(data, headerFloors).map(max), excess: &excess)
        // Then the text: the widest wrapping column first, down to the narrowest readable width.
        let floors = columns.indices.map { index in
            guard columns[index].wraps else { return widths[index] }
            var words = 0
            // A cell no wider than the widest word so far cannot hold a wider one.
            for (row, width) in zip(cells, measured) where width[index] > words && words < Self.longestKeptWord {
                words = max(words, kept(row[index]))
            }
            return max(headerFloors[index], min(widths[index], max(Self.narrowestTextColumn, words)))
        }
        Self.narrow(&widths, floors: floors, excess: &excess)
        return excess > 0 ? nil : widths
    }

    /// Rows of aligned cells, each row as many lines as its tallest cell, under the header and its rule unless
    /// `header` is false.
    private func grid(
        _ headers: [String], _ cells: [[String]], _ measured: [[Int]], widths: [Int], header: Bool,
        style: TerminalStyle
    ) -> String {
        func lines(_ values: [String], _ valueWidths: [Int], header: Bool) -> [String] {
            let pieces = values.indices.map { index in
                (header || columns[index].wraps) && valueWidths[index] > widths[index]
                    ? TerminalText.wrap(values[index], width: widths[index]) : Self.lines(values[index])
            }
            return (0..<(pieces.map(\.count).max() ?? 1)).map { line in
                pieces.indices.map { index in
                    let piece = line < pieces[index].count ? pieces[index][line] : ""
                    return piece.padded(toWidth: widths[index], alignment: columns[index].alignment)
                }.joined(separator: "  ").trimmingTrailingSpaces()
            }
        }
        var out: [String] = []
        if header {
            out = lines(headers, headers.map(Self.widestLine), header: true).map { style.paint($0, .bold) }
            out.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        }
        for (row, rowWidths) in zip(cells, measured) { out += lines(row, rowWidths, header: false) }
        return out.isEmpty ? "" : out.joined(separator: "\n") + "\n"
    }

    /// Each row under a numbered rule, one line per column: the header, then the value (`whole`, not cut at
    /// `maxWidth`) wrapped to what is left. Numbered "3/40", or on from `before` without the total for a chunk.
    private func records(
        _ headers: [String], _ cells: [[String]], _ available: Int, streamedAfter before: Int?, style: TerminalStyle
    ) -> String {
        let labelWidth = min(headers.map(Self.widestLine).max() ?? 0, max(Self.narrowestTextColumn, available / 3))
        let valueWidth = max(Self.narrowestTextColumn, available - labelWidth - 2)
        let labels = headers.map { TerminalText.wrap($0, width: labelWidth) }
        var out: [String] = []
        for (number, row) in cells.enumerated() {
            let title = before.map { "── \($0 + number + 1) " } ?? "── \(number + 1)/\(cells.count) "
            out.append(style.paint(title + String(repeating: "─", count: max(0, available - title.count)), .dim))
            for (index, value) in row.enumerated() {
                let values =
                    columns[index].wraps && Self.widestLine(value) > valueWidth
                    ? TerminalText.wrap(value, width: valueWidth) : Self.lines(value)
                for line in 0..<max(labels[index].count, values.count) {
                    let label = line < labels[index].count ? labels[index][line] : ""
                    let value = line < values.count ? values[line] : ""
                    out.append(
                        value.isEmpty
                            ? style.paint(label, .bold)
                            : style.paint(label.padded(toWidth: labelWidth), .bold) + "  " + value)
                }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Narrows the widest of `widths` above its floor by one column at a time until `excess` is gone.
    private static func narrow(_ widths: inout [Int], floors: [Int], excess: inout Int) {
        while excess > 0 {
            let candidates = widths.indices.filter { widths[$0] > floors[$0] }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
            excess -= 1
        }
    }

    /// The widths of the columns plus the two spaces between each.
    private static func totalWidth(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 2 * max(0, widths.count - 1)
    }

    /// The lines of a cell. By bytes: a cell is made safe (``TerminalText/safe(_:)``) before, so a line feed is
    /// a line's end, and splitting by `Character` compared every Thai cluster with "\n" (a fifth of drawing a
    /// long table).
    private static func lines(_ text: String) -> [String] {
        guard text.utf8.contains(0x0A) else { return [text] }
        return text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    private static func widestLine(_ text: String) -> Int {
        lines(text).map(\.displayWidth).max() ?? 0
    }
}
