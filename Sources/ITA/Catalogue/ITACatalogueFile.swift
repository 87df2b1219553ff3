import Agency
import Foundation
import Sujarit

/// Reads the catalogue files of `Registers/ita`:
///
/// ```yaml
/// fiscal_year: 2570
/// agency_type: local                # local | state
/// framework: fy2570.yaml            # weights and bands of the year
/// source: คู่มือการประเมิน ITA 2570 (สำนักงาน ป.ป.ช.)
/// known_gaps: [O1-O19]              # optional: numbers knowingly not entered
/// windows:                          # optional: the year's calendar
///   - { key: oit-publish, th: เก็บข้อมูล OIT, en: OIT publication, from: 1 มี.ค. 2570, to: 30 เม.ย. 2570, confirmed: false }
/// items:
///   - { code: O21, purpose: risk-assessment, th: การประเมินความเสี่ยงการทุจริต, evidence: …, confirmed: true }
///   - { code: O24, purpose: [plan-6-month-report, plan-report], th: …, confirmed: false }
/// ```
enum ITACatalogueFile {
    static func load(_ path: String) throws -> ITACatalogue {
        let root = try ConfigNode.load(path)
        try root.allowOnly([
            "fiscal_year", "agency_type", "framework", "source", "known_gaps", "windows", "windows_source", "items",
        ])
        let yearNode = try root.required("fiscal_year")
        let year: FiscalYear
        do { year = try FiscalYear.parse(try yearNode.text()) } catch {
            throw yearNode.error(error.localizedDescription)
        }
        let typeNode = try root.required("agency_type")
        guard let type = AgencyKind(text: try typeNode.text()) else {
            throw typeNode.error("'\(try typeNode.text())' is not an agency type; write local or state")
        }
        var gaps: [String] = []
        for text in try root.optional("known_gaps")?.texts() ?? [] {
            guard let codes = ITACode.expand(text), codes.allSatisfy({ $0.first == "O" }) else {
                throw try root.required("known_gaps").error("'\(text)' is not an OIT code or a range such as O1-O19")
            }
            gaps += codes
        }
        let windows = try (root.optional("windows")?.items() ?? []).map(window)
        let items = try root.required("items").items().map(item)
        return ITACatalogue(
            fiscalYear: year, agencyType: type, source: try root.text("source"),
            frameworkFile: try root.optionalText("framework"), knownGaps: gaps, windows: windows,
            windowsSource: try root.optionalText("windows_source"), items: items, path: path)
    }

    static func purposes(_ path: String) throws -> [ITAPurpose] {
        let root = try ConfigNode.load(path)
        try root.allowOnly(["purposes"])
        var seen = Set<String>()
        return try root.required("purposes").items().map { node in
            try node.allowOnly(["key", "th", "en"])
            let key = try node.text("key")
            guard seen.insert(key).inserted else { throw node.error("the purpose key '\(key)' is listed twice") }
            return ITAPurpose(key: key, name: LocalizedLabel(th: try node.text("th"), en: try node.text("en")))
        }
    }

    private static func window(_ node: ConfigNode) throws -> ITAWindow {
        try node.allowOnly(["key", "th", "en", "from", "to", "confirmed"])
        let from = try node.required("from").date(), to = try node.required("to").date()
        guard from <= to else { throw try node.required("to").error("the window ends before it starts") }
        return ITAWindow(
            key: try node.text("key"), name: LocalizedLabel(th: try node.text("th"), en: try node.text("en")),
            from: from, to: to, confirmed: try flag(try node.required("confirmed")))
    }

    private static func item(_ node: ConfigNode) throws -> ITAOITItem {
        try node.allowOnly(["code", "purpose", "th", "evidence", "confirmed"])
        let codeNode = try node.required("code")
        guard let code = ITACode.normalize(try codeNode.text(), letters: ["O"]) else {
            throw codeNode.error("'\(try codeNode.text())' is not an OIT code; write O1 … O99")
        }
        let purposes = try node.required("purpose").texts()
        guard !purposes.isEmpty else { throw try node.required("purpose").error("give at least one purpose key") }
        return ITAOITItem(
            code: code, purposes: purposes, title: try node.optionalText("th"),
            evidence: try node.optionalText("evidence"), confirmed: try flag(try node.required("confirmed")))
    }

    private static func flag(_ node: ConfigNode) throws -> Bool {
        switch try node.text().lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default: throw node.error("write true or false")
        }
    }
}
