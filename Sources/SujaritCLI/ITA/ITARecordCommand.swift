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
            A year's result is recorded once; correct it with --replace (the earlier one stays in the log). \
            Nothing is written when any figure is refused.

            Examples:
              sujarit ita record --file Registers/examples/takbai/ita-2566.yaml
              sujarit ita record --fy 2567 --iit 93.17 --eit 91.33 --eit 97.58 --oit 100 --question I25=87.54 --question E9=85.82/100
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
    @Option(help: ArgumentHelp("Where the figures come from (e.g. the ITAS report).", valueName: "text")) var source:
        String?
    @Flag(help: "Correct the year's recorded result.") var replace = false
    @Option(
        help: ArgumentHelp(
            "The Registers folder with ita/fyYYYY.yaml (default: ./Registers or beside the build).", valueName: "path"))
    var registers: String?

    func run() async throws {
        try await RiskInput.run {
            let result = try file.map(ITAResultFile.load) ?? fromOptions()
            if file != nil, fiscalYear.given != nil || iit != nil || !eit.isEmpty || oit != nil || !question.isEmpty {
                throw ValidationError("Give either --file or the scores as options, not both.")
            }
            let frameworks = try ITAFramework.loadFolder(
                (try RiskInput.registers(registers) as NSString).appendingPathComponent("ita"))
            guard let framework = frameworks[result.fiscalYear] else {
                throw ITAError.noFramework(fiscalYear: result.fiscalYear.be, known: frameworks.keys.map(\.be).sorted())
            }
            let service = ITAService(store: try storeOptions.open())
            let recorded = try await service.record(
                result, framework: framework, replace: replace, context: storeOptions.context)
            let analysis = ITAAnalysis(try await service.requireResult(recorded.fiscalYear), top: 0)
            Console.out(
                """
                Recorded the ITA result of FY\(recorded.fiscalYear.be) (framework \
                \(framework.key)\(recorded.replaces.map { ", replacing version \($0)" } ?? "")): \
                \(recorded.questions.count) question scores.
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
        return ITAResultRecorded(
            fiscalYear: year, framework: ITAFrameworkKey(fiscalYear: year, version: 0),
            iit: try ITAScore(parsing: iit, field: "--iit"),
            eit: try eit.enumerated().map {
                ITAPartScore(name: "ส่วนที่ \($0.offset + 1)", score: try ITAScore(parsing: $0.element, field: "--eit"))
            },
            oit: try ITAScore(parsing: oit, field: "--oit"), questions: questions, source: source
        )
    }
}
