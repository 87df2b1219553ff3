import Sujarit

extension RiskLedger {
    /// The register the committee is working on: the year of the only open scoring round; with none (or
    /// several) open, the latest year that has risks; with no risk at all, `fallback`. A risk entered from
    /// elsewhere (an escalated red flag) goes there unless the user names a year, since a flag raised on
    /// last year's procurement is a risk for the register being prepared now.
    public func workingYear(default fallback: FiscalYear) -> FiscalYear {
        if let round = soleOpenRound { return round.id.fiscalYear }
        return risks.keys.map(\.fiscalYear).max() ?? fallback
    }
}
