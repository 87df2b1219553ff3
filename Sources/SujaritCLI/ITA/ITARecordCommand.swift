import Agency
import ArgumentParser
import Foundation
import ITA
import Sujarit

/// `sujarit ita record`: store a year's ITA result.
struct ITARecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a year's ITA result: IIT, the EIT's parts, OIT and per-question scores (บันทึกผล ITA).",
        discussion: """
            Give the figures of the NACC's report, from a file or with options. Scores take two decimals at \
            most, in Thai or Arabic digits. EIT questions take one score per EIT part (--question E6=88.41/100). \
            OIT items take a score or pass/fail and, optionally, the address given to ITAS; their codes are \
            checked against the year's OIT list for the agency's type (Registers/ita/oit-YYYY-TYPE.yaml). \
            A year's result is recorded once; correct it with --replace (the earlier one stays in the log). \
            Nothing is written when any figure is refused.

            Examples:
              sujarit ita record --file Registers/examples/takbai/ita-2566.yaml
              sujarit ita record --fy 2567 --iit 93.17 --eit 91.33 --eit 97.58 --oit 100 --question I25=87.54 --question E9=85.82/100
              sujarit ita record --fy 2569 --iit 92.10 --eit 90.5 --oit 95 --question I3=88 \\
                --item O21=100 --item O24=pass --item-url O21=https://www.takbai.go.th/ita/2569/o21
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(
        help: ArgumentHelp("A result file (YAML), as in Registers/examples/takbai/ita-2566.yaml.", valueName: "file"))
    var file: String?

    @OptionGroup var fiscalYear: FiscalYearOption<FiscalYearIfNeeded>
    @Option(help: ArgumentHelp("The IIT score.", valueName: "score")) var iit: String?
    @Option(help: ArgumentHelp("An EIT part's score; repeat for each part.", valueName: "score")) var eit: [String] = []
    @Option(help: ArgumentHelp("The OIT score.", valueName: "score")) var oit: String?
    @Option(help: ArgumentHelp("A question's score(s): I25=87.54 or E6=88.41/100; repeat.", valueName: "code=score"))
    var question: [String] = []
    @Option(
        help: ArgumentHelp(
            "An OIT item's result: O21=100, O21=pass or O21=fail (ผ่าน/ไม่ผ่าน); repeat.", valueName: "code=result"))
    var item: [String] = []
    @Option(
        name: .customLong("item-url"),
        help: ArgumentHelp("The address given to ITAS for an item: O21=https://…; repeat.", valueName: "code=url"))
    var itemURL: [String] = []
    @Option(help: ArgumentHelp("Where the figures come from (e.g. the ITAS report).", valueName: "text")) var source:
        String?
    @Flag(help: "Correct the year's recorded result.") var replace = false
    @OptionGroup var catalogueOptions: ITACatalogueOptions

    func run() async throws {
        try await RiskInput.run {
            let result = try file.map(ITAResultFile.load) ?? fromOptions()
            if file != nil,
                fiscalYear.given != nil || iit != nil || !eit.isEmpty || oit != nil || !question.isEmpty
                    || !item.isEmpty || !itemURL.isEmpty
            {
                throw ValidationError("Give either --file or the scores as options, not both.")
            }
            let frameworks = try ITAFramework.loadFolder(try catalogueOptions.folder())
            guard let framework = frameworks[result.fiscalYear] else {
                throw ITAError.noFramework(fiscalYear: result.fiscalYear.be, known: frameworks.keys.map(\.be).sorted())
            }
            let store = try storeOptions.open()
            let service = ITAService(store: store)
            // Item results name this year's items: checked against the year's list when there is one.
            let type = catalogueOptions.agencyType(profile: try await AgencyProfile.load(from: store))
            let catalogue =
                result.oitItems.isEmpty ? nil : try catalogueOptions.library().catalogue(result.fiscalYear, type: type)
            let recorded = try await service.record(
                result, framework: framework, catalogue: catalogue, replace: replace, context: storeOptions.context)
            let analysis = ITAAnalysis(try await service.requireResult(recorded.fiscalYear), top: 0)
            Console.out(
                """
                Recorded the ITA result of FY\(recorded.fiscalYear.be) (framework \
                \(framework.key)\(recorded.replaces.map { ", replacing version \($0)" } ?? "")): \
                \(recorded.questions.count) question scores, \(recorded.oitItems.count) OIT item results.
                """
            )
            Console.out(
                "Overall \(analysis.overall) — \(analysis.band.code) \(analysis.band.name.th) (\(analysis.working())).")
        }
    }

    private func fromOptions() throws -> ITAResultRecorded {
        guard let year = fiscalYear.year, let iit, let oit, !eit.isEmpty else {
            throw ValidationError("Give --file FILE, or --fy, --iit, --eit (once per part) and --oit.")
        }
        var questions: [ITAQuestionScore] = []
        for text in question {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let code = ITACode.normalize(parts[0], letters: ["I", "E"]) else {
                throw ValidationError("--question '\(text)': write CODE=SCORE, e.g. I25=87.54 or E6=88.41/100.")
            }
            questions.append(
                ITAQuestionScore(
                    code: code,
                    scores: try parts[1].split(separator: "/").map {
                        try ITAScore(parsing: String($0), field: "--question \(code)")
                    }))
        }
        var urls: [String: String] = [:]
        for text in itemURL {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let code = ITACode.normalize(parts[0], letters: ["O"]) else {
                throw ValidationError(
                    "--item-url '\(text)': write CODE=URL, e.g. O21=https://www.takbai.go.th/ita/o21.")
            }
            urls[code] = parts[1]
        }
        var items: [ITAItemScore] = []
        for text in item {
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let code = ITACode.normalize(parts[0], letters: ["O"]) else {
                throw ValidationError("--item '\(text)': write CODE=RESULT, e.g. O21=100 or O21=pass.")
            }
            items.append(
                try ITAItemScore.parse(
                    code: code, result: parts[1], url: urls.removeValue(forKey: code), field: "--item \(code)"))
        }
        if let code = urls.keys.sorted().first {
            throw ValidationError(
                "--item-url \(code): give the item's result too (--item \(code)=100 or \(code)=pass).")
        }
        return ITAResultRecorded(
            fiscalYear: year, framework: ITAFrameworkKey(fiscalYear: year, version: 0),
            iit: try ITAScore(parsing: iit, field: "--iit"),
            eit: try eit.enumerated().map {
                ITAPartScore(name: "ส่วนที่ \($0.offset + 1)", score: try ITAScore(parsing: $0.element, field: "--eit"))
            },
            oit: try ITAScore(parsing: oit, field: "--oit"), questions: questions, oitItems: items, source: source
        )
    }
}
