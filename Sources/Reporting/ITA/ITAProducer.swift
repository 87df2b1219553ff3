import Sujarit

/// What Sujarit makes for an OIT duty: which report, of which round, from which register.
///
/// This is about Sujarit's own reports, not the NACC's numbering: the duty is named by its purpose key and
/// the year's item number comes from the catalogue, so nothing here changes when the OIT is renumbered.
public struct ITAProducer: Sendable, Hashable, Codable {
    /// The purpose key it serves.
    public var purpose: String
    public var kind: ReportKind
    /// The round the report is made for; nil for the plan itself and the annual assessment.
    public var round: ReportingRound?
    /// The register it is built from, in Thai.
    public var register: String

    public init(purpose: String, kind: ReportKind, round: ReportingRound?, register: String) {
        self.purpose = purpose
        self.kind = kind
        self.round = round
        self.register = register
    }

    /// The command that makes the same report on its own, e.g. `sujarit report plan --fy 2570 --round 6m`.
    public func command(_ year: FiscalYear) -> String {
        "sujarit report \(kind.rawValue) --fy \(year.be)" + (round.map { " --round \($0.rawValue)" } ?? "")
    }

    /// The producer of `purpose`, nil when Sujarit makes nothing for it (the agency publishes it itself).
    /// `latestRound` is the round the measures' progress is reported on (the last one ended by the as-of day).
    public static func producer(for purpose: String, latestRound: ReportingRound) -> ITAProducer? {
        switch purpose {
        case "risk-assessment":
            ITAProducer(purpose: purpose, kind: .o34, round: nil, register: "ทะเบียนความเสี่ยงการทุจริต")
        case "risk-measures-report":
            ITAProducer(purpose: purpose, kind: .o35, round: latestRound, register: "ทะเบียนความเสี่ยงการทุจริต")
        case "gift-report":
            ITAProducer(purpose: purpose, kind: .o33, round: nil, register: "ทะเบียนการรับของขวัญ")
        case "anti-corruption-plan":
            ITAProducer(purpose: purpose, kind: .plan, round: nil, register: "แผนปฏิบัติการป้องกันการทุจริต")
        case "plan-6-month-report":
            ITAProducer(purpose: purpose, kind: .plan, round: .sixMonths, register: "แผนปฏิบัติการป้องกันการทุจริต")
        case "plan-report":
            ITAProducer(purpose: purpose, kind: .plan, round: .annual, register: "แผนปฏิบัติการป้องกันการทุจริต")
        case "integrity-measures":
            ITAProducer(purpose: purpose, kind: .measures, round: nil, register: "มาตรการส่งเสริมคุณธรรม")
        case "integrity-measures-actions":
            ITAProducer(purpose: purpose, kind: .measures, round: latestRound, register: "มาตรการส่งเสริมคุณธรรม")
        default: nil
        }
    }
}
