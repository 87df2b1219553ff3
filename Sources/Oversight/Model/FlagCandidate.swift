import Sujarit

/// A flag as a rule finds it, before it is recorded: the indicator, what it is about, and its evidence.
///
/// ``identity`` says which situation the flag is about (the indicator with the department, supplier, year
/// or project it concerns), so that running the rules again finds the same candidate and records nothing
/// new. ``evidenceKey`` names the records the evidence rests on: when the same situation later rests on
/// more records (a fourth split award), the flag is revised rather than raised twice.
public struct FlagCandidate: Sendable, Hashable {
    /// The indicator that raised it.
    public var indicator: Indicator
    /// The fiscal year the flag is about.
    public var fiscalYear: FiscalYear
    /// The buyer's e-GP department id.
    public var departmentID: String
    /// The agency department code the buyer resolved to, when it did.
    public var unit: String?
    /// The situation, e.g. `split-year|6960501|0963550000121|2568`.
    public var identity: String
    /// The evidence: records, figures, cut-off, people.
    public var evidence: FlagEvidence
    /// The ids of every record the evidence rests on, sorted and joined (projects beyond the evidence's
    /// listing limit included).
    public var evidenceKey: String

    /// Creates the value from its parts.
    public init(
        indicator: Indicator, fiscalYear: FiscalYear, departmentID: String, unit: String?, subject: [String],
        evidence: FlagEvidence, records: [String]
    ) {
        self.indicator = indicator
        self.fiscalYear = fiscalYear
        self.departmentID = departmentID
        self.unit = unit
        var identity = indicator.rawValue
        for part in subject {
            identity += "|"
            identity += part
        }
        self.identity = identity
        self.evidence = evidence
        if records.count == 1 {
            self.evidenceKey = records[0]
            return
        }
        var sorted = records.sorted()
        if sorted.count > 1 {
            var unique = 1
            for index in 1..<sorted.count where sorted[index] != sorted[unique - 1] {
                sorted[unique] = sorted[index]
                unique += 1
            }
            sorted.removeLast(sorted.count - unique)
        }
        self.evidenceKey = sorted.joined(separator: ",")
    }

    /// A short digest of ``evidenceKey`` (FNV-1a, 64 bits, hex): enough to notice that the records changed.
    public var evidenceDigest: String { Self.digest(evidenceKey) }

    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
