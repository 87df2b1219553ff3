import Agency
import Foundation
import ITA
import Sujarit

/// Every OIT item of a year with what Sujarit makes for it and whether that is ready (`sujarit ita checklist`):
/// the officer's list of what to publish, where it stands, when it is due and where it was published.
public struct ITAChecklist: Sendable, Hashable, Codable {
    /// Where an item stands.
    public enum State: String, Sendable, Hashable, Codable {
        /// Sujarit makes its document and the data behind it is complete.
        case ready
        /// Sujarit makes its document, but something is missing (said in ``Line/missing``).
        case incomplete
        /// Sujarit makes nothing for it: the agency publishes it itself.
        case notSujarits = "not-sujarits"

        /// The Thai word the checklist prints.
        public var thai: String {
            switch self {
            case .ready: "พร้อม"
            case .incomplete: "ยังไม่ครบ"
            case .notSujarits: "ไม่ใช่ข้อที่ Sujarit จัดทำ"
            }
        }
    }

    /// One OIT item.
    public struct Line: Sendable, Hashable, Codable {
        public var code: String
        public var title: String?
        /// Whether the item is confirmed against the year's manual.
        public var confirmed: Bool
        public var purposes: [String]
        /// The purposes' Thai names.
        public var purposeNames: [String]
        /// What Sujarit makes for it, in Thai (`รายงาน o34 จากทะเบียนความเสี่ยงการทุจริต`); empty when nothing.
        public var produces: [String]
        /// The commands that make the same documents one by one.
        public var commands: [String]
        public var state: State
        /// What is missing, one Thai sentence each; empty when ready or not Sujarit's.
        public var missing: [String]
        /// The last day of the year's OIT window, when the catalogue gives it.
        public var due: CalendarDate?
        /// Whether that day is confirmed by the NACC's calendar of the year.
        public var dueConfirmed: Bool
        /// The address recorded for it (`ita publish`, else the result's item), nil when none.
        public var url: String?
        /// The pack's document files for it, without extension (`O21`, `O24-plan-report`).
        public var files: [String]
    }

    public var fiscalYear: FiscalYear
    /// `local` or `state`.
    public var agencyType: String
    /// The catalogue's source, printed under the list.
    public var source: String
    /// The day the log is read to.
    public var asOf: CalendarDate
    /// The log's anchor (`sequence:hash`), for `sujarit verify --anchor`; `null` in JSON when the log has none
    /// (`Docs/schemas/ita-checklist.schema.json`).
    @JSONNull public var anchor: String?
    public var lines: [Line]

    /// How many items are in `state`.
    public func count(_ state: State) -> Int { lines.filter { $0.state == state }.count }
}

/// A document the pack writes for an item.
public struct ITAEvidenceDocument: Sendable {
    /// The file name without extension: the item's code, with the purpose when the item has several documents.
    public var stem: String
    public var code: String
    public var document: ReportDocument
}

/// The checklist with the documents of its items, built once for the checklist and the pack.
public struct ITAEvidence: Sendable {
    public var checklist: ITAChecklist
    /// The documents whose data is complete, in the checklist's order.
    public var documents: [ITAEvidenceDocument]

