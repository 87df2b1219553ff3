import Foundation
import Presentation
import Sujarit

/// What every report says about itself: what it is, for whom, which period, and what it was built from.
public struct ReportHeader: Sendable, Hashable, Codable {
    public var kind: ReportKind
    public var title: LocalizedLabel
    /// A line under the title, e.g. the round's wording.
    public var subtitle: String
    /// The ITA items it answers, e.g. `O35`.
    public var itaItems: [String]
    public var agency: String
    public var period: ReportPeriod
    /// The department it is limited to (its code), if any.
    @JSONNull public var department: String? = nil
    @JSONNull public var departmentName: String? = nil
    /// When it was made; nil for a report as of a given day (so re-issuing it gives the same bytes).
    @JSONNull public var generatedAt: Date? = nil
    /// The last event of the log the report reflects.
    public var lastSequence: Int64
    /// That event's anchor in the hash chain (`sequence:hash-prefix`), for `sujarit verify --anchor`.
    @JSONNull public var anchor: String? = nil
    /// The sequence at which the read models the report reads were found to match the log; nil when not checked.
    @JSONNull public var readModelsVerifiedAt: Int64? = nil
    /// What the report is built from, in Thai, one sentence each.
    public var basis: [String]
    /// What it leaves out and why (modules not present, data not recorded), in Thai.
    public var omitted: [String]
    /// Who may read its file: shared, or owner-only for a report of personal data or a confidential one.
    public var privacy: ReportPrivacy

    /// The header of a `kind` report on `sources`, built from `basis`, leaving out `omitted`, readable as
    /// `privacy` says.
    public init(
        kind: ReportKind, sources: ReportSources, subtitle: String? = nil, department: String? = nil,
        basis: [String], omitted: [String] = [], privacy: ReportPrivacy = .shared
    ) {
        self.kind = kind
        title = kind.title(round: sources.period.round)
        let ita = kind.itaItems(
            round: sources.period.round, fiscalYear: sources.period.fiscalYear, type: sources.agencyType,
            library: sources.itaCatalogues)
        itaItems = ita.codes
        agency = sources.agency
        period = sources.period
        self.subtitle = subtitle ?? sources.period.thaiLabel
        self.department = department
        departmentName = department.map(sources.departmentName)
        generatedAt = sources.generatedAt
        lastSequence = sources.lastSequence
        anchor = sources.anchor?.description
        readModelsVerifiedAt = sources.readModelsVerifiedAt
        self.basis = basis
        self.omitted = omitted + ita.lacking
        self.privacy = privacy
    }
}
