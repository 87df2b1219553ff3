import Agency
import Foundation
import Sujarit

/// An ITA result written as a file, as the NACC's report gives it:
///
/// ```yaml
/// fiscal_year: 2566
/// source: รายงานผลการประเมิน ITA จากระบบ ITAS
/// iit: 93.17
/// eit:
///   - { part: ส่วนที่ 1 (หน่วยงานจัดเก็บเอง), score: 91.33 }
///   - { part: ส่วนที่ 2 (สำนักงาน ป.ป.ช. จัดเก็บ), score: 97.58 }
/// oit: 100
/// questions:              # [code, score] for IIT, [code, part 1, part 2, …] for EIT
///   - [I25, 87.54]
///   - [E6, 88.41, 100]
/// oit_items:              # [code, score] or [code, pass|fail], or with the address given to ITAS:
///   - [O34, 100]
///   - { code: O21, result: pass, url: https://www.takbai.go.th/ita/2570/o21 }
/// ```
public enum ITAResultFile {
    /// Reads a result file; the framework key is filled in when the result is recorded.
    /// - throws: ``ConfigurationError`` naming the file, line and field.
    public static func load(_ path: String) throws -> ITAResultRecorded {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["fiscal_year", "source", "announced", "iit", "eit", "oit", "questions", "oit_items"])
        let yearNode = try root.required("fiscal_year")
        let year: FiscalYear
        do { year = try FiscalYear.parse(try yearNode.text()) } catch {
            throw yearNode.error(error.localizedDescription)
        }
        let eit = try root.required("eit").items().map { node in
            try node.allowOnly(["part", "score"])
            return ITAPartScore(name: try node.text("part"), score: try score(try node.required("score")))
        }
        guard !eit.isEmpty else { throw try root.required("eit").error("give at least one EIT part") }
        var questions: [ITAQuestionScore] = []
        for node in try root.optional("questions")?.items() ?? [] {
            let values = try node.texts()
            guard values.count >= 2, let code = ITACode.normalize(values[0], letters: ["I", "E"]) else {
                throw node.error(
                    "write a question as [code, score] or, for EIT, [code, part 1 score, part 2 score]; found \(values)"
                )
            }
            questions.append(ITAQuestionScore(code: code, scores: try values.dropFirst().map { try parse($0, node) }))
        }
        var items: [ITAItemScore] = []
        for node in try root.optional("oit_items")?.items() ?? [] {
            items.append(try item(node))
        }
        return ITAResultRecorded(
            fiscalYear: year, framework: ITAFrameworkKey(fiscalYear: year, version: 0),
            iit: try score(try root.required("iit")), eit: eit, oit: try score(try root.required("oit")),
            questions: questions, oitItems: items, announcedOn: try root.optional("announced")?.date(),
            source: try root.optionalText("source")
        )
    }

    private static func score(_ node: ConfigNode) throws -> ITAScore { try parse(try node.text(), node) }

    private static func item(_ node: ConfigNode) throws -> ITAItemScore {
        let code: String?, result: String, url: String?
        // A mapping names its fields; anything else is read as the short list form.
        if (try? node.optional("code")) != nil {
            try node.allowOnly(["code", "result", "url"])
            code = ITACode.normalize(try node.text("code"), letters: ["O"])
            result = try node.text("result")
            url = try node.optionalText("url")
        } else {
            let values = try node.texts()
            guard values.count == 2 else {
                throw node.error("write an OIT item as [code, score or pass/fail], e.g. [O34, 100]; found \(values)")
            }
            code = ITACode.normalize(values[0], letters: ["O"])
            result = values[1]
            url = nil
        }
        guard let code else { throw node.error("the item's code is not an OIT code such as O21") }
        do { return try ITAItemScore.parse(code: code, result: result, url: url, field: node.path) } catch {
            throw node.error(error.localizedDescription)
        }
    }

    private static func parse(_ text: String, _ node: ConfigNode) throws -> ITAScore {
        do { return try ITAScore(parsing: text, field: node.path) } catch {
            throw node.error(error.localizedDescription)
        }
    }
}