    /// Builds every item of `catalogue` against `sources` (the year's sources, as of a day).
    ///
    /// - parameters:
    ///   - publications: The latest address recorded for each item (`ITAService.publications`).
    ///   - resultURLs: Addresses given with the year's recorded result, by code, used when none was published.
    public static func build(
        _ sources: ReportSources, catalogue: ITACatalogue, library: ITACatalogueLibrary,
        publications: [String: String], resultURLs: [String: String] = [:]
    ) async throws -> ITAEvidence {
        let year = catalogue.fiscalYear
        let asOf = sources.period.asOf
        let latestRound: ReportingRound = asOf >= year.end ? .annual : .sixMonths
        let window = catalogue.window("oit-publish")
        var lines: [ITAChecklist.Line] = []
        var documents: [ITAEvidenceDocument] = []
        for item in catalogue.items {
            let producers = item.purposes.compactMap { ITAProducer.producer(for: $0, latestRound: latestRound) }
            var missing: [String] = [], files: [String] = []
            for producer in producers {
                let period = ReportPeriod(
                    fiscalYear: year, round: producer.round, asOf: asOf, replayed: sources.period.replayed)
                let document = try await ReportBuilder.build(producer.kind, sources.with(period: period))
                let gaps = Self.gaps(document, period: period)
                if gaps.isEmpty {
                    let stem = producers.count > 1 ? "\(item.code)-\(producer.purpose)" : item.code
                    files.append(stem)
                    documents.append(ITAEvidenceDocument(stem: stem, code: item.code, document: document))
                } else {
                    missing += gaps
                }
            }
            lines.append(
                ITAChecklist.Line(
                    code: item.code, title: item.title, confirmed: item.confirmed, purposes: item.purposes,
                    purposeNames: item.purposes.map(library.purposeName),
                    produces: producers.map { producer in
                        "รายงาน \(producer.kind.rawValue)\(producer.round.map { " " + $0.thaiLabel } ?? "") "
                            + "จาก\(producer.register)"
                    },
                    commands: producers.map { $0.command(year) },
                    state: producers.isEmpty ? .notSujarits : missing.isEmpty ? .ready : .incomplete,
                    missing: missing, due: window?.to, dueConfirmed: window?.confirmed ?? false,
                    url: publications[item.code] ?? resultURLs[item.code], files: files))
        }
        let checklist = ITAChecklist(
            fiscalYear: year, agencyType: catalogue.agencyType.catalogueKey, source: catalogue.source, asOf: asOf,
            anchor: sources.anchor?.description, lines: lines)
        return ITAEvidence(checklist: checklist, documents: documents)
    }

    /// What keeps `document` from being published, in Thai; empty when its data is complete.
    static func gaps(_ document: ReportDocument, period: ReportPeriod) -> [String] {
        let year = period.fiscalYear.be
        if let round = period.round, period.asOf < period.end {
            return ["รอบ\(round == .annual ? "ปี" : " 6 เดือน") ยังไม่สิ้นสุด (สิ้นสุด \(period.end.formatted(.thaiMedium)))"]
        }
        switch document {
        case .o34(let report):
            return report.risks.isEmpty ? ["ยังไม่มีความเสี่ยงของปี \(year) ในทะเบียนความเสี่ยง (sujarit risk import)"] : []
        case .o35(let report):
            return report.treatments.isEmpty ? ["ยังไม่มีมาตรการจัดการความเสี่ยงของปี \(year)"] : []
        case .plan(let report):
            let measures = report.groups.flatMap(\.measures)
            guard !measures.isEmpty else { return ["ยังไม่มีมาตรการในแผนของปี \(year)"] }
            let unreported = measures.filter { $0.progress != nil && $0.progress?.reportedOn == nil }.map(\.id)
            guard let round = period.round, !unreported.isEmpty else { return [] }
            return [
                "ยังไม่ได้บันทึกความก้าวหน้า\(round.thaiLabel) ของ \(unreported.joined(separator: ", ")) "
                    + "(sujarit risk measure progress)"
            ]
        default:
            return []
        }
    }
}

extension ITAChecklist.Line {
    /// Every key, a missing title, day or address as `null` rather than left out, and the state's Thai word
    /// beside its code (`Docs/schemas/ita-checklist.schema.json`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: OutputKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(title, forKey: .title)
        try container.encode(confirmed, forKey: .confirmed)
        try container.encode(purposes, forKey: .purposes)
        try container.encode(purposeNames, forKey: .purposeNames)
        try container.encode(produces, forKey: .produces)
        try container.encode(commands, forKey: .commands)
        try container.encode(state, forKey: .state)
        try container.encode(state.thai, forKey: .stateTh)
        try container.encode(missing, forKey: .missing)
        try container.encode(due, forKey: .due)
        try container.encode(dueConfirmed, forKey: .dueConfirmed)
        try container.encode(url, forKey: .url)
        try container.encode(files, forKey: .files)
    }

    private enum OutputKeys: String, CodingKey {
        case code, title, confirmed, purposes, purposeNames, produces, commands, state, stateTh, missing, due
        case dueConfirmed, url, files
    }
}
