extension String {
    /// The number of terminal columns the text takes, for aligning tables.
    ///
    /// Counted per Unicode scalar, not per `Character`: Swift clusters a Thai consonant with its vowel and
    /// tone marks, but the terminal gives the base one column and the marks none. So `"ที่"` is 1,
    /// `"น้ำ"` is 2 (SARA AM takes a column), `"สุจริต"` is 4. Combining marks, zero-width spaces and joiners
    /// take 0 columns; East Asian wide and fullwidth characters take 2; everything else takes 1.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + TerminalWidth.columns($1) }
    }

    /// The text followed, preceded or surrounded by spaces so that it takes `width` columns.
    ///
    /// Text already `width` columns wide or wider is returned unchanged; use ``truncated(toWidth:)`` (or
    /// ``fitted(toWidth:alignment:)``) to shorten it.
    public func padded(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        let missing = width - displayWidth
        guard missing > 0 else { return self }
        switch alignment {
        case .leading:
            return self + String(repeating: " ", count: missing)
        case .trailing:
            return String(repeating: " ", count: missing) + self
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + self + String(repeating: " ", count: missing - before)
        }
    }

    /// The text cut to at most `width` columns, ending with `…` when anything was removed.
    ///
    /// Cuts only between `Character`s, so a Thai consonant never loses its vowel or tone marks and an
    /// emoji sequence stays whole. Text that fits is returned unchanged; a width of 0 or less gives "".
    public func truncated(toWidth width: Int) -> String {
        guard displayWidth > width else { return self }
        guard width > 0 else { return "" }
        let ellipsis = "…"
        let budget = width - ellipsis.displayWidth
        var result = ""
        var used = 0
        for character in self {
            let columns = character.displayWidth
            if used + columns > budget { break }
            result.append(character)
            used += columns
        }
        return result + ellipsis
    }

    /// The text truncated and then padded so that it takes exactly `width` columns (for `width` ≥ 1):
    /// one table cell.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        truncated(toWidth: width).padded(toWidth: width, alignment: alignment)
    }
}

extension Character {
    /// The number of terminal columns the character takes, as ``Swift/String/displayWidth`` counts it: a Thai
    /// consonant with its marks is 1.
    public var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + TerminalWidth.columns($1) }
    }
}
