import Foundation
import Testing

/// ITA results and reports through the real `sujarit` binary: record and analyse the seed's result, every
/// report in its formats and default file, `--as-of`, refusals that leave the store as it was, and the
/// executive summary printed to PDF and PNG and checked as a person would look at it.
@Suite("Reports and ITA end to end")
struct ReportEndToEndTests {
    static let root = SujaritProcess.packageRoot.path
    static let examples = root + "/Registers/examples/takbai"

    /// A store with the example agency's FY2568 year: register with inherent levels and six-month progress,
    /// gifts, declarations, and the seed's ITA result.
    func prepared() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        try sujarit.succeed(["agency", "profile", "set", "--district", "ตากใบ", "--province", "นราธิวาส"])
        try sujarit.succeed(["agency", "load", Self.examples + "/agency.yaml"])
        try sujarit.succeed(["risk", "configure", "--registers", Self.root + "/Registers"])
        try sujarit.succeed(["risk", "import", Self.examples + "/risks-2568.yaml"])
        for (id, l, i) in [("R-2568-001", 4, 4), ("R-2568-002", 3, 4), ("R-2568-003", 3, 3), ("R-2568-004", 3, 4)] {
            try sujarit.succeed(["risk", "assess", id, "--kind", "inherent", "-l", String(l), "-i", String(i)])
        }
        try sujarit.succeed([
            "risk", "measure", "progress", "M-2568-001", "--round", "6m", "--status", "done", "--as-of", "2025-03-31",
            "--result", "เผยแพร่ครบ ๖ เดือน",
        ])
        try sujarit.succeed([
            "risk", "measure", "progress", "M-2568-005", "--round", "6m", "--status", "ยังไม่ได้ดำเนินการ", "--as-of",
            "2025-03-31", "--problems", "รอความเห็นนิติกร",
        ])
        try sujarit.succeed(["gift", "import", Self.examples + "/gifts-2568.yaml"])
        try sujarit.succeed(["coi", "import", Self.examples + "/declarations-2568.yaml"])
        try sujarit.succeed(["ita", "record", "--file", Self.examples + "/ita-2566.yaml"])
        return sujarit
    }

    @Test("ita record and analyze: the seed's figures give 96.29, band AA, E9 weakest, tied to O8/O9")
    func itaAnalyze() throws {
        let sujarit = try prepared()
        let analyzed = try sujarit.succeed(["ita", "analyze", "--fy", "2566", "--top", "3"])
        #expect(analyzed.stdout.contains("96.29 — AA ผ่านดีเยี่ยม"))
        #expect(analyzed.stdout.contains("= 96.2875 ≈ 96.29"))
        #expect(analyzed.stdout.contains("E9") && analyzed.stdout.contains("O8, O9"))
        let json = try sujarit.succeed(["ita", "analyze", "--fy", "2566", "--top", "2", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let rows = object?["weakest"] as? [[String: Any]]
        #expect(object?["overall"] as? Double == 96.29 && object?["band"] as? String == "AA")
        #expect(rows?.map { $0["code"] as? String } == ["E9", "I21"])
        let measures = rows?[1]["measures"] as? [[String: Any]]
        #expect(
            measures?.contains { $0["id"] as? String == "M-2568-005" && $0["status"] as? String == "not-started" }
                == true)
        let listed = try sujarit.succeed(["ita", "list", "--format", "csv"])
        #expect(listed.stdout.contains("2566,93.17,91.33;97.58,100,96.29,AA,ผ่านดีเยี่ยม,2566@1,1"))
    }

    @Test("Refused ITA input leaves the store exactly as it was")
    func itaRefusals() throws {
        let sujarit = try prepared()
        let before = try sujarit.storeDump()
        for arguments in [
            ["ita", "record", "--fy", "2567", "--iit", "101", "--eit", "90", "--oit", "100"],
            ["ita", "record", "--fy", "2567", "--iit", "93.17", "--eit", "90", "--oit", "100", "--question", "I31=80"],
            ["ita", "record", "--file", Self.examples + "/ita-2566.yaml"],
            ["ita", "record", "--fy", "2571", "--iit", "90", "--eit", "90", "--oit", "90"],
        ] {
            let result = try sujarit.run(arguments)
            #expect(result.status != 0, "\(arguments) must fail")
            #expect(!result.stderr.isEmpty)
        }
        #expect(
            try sujarit.run(["ita", "record", "--fy", "2567", "--iit", "101", "--eit", "90", "--oit", "100"]).stderr
                .contains("--iit: '101' is not a score"))
        #expect(
            try sujarit.run(["ita", "record", "--file", Self.examples + "/ita-2566.yaml"]).stderr.contains("--replace"))
        #expect(
            try sujarit.run(["ita", "record", "--fy", "2571", "--iit", "90", "--eit", "90", "--oit", "90"]).stderr
                .contains("fy2571.yaml"))
        #expect(try sujarit.storeDump() == before)
    }

    @Test("Every report writes a named file in Reports/out; -o - and --format print instead")
    func reportsAndFormats() throws {
        let sujarit = try prepared()
        for (kind, name) in [
            ("followup", "followup-2568-6m.html"), ("o35", "o35-2568-6m.html"), ("o33", "o33-2568-6m.html"),
            ("audit", "audit-2568-6m.html"), ("executive", "executive-2568-6m.html"),
        ] {
            let result = try sujarit.succeed(["report", kind, "--fy", "2568", "--round", "6m"])
            let path = sujarit.folder.appendingPathComponent("Reports/out/\(name)").path
            #expect(result.stderr.contains("Wrote \(path)"), "\(kind): \(result.stderr)")
            let html = try String(contentsOfFile: path, encoding: .utf8)
            #expect(html.contains("เทศบาลเมืองตากใบ") && html.contains("</html>"))
        }
        for (kind, name) in [("o34", "o34-2568.html"), ("plan", "plan-2568.html"), ("measures", "measures-2568.html")] {
            try sujarit.succeed(["report", kind, "--fy", "2568"])
            #expect(
                FileManager.default.fileExists(
                    atPath: sujarit.folder.appendingPathComponent("Reports/out/\(name)").path), "\(kind)")
        }
        let term = try sujarit.succeed(["report", "followup", "--fy", "2568", "--round", "6m", "--format", "term"])
        #expect(term.stdout.contains("รายงานการติดตามผลการดำเนินงานตามมาตรการ"))
        #expect(term.stdout.contains("M-2568-005") && term.stdout.contains("ยังไม่ได้ดำเนินการ"))
        let markdown = try sujarit.succeed([
            "report", "measures", "--fy", "2568", "--round", "6m", "--format", "md", "-o", "-", "--thai-digits",
        ])
        #expect(markdown.stdout.hasPrefix("# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"))
        #expect(markdown.stdout.contains("๒๕๖๘"))
        let csv = try sujarit.succeed([
            "report", "followup", "--fy", "2568", "--round", "6m", "--format", "csv", "--department", "FIN", "-o", "-",
        ])
        #expect(
            csv.stdout.hasPrefix("id,kind,title,owner,due,status,overdue_days,result,problems,evidence\r\n"))
        #expect(csv.stdout.contains("M-2568-001,risk-measure,"))
        let json = try sujarit.succeed([
            "report", "executive", "--fy", "2568", "--round", "6m", "--format", "json", "-o", "-",
        ])
        let summary = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(
            (summary?["ita"] as? [String: Any])?["overall"] as? Double == 96.29, "an ITA score is a number for scripts")
        let custom = sujarit.folder.appendingPathComponent("ผู้บริหาร.md").path
        try sujarit.succeed(["report", "executive", "--fy", "2568", "--round", "12m", "--format", "md", "-o", custom])
        #expect(
            try String(contentsOfFile: custom, encoding: .utf8).contains("## สิ่งที่เปลี่ยนแปลงจากรอบก่อน (รอบ 6 เดือน 2568)"))
    }

    @Test("--as-of: a past day replays the log; a future day and bad options are refused with a clear message")
    func asOf() throws {
        let sujarit = try prepared()
        let yesterday = Date().addingTimeInterval(-86_400 * 2)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let day = formatter.string(from: yesterday)
        // Everything was recorded today, so the log as it stood two days ago holds nothing of the year.
        let past = try sujarit.succeed([
            "report", "followup", "--fy", "2568", "--round", "6m", "--as-of", day, "--format", "json", "-o", "-",
        ])
        let report = try JSONSerialization.jsonObject(with: Data(past.stdout.utf8)) as? [String: Any]
        #expect((report?["lines"] as? [Any])?.isEmpty == true)
        #expect(((report?["header"] as? [String: Any])?["period"] as? [String: Any])?["replayed"] as? Bool == true)
        let future = try sujarit.run(["report", "followup", "--fy", "2568", "--round", "6m", "--as-of", "2599-01-01"])
        #expect(future.status != 0 && future.stderr.contains("is after today"))
        let badRound = try sujarit.run(["report", "followup", "--fy", "2568", "--round", "9m"])
        #expect(badRound.status != 0 && badRound.stderr.contains("--round must be 6m or 12m"))
        let badDepartment = try sujarit.run(["report", "followup", "--fy", "2568", "--department", "XYZ"])
        #expect(badDepartment.status != 0 && badDepartment.stderr.contains("unknown department 'XYZ'"))
        let stdoutPDF = try sujarit.run(["report", "executive", "--fy", "2568", "--pdf", "-o", "-"])
        #expect(stdoutPDF.status != 0)
    }

    @Test(
        """
        The executive summary printed to PDF and PNG: one or two A4 pages, a coloured heatmap, the Thai text of \
        the source
        """,
        .enabled(if: VisualCheck.canRun, VisualCheck.skipReason)
    )
    func executiveAsPrinted() throws {
        let sujarit = try prepared()
        try sujarit.succeed([
            "risk", "measure", "progress", "M-2568-002", "--round", "12m", "--status", "done", "--as-of", "2025-09-30",
        ])
        let result = try sujarit.succeed(["report", "executive", "--fy", "2568", "--round", "12m", "--pdf"])
        let out = sujarit.folder.appendingPathComponent("Reports/out")
        let pdf = out.appendingPathComponent("executive-2568-12m.pdf").path
        #expect(result.stderr.contains("Wrote \(pdf)"))
        let html = try String(contentsOf: out.appendingPathComponent("executive-2568-12m.html"), encoding: .utf8)

        // One or two pages of A4.
        let info = try VisualCheck.run("pdfinfo", [pdf])
        let pages =
            Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
        #expect((1...2).contains(pages), "the executive summary has \(pages) pages")
        #expect(info.contains("(A4)"), "the pages are A4: \(info)")

        // The PNG a person would look at, and the same raster as PPM (pdftoppm's default) to measure the heatmap.
        _ = try VisualCheck.run(
            "pdftoppm",
            [
                "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf,
                out.appendingPathComponent("executive-page1").path,
            ])
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("executive-page1.png").path))
        _ = try VisualCheck.run(
            "pdftoppm",
            ["-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, out.appendingPathComponent("executive-page1").path])
        let image = try PPMImage(contentsOf: out.appendingPathComponent("executive-page1.ppm"))
        let region = try #require(image.heatmapRegion(), "no heatmap colours on page 1")
        // Two 5×5 grids at 60 dpi are at least ~150 × 60 pixels, with every band's colour and ink (the counts) inside.
        #expect(region.width >= 150 && region.height >= 60, "heatmap region \(region)")
        #expect(region.bandsSeen == 4, "band colours seen: \(region.bandsSeen)")
        #expect(region.darkPixels > 20, "the heatmap has no counts or labels in it")

        // The Thai text pdftotext reads back is the text of the source.
        let text = VisualCheck.comparable(try VisualCheck.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]))
        var expected = VisualCheck.headings(in: html)
        // Phrases that sit on one line (cells that wrap interleave with their neighbours in a PDF's text layer).
        expected += [
            "เทศบาลเมืองตากใบ", "อำเภอตากใบ จังหวัดนราธิวาส", "ผ่านดีเยี่ยม", "96.29", "นายอนันต์ ศรีสุข", "นายกเทศมนตรีเมืองตากใบ",
            "ของขวัญที่ต้องรายงาน", "ความเสี่ยงระดับสูงขึ้นไป (ก่อนการควบคุม)", "30 กันยายน 2568",
        ]
        #expect(expected.count > 8)
        for phrase in expected {
            #expect(text.contains(VisualCheck.comparable(phrase)), "pdftotext lacks '\(phrase)'")
        }
    }
}
