import Sujarit

/// A year's OIT item results beside the previous year's, matched by duty (purpose key) rather than by number:
/// 2568's O23 and 2569's O21 are both the risk assessment, and a number reused for another duty is not
/// compared with itself.
public struct ITAItemComparison: Sendable, Hashable, Codable {
    /// One duty with its result in each year.
    public struct Row: Sendable, Hashable, Codable {
        /// The purpose key, or the code when the year's catalogue does not know the item.
        public var purpose: String
        public var previousCode: String?
        public var previousResult: String?
        public var currentCode: String?
        public var currentResult: String?

        public init(
            purpose: String, previousCode: String? = nil, previousResult: String? = nil, currentCode: String? = nil,
            currentResult: String? = nil
        ) {
            self.purpose = purpose
            self.previousCode = previousCode
            self.previousResult = previousResult
            self.currentCode = currentCode
            self.currentResult = currentResult
        }
    }

    public var rows: [Row]

    /// Matches `current`'s and `previous`'s item results through each year's catalogue (nil: items are kept
    /// by code, unmatched).
    public static func compare(
        current: ITAResultRecorded, currentCatalogue: ITACatalogue?, previous: ITAResultRecorded?,
        previousCatalogue: ITACatalogue?
    ) -> ITAItemComparison {
        func key(_ code: String, _ catalogue: ITACatalogue?) -> String {
            guard let item = catalogue?.item(code: code), item.purpose != ITAPurpose.unmapped else { return code }
            return item.purpose
        }
        var rows: [Row] = []
        func row(_ purpose: String) -> Int {
            if let index = rows.firstIndex(where: { $0.purpose == purpose }) { return index }
            rows.append(Row(purpose: purpose))
            return rows.count - 1
        }
        for item in current.oitItems {
            let index = row(key(item.code, currentCatalogue))
            rows[index].currentCode = item.code
            rows[index].currentResult = item.resultText
        }
        for item in previous?.oitItems ?? [] {
            let index = row(key(item.code, previousCatalogue))
            rows[index].previousCode = item.code
            rows[index].previousResult = item.resultText
        }
        return ITAItemComparison(
            rows: rows.sorted {
                ITACode.precedes($0.currentCode ?? $0.previousCode ?? "O99", $1.currentCode ?? $1.previousCode ?? "O99")
            })
    }
}
