import Sujarit

/// How one year's register differs from the year before: risks carried over (and what changed in them),
/// risks new this year, and last year's risks not carried over.
public struct RegisterDiff: Sendable, Hashable {
    /// A carried-over risk and the fields that changed.
    public struct Change: Sendable, Hashable {
        public var from: RiskID
        public var to: RiskID
        /// Field names and their old → new values (empty when nothing changed).
        public var fields: [Field]
    }

    /// One changed field.
    public struct Field: Sendable, Hashable {
        public var name: String
        /// The value before, nil where there was none (no owner, not scored).
        public var old: String?
        /// The value after, nil where there is none.
        public var new: String?
    }

    public var carried: [Change]
    public var added: [RiskID]
    public var dropped: [RiskID]
}

extension RiskLedger {
    /// Compares the register of `to` with that of `from`, pairing risks by their copy-forward link.
    public func diff(from: FiscalYear, to: FiscalYear) -> RegisterDiff {
        let old = Dictionary(uniqueKeysWithValues: risks(in: from).map { ($0.id, $0) })
        var carried: [RegisterDiff.Change] = []
        var added: [RiskID] = []
        for risk in risks(in: to) {
            guard let source = risk.identified.copiedFrom.flatMap({ old[$0] }) else { added.append(risk.id); continue }
            carried.append(RegisterDiff.Change(from: source.id, to: risk.id, fields: Self.changes(source, risk)))
        }
        let kept = Set(carried.map(\.from))
        return RegisterDiff(carried: carried, added: added, dropped: old.keys.filter { !kept.contains($0) }.sorted())
    }

    static func changes(_ a: Risk, _ b: Risk) -> [RegisterDiff.Field] {
        let x = a.identified, y = b.identified
        var fields: [RegisterDiff.Field] = []
        func compare(_ name: String, _ old: String?, _ new: String?) {
            if old != new { fields.append(RegisterDiff.Field(name: name, old: old, new: new)) }
        }
        compare("department", x.department, y.department)
        compare("process", x.process, y.process)
        compare("category", x.category, y.category)
        compare("event", x.event, y.event)
        compare("causes", x.causes.joined(separator: "; "), y.causes.joined(separator: "; "))
        compare("factor", x.factor.rawValue, y.factor.rawValue)
        compare(
            "controls", x.controls.map { "\($0.text) (\($0.adequacy.thai))" }.joined(separator: "; "),
            y.controls.map { "\($0.text) (\($0.adequacy.thai))" }.joined(separator: "; "))
        compare("owner", x.owner, y.owner)
        for kind in ScoreKind.allCases {
            compare("\(kind.rawValue) score", a.scores[kind]?.summary, b.scores[kind]?.summary)
        }
        return fields
    }
}
