import Agency
import ArgumentParser
import EventStore
import Foundation
import ITA
import Reporting
import Sujarit

/// What `ita checklist`, `ita pack` and the demo share: the year's catalogue for the agency's type, and every
/// item built against the log as it stood at the end of the as-of day.
enum ITAEvidenceRun {
    /// The evidence of `year` as of `asOf` (today when nil), with the sources it was built from.
    static func build(
        store storeOptions: StoreOptions, year: FiscalYear, asOf: CalendarDate?, catalogueOptions: ITACatalogueOptions
    ) async throws -> (evidence: ITAEvidence, sources: ReportSources, profile: AgencyProfile?) {
        let store = try storeOptions.open()
        let profile = try await AgencyProfile.load(from: store)
        let (evidence, sources) = try await build(
            store, year: year, type: catalogueOptions.agencyType(profile: profile),
            library: try catalogueOptions.library(), asOf: asOf ?? storeOptions.context.today)
        return (evidence, sources, profile)
    }

    /// The evidence of `year` for `type` in `store`, as of the end of `asOf`.
    static func build(
        _ store: any EventStore, year: FiscalYear, type: AgencyKind, library: ITACatalogueLibrary, asOf: CalendarDate
    ) async throws -> (ITAEvidence, ReportSources) {
        let catalogue = try library.usable(year, type: type)
        // Always as of a day (today by default), so the output is a function of the log and the day alone.
        let sources = try await ReportSources.open(
            store, fiscalYear: year, round: nil, asOf: asOf, projections: ModuleCatalog.projections)
        let service = ITAService(store: sources.store)
        var resultURLs: [String: String] = [:]
        for item in try await service.result(year)?.recorded.oitItems ?? [] {
            if let url = item.url { resultURLs[item.code] = url }
        }
        let evidence = try await ITAEvidence.build(
            sources, catalogue: catalogue, library: library,
            publications: try await service.publications(year).mapValues(\.url), resultURLs: resultURLs)
        return (evidence, sources)
    }
}
