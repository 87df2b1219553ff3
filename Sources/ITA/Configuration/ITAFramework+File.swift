import Agency
import Foundation
import Sujarit

extension ITAFramework {
    /// Reads and validates one year's framework file (`Registers/ita/fy2567.yaml`):
    ///
    /// ```yaml
    /// fiscal_year: 2567
    /// version: 1
    /// name: ITA 2567
    /// weights: { iit: 0.30, eit: 0.30, oit: 0.40 }
    /// eit_parts: mean            # the EIT's score is the mean of its parts
    /// pass_mark: 85
    /// bands:
    ///   - { code: AA, from: 95, th: ผ่านดีเยี่ยม, en: Excellent, pass: true }
    /// catalogue: catalogue-2566-2567.yaml   # optional: questions, OIT items, indicators, links
    /// ```
    /// - throws: ``ConfigurationError`` naming the file, line and field.
    public static func load(_ path: String) throws -> ITAFramework {
        let root = try ConfigNode.load(path)
        try root.allowOnly([
            "fiscal_year", "version", "name", "weights", "eit_parts", "pass_mark", "bands", "catalogue", "source",
        ])
        let yearNode = try root.required("fiscal_year")
        let year: FiscalYear
        do { year = try FiscalYear.parse(try yearNode.text()) } catch {
            throw yearNode.error(error.localizedDescription)
        }
        let versionNode = try root.required("version")
        let version = try versionNode.integer()
        let weightsNode = try root.required("weights")
        try weightsNode.allowOnly(["iit", "eit", "oit"])
        func weight(_ key: String) throws -> ITAWeight {
            let node = try weightsNode.required(key)
            guard let value = ITAWeight(text: try node.text()) else {
                throw node.error(
                    "'\(try node.text())' is not a weight; write a decimal from 0 to 1 such as 0.30 (or 30%)")
            }
            return value
        }
        let weights = Weights(iit: try weight("iit"), eit: try weight("eit"), oit: try weight("oit"))
        if let parts = try root.optional("eit_parts"), try parts.text() != "mean" {
            throw parts.error(
                "'\(try parts.text())' is not supported; the EIT's parts are combined by their mean: write 'mean'")
        }
        let passNode = try root.required("pass_mark")
        let passMark = try score(passNode)
        var bands: [ITABand] = []
        for node in try root.required("bands").items() {
            try node.allowOnly(["code", "from", "th", "en", "pass"])
            let passNode = try node.required("pass")
            let passes: Bool
            switch try passNode.text().lowercased() {
            case "true", "yes", "ผ่าน": passes = true
            case "false", "no", "ไม่ผ่าน": passes = false
            default: throw passNode.error("write true or false")
            }
            bands.append(
                ITABand(
                    code: try node.text("code"), minimum: try score(try node.required("from")),
                    name: LocalizedLabel(th: try node.text("th"), en: try node.text("en")), passes: passes
                ))
        }
        var framework = ITAFramework(
            fiscalYear: year, version: version, name: try root.optionalText("name") ?? "ITA \(year.be)",
            weights: weights,
            passMark: passMark, bands: bands, source: try root.optionalText("source")
        )
        if let catalogueNode = try root.optional("catalogue") {
            let relative = try catalogueNode.text()
            let catalogue = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: catalogue) else {
                throw catalogueNode.error("the catalogue file '\(relative)' is not beside this file (\(catalogue))")
            }
            try framework.readCatalogue(catalogue)
        }
        let problems = framework.problems()
        guard problems.isEmpty else {
            throw root.error("the framework is not usable: " + problems.joined(separator: "; "))
        }
        return framework
    }

    /// Reads every `fy*.yaml` of a folder (`Registers/ita`), by fiscal year; two files for one year are an error.
    public static func loadFolder(_ folder: String) throws -> [FiscalYear: ITAFramework] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var frameworks: [FiscalYear: ITAFramework] = [:]
        for name in names.sorted() where name.hasPrefix("fy") && name.hasSuffix(".yaml") {
            let path = (folder as NSString).appendingPathComponent(name)
            let framework = try load(path)
            if frameworks[framework.fiscalYear] != nil {
                throw ConfigurationError(
                    file: path, line: nil, field: "fiscal_year",
                    message: "another file in \(folder) is also for FY\(framework.fiscalYear.be)")
            }
            frameworks[framework.fiscalYear] = framework
        }
        return frameworks
    }

    /// Reads a catalogue file: indicators, questions, OIT items and links.
    ///
    /// ```yaml
    /// indicators:
    ///   - { number: 4, th: การใช้ทรัพย์สินของราชการ, en: Use of state property, codes: I19-I24 }
    /// questions:
    ///   - { code: I20, th: การขออนุญาตยืมทรัพย์สินของราชการมีความสะดวก }
    /// oit_items:
    ///   - { code: O14, th: คู่มือหรือมาตรฐานการปฏิบัติงาน }
    /// links:
    ///   - issue_area: กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ
    ///     questions: [I19, I20, I21, I22]
    ///     oit: [O14, O39]
    ///     advice: ระบุแนวทางการใช้ทรัพย์สินของราชการไว้ในคู่มือ
    /// ```
    mutating func readCatalogue(_ path: String) throws {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["indicators", "questions", "oit_items", "links"])
        func code(_ node: ConfigNode, letters: Set<Character>) throws -> String {
            let text = try node.text()
            guard let code = ITACode.normalize(text, letters: letters) else {
                throw node.error(
                    """
                    '\(text)' is not a code; write \(letters.sorted().map { "\($0)1" }.joined(separator: " or ")) \
                    … (a letter and a number up to 99)
                    """
                )
            }
            return code
        }
        func codes(_ node: ConfigNode, letters: Set<Character>) throws -> [String] {
            var all: [String] = []
            for text in try node.texts() {
                guard let expanded = ITACode.expand(text), expanded.allSatisfy({ letters.contains($0.first!) }) else {
                    throw node.error("'\(text)' is not a code or a range such as I1-I6")
                }
                all += expanded
            }
            return all
        }
        if let list = try root.optional("questions") {
            questions = try list.items().map { node in
                try node.allowOnly(["code", "th"])
                return ITAQuestion(
                    code: try code(try node.required("code"), letters: ["I", "E"]), text: try node.optionalText("th"))
            }
        }
        if let list = try root.optional("oit_items") {
            oitItems = try list.items().map { node in
                try node.allowOnly(["code", "th"])
                return ITAQuestion(
                    code: try code(try node.required("code"), letters: ["O"]), text: try node.optionalText("th"))
            }
        }
        if let list = try root.optional("indicators") {
            indicators = try list.items().map { node in
                try node.allowOnly(["number", "th", "en", "codes"])
                return ITAIndicator(
                    number: try node.required("number").integer(),
                    name: LocalizedLabel(th: try node.text("th"), en: try node.text("en")),
                    codes: try codes(try node.required("codes"), letters: ["I", "E", "O"])
                )
            }
        }
        if let list = try root.optional("links") {
            links = try list.items().map { node in
                try node.allowOnly(["issue_area", "questions", "oit", "advice"])
                return ITALink(
                    issueArea: try node.text("issue_area"),
                    questions: try codes(try node.required("questions"), letters: ["I", "E"]),
                    oitItems: try node.optional("oit").map { try codes($0, letters: ["O"]) } ?? [],
                    advice: try node.optionalText("advice")
                )
            }
        }
    }

    private static func score(_ node: ConfigNode) throws -> ITAScore {
        do { return try ITAScore(parsing: try node.text(), field: node.path) } catch {
            throw node.error(error.localizedDescription)
        }
    }
}
