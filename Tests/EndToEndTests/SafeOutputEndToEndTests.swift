import Foundation
import Testing

/// Issue 15: files written by commands never destroy the store or overwrite silently; CSV, terminal and
/// Markdown output are safe against what stored text may hold; people stay out of what non-reviewers see.
@Suite("Safe outputs and privacy, through the built binary")
struct SafeOutputEndToEndTests {
    /// The demo's store (every register, with red flags, one of them escalated to risk R-2568-009).
    static func demoStore() throws -> SujaritProcess {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["demo", "--store", sujarit.storePath])
        return sujarit
    }

    @Test(
        "-o naming the store, its -wal, a link to it or a relative path to it is refused and the store still verifies")
    func storeIsNeverAnOutput() throws {
        let sujarit = try Self.demoStore()
        let before = try sujarit.storeDump()
        try FileManager.default.createSymbolicLink(
            atPath: sujarit.folder.appendingPathComponent("link.db").path, withDestinationPath: sujarit.storePath)
        let attempts: [[String]] = [
            ["risk", "export", "--format", "csv", "--output", "store.db"],
            ["risk", "export", "--output", sujarit.storePath + "-wal"],
            ["risk", "export", "--output", "link.db", "--force"],
            ["report", "o34", "--fy", "2568", "-o", "./missing/../store.db", "--force"],
            ["report", "o34", "--fy", "2568", "--pdf", "-o", "store.db"],
            ["heatmap", "--fy", "2568", "--format", "svg", "--output", "store.db-shm"],
            ["audit", "plan", "export", "--fy", "2568", "-o", "store.db"],
        ]
        for arguments in attempts {
            let result = try sujarit.run(arguments)
            #expect(result.status != 0, "\(arguments.joined(separator: " ")) exited 0:\n\(result.output)")
            #expect(
                result.stderr.contains("is the store's own file"),
                "\(arguments.joined(separator: " ")): \(result.stderr)")
            #expect(!result.stderr.contains("Wrote"))
        }
        #expect(try sujarit.storeDump() == before)
        #expect(try sujarit.succeed(["verify"]).stdout.contains("intact"))
    }

    @Test("-o an existing file is refused without --force and replaced with it; a folder gets a clear message")
    func existingFilesAndFolders() throws {
        let sujarit = try Self.demoStore()
        let existing = sujarit.folder.appendingPathComponent("existing.txt")
        try "keep me".write(to: existing, atomically: true, encoding: .utf8)
        let refused = try sujarit.run(["risk", "export", "--format", "csv", "--output", "existing.txt"])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("already exists") && refused.stderr.contains("--force"))
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
        let report = try sujarit.run(["report", "o34", "--fy", "2568", "--format", "md", "-o", "existing.txt"])
        #expect(report.status != 0)
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")

        try sujarit.succeed(["risk", "export", "--format", "csv", "--output", "existing.txt", "--force"])
        #expect(try String(contentsOf: existing, encoding: .utf8).contains("R-2568-001"))
        try sujarit.succeed(["report", "o34", "--fy", "2568", "--format", "md", "-o", "existing.txt", "--force"])
        #expect(try String(contentsOf: existing, encoding: .utf8).contains("R-2568-001"))

        try FileManager.default.createDirectory(
            at: sujarit.folder.appendingPathComponent("out"), withIntermediateDirectories: true)
        for arguments in [
            ["risk", "export", "--output", "out"], ["report", "o34", "--fy", "2568", "-o", "out/"],
            ["audit", "plan", "export", "--fy", "2568", "-o", "out"],
        ] {
            let result = try sujarit.run(arguments)
            #expect(result.status != 0)
            #expect(result.stderr.contains("names a folder; give a file name such as out/"), "\(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        }
        // The default file in Reports/out/ is Sujarit's own and is regenerated on every run.
        try sujarit.succeed(["report", "o34", "--fy", "2568"])
        try sujarit.succeed(["report", "o34", "--fy", "2568"])
    }

    @Test("report --pdf checks the PDF and the HTML beside it like any output, and writes them whole")
    func pdfFiles() throws {
        let sujarit = try Self.demoStore()
        // A stand-in for headless Chromium: writes a PDF header where --print-to-pdf says.
        let chromium = sujarit.folder.appendingPathComponent("fake-chromium.sh")
        try """
        #!/bin/sh\nfor a in \"$@\"; do case \"$a\" in --print-to-pdf=*) printf '%%PDF-1.4' > \
        \"${a#--print-to-pdf=}\";; esac; done\n
        """
        .write(to: chromium, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: chromium.path)
        let environment = ["SUJARIT_CHROMIUM": chromium.path]
        let first = try sujarit.run(
            ["report", "o34", "--fy", "2568", "--pdf", "-o", "o34.pdf"], environment: environment)
        #expect(first.status == 0, "\(first.output)")
        #expect(FileManager.default.fileExists(atPath: sujarit.folder.appendingPathComponent("o34.html").path))
        #expect(try String(contentsOf: sujarit.folder.appendingPathComponent("o34.pdf"), encoding: .utf8) == "%PDF-1.4")
        let again = try sujarit.run(
            ["report", "o34", "--fy", "2568", "--pdf", "-o", "o34.pdf"], environment: environment)
        #expect(again.status != 0 && again.stderr.contains("already exists"))
        #expect(
            try sujarit.run(
                ["report", "o34", "--fy", "2568", "--pdf", "-o", "o34.pdf", "--force"], environment: environment
            ).status == 0)
        // Markdown with --pdf: the .md, then the PDF and its HTML beside it.
        #expect(
            try sujarit.run(
                ["report", "o34", "--fy", "2568", "--format", "md", "--pdf", "-o", "r.md"], environment: environment
            ).status == 0)
        for name in ["r.md", "r.html", "r.pdf"] {
            #expect(FileManager.default.fileExists(atPath: sujarit.folder.appendingPathComponent(name).path), "\(name)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sujarit.folder.path).filter {
            $0.hasSuffix(".partial")
        }
        #expect(leftovers.isEmpty)
    }

    @Test("CSV exports neutralise formulas: a risk titled =HYPERLINK(…) starts its cell with '")
    func csvFormulas() throws {
        let sujarit = try Self.demoStore()
        try sujarit.succeed([
            "risk", "add", "--fy", "2568", "--department", "FIN", "--category", "procurement",
            "--process", #"=HYPERLINK("http://x","y")"#, "--event", "@SUM(1+1)", "--cause=-2+3",
        ])
        let export = try sujarit.succeed(["risk", "export", "--fy", "2568", "--format", "csv"]).stdout
        #expect(export.contains(#""'=HYPERLINK(""http://x"",""y"")""#))
        #expect(export.contains(",'@SUM(1+1),'-2+3,"))
        #expect(!export.contains(",=HYPERLINK") && !export.contains(",\"=HYPERLINK"))
        let report = try sujarit.succeed(["report", "o34", "--fy", "2568", "--format", "csv", "-o", "-"]).stdout
        #expect(report.contains("'@SUM(1+1)"))
        #expect(!report.contains(",@SUM"))

        // The export still imports back unchanged: the importer takes off exactly the quote the export added.
        let file = sujarit.folder.appendingPathComponent("register.csv").path
        try sujarit.succeed(["risk", "export", "--fy", "2568", "--format", "csv", "--output", file])
        let fresh = try SujaritProcess()
        let root = SujaritProcess.packageRoot.path
        try fresh.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        try fresh.succeed(["agency", "load", root + "/Registers/examples/takbai/agency.yaml"])
        try fresh.succeed(["risk", "configure", "--registers", root + "/Registers"])
        try fresh.succeed(["risk", "import", file, "--as", "palad"])
        #expect(try fresh.succeed(["risk", "export", "--fy", "2568", "--format", "csv"]).stdout == export)
        let stored = try fresh.succeed(["risk", "export", "--fy", "2568", "--format", "json"]).stdout
        #expect(stored.contains(#""=HYPERLINK(\"http://x\",\"y\")""#) && !stored.contains("'=HYPERLINK"))
    }

    @Test("procurement list CSV neutralises an imported winner's =HYPERLINK(…) and a title's @SUM(…)")
    func importedFormulas() throws {
        let sujarit = try SujaritProcess()
        let root = SujaritProcess.packageRoot.path
        var contracts = try String(
            contentsOfFile: root + "/Imports/examples/takbai-contracts-2568.csv", encoding: .utf8)
        contracts = contracts.replacingOccurrences(
            of: "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา,12/2568", with: #""=HYPERLINK(""http://x"",""ชนะ"")",12/2568"#)
        contracts = contracts.replacingOccurrences(of: "ประกวดราคาจ้างทำความสะอาดสำนักงาน", with: "@SUM(1+1)")
        let file = sujarit.folder.appendingPathComponent("contracts.csv")
        try contracts.write(to: file, atomically: true, encoding: .utf8)
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960501"])
        try sujarit.succeed(["import", "contracts", file.path])
        let list = try sujarit.succeed(["procurement", "list", "--format", "csv"]).stdout
        #expect(list.contains(#","'=HYPERLINK(""http://x"",""ชนะ"")""#))
        #expect(list.contains(",'@SUM(1+1),"))
        #expect(!list.contains(#""=HYPERLINK"#) && !list.contains(",@SUM"))
    }

    @Test("Terminal output shows escape sequences as symbols; Markdown reports escape HTML")
    func terminalAndMarkdown() throws {
        let sujarit = try Self.demoStore()
        let added = try sujarit.succeed([
            "risk", "add", "--fy", "2568", "--department", "FIN", "--category", "procurement",
            "--process", "จัดซื้อ\u{1B}]0;owned\u{07}", "--event", "<script>alert(1)</script><img src=x onerror=alert(2)>",
            "--cause", "ล้างจอ\u{1B}[2J",
        ]).stdout
        let id = try #require(
            added.split(separator: " ").dropFirst().first.map { $0.trimmingCharacters(in: .punctuationCharacters) })
        for arguments in [["risk", "show", id], ["risk", "list", "--fy", "2568"]] {
            let shown = try sujarit.succeed(arguments).stdout
            #expect(
                !shown.unicodeScalars.contains("\u{1B}") && !shown.unicodeScalars.contains("\u{07}"), "\(arguments)")
        }
        #expect(try sujarit.succeed(["risk", "show", id]).stdout.contains("ล้างจอ␛[2J"))
        let markdown = try sujarit.succeed(["report", "o34", "--fy", "2568", "--format", "md", "-o", "-"]).stdout
        #expect(markdown.contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(!markdown.contains("<script>") && !markdown.contains("<img"))
    }

    @Test("events --category coi shows a non-reviewer no staff id and no RecusalRecorded; a reviewer sees them")
    func eventsHidePeople() throws {
        let sujarit = try Self.demoStore()
        let clerk = try sujarit.succeed(["events", "--category", "coi", "--as", "kittipong"])
        #expect(clerk.stdout.contains("coi/(ซ่อน #"))
        for formats in [[], ["--format", "json"], ["--format", "csv"], ["--format", "md"], ["--details"]] {
            let text = try sujarit.succeed(["events", "--category", "coi", "--as", "kittipong"] + formats).stdout
            for secret in [
                "rusdee", "surachai", "nisa", "palad", "RecusalRecorded", "DeclarationSigned", "e-bidding-member",
            ] {
                #expect(!text.contains(secret), "\(formats): \(secret)")
            }
        }
        let gifts = try sujarit.succeed(["events", "--category", "gift", "--as", "kittipong", "--format", "json"])
            .stdout
        #expect(!gifts.contains("GiftLogged") && !gifts.contains("G-2568-"))
        // The store's declaration-stream key is personal data too: the clerk sees neither it nor its type.
        let key = try sujarit.succeed(["events", "--category", "coi-key", "--as", "kittipong", "--format", "json"])
            .stdout
        #expect(
            key.contains("coi-key/(ซ่อน #") && !key.contains("DeclarationStreamKeyCreated")
                && !key.contains("hmac-sha256"))
        // The stored address names no one (issue 15): a person's natural stream id finds nothing, for anyone.
        for viewer in ["kittipong", "anan"] {
            let byStream = try sujarit.succeed([
                "events", "--stream", "coi/67119000333-e-bidding-member-rusdee", "--as", viewer, "--format", "csv",
            ])
            #expect(byStream.stdout.split(separator: "\r\n").count <= 1, "\(viewer)")
        }
        // The auditor sees the opaque stream coi/<24 hex digits>, the event types, and payloads naming the declaration.
        let auditor = try sujarit.succeed(["events", "--category", "coi", "--as", "anan", "--format", "csv"]).stdout
        #expect(
            auditor.range(of: #"coi/[0-9a-f]{24},"#, options: .regularExpression) != nil
                && auditor.contains("RecusalRecorded"))
        #expect(!auditor.contains("coi/67119000333") && auditor.contains("67119000333-e-bidding-member-rusdee"))
    }

    @Test("flags explain and flags list of a gift flag show a non-reviewer no gift, value, day or occasion")
    func giftFlagHidden() throws {
        let sujarit = try Self.demoStore()
        let rows = try sujarit.succeed([
            "flags", "list", "--indicator", "gift-from-supplier", "--format", "csv", "--as", "anan",
        ]).stdout.split(separator: "\r\n")
        let gift = String(try #require(rows.dropFirst().first?.split(separator: ",").first))
        let auditor = try sujarit.succeed(["flags", "explain", gift, "--as", "anan"]).stdout
        #expect(auditor.contains("8,500.00") && auditor.contains("นาฬิกาข้อมือ"))
        let secrets = ["8,500", "8500", "นาฬิกาข้อมือ", "วันเกิด", "surachai", "สุรชัย", "gift-value", "gift-date", "G-2568-"]
        for format in ["table", "json"] {
            let clerk = try sujarit.succeed(["flags", "explain", gift, "--as", "kittipong", "--format", format]).stdout
            for secret in secrets { #expect(!clerk.contains(secret), "\(format): \(secret)") }
            #expect(clerk.contains("รุ่งเรืองการโยธา"), "the firm is not a person and stays")
        }
        for format in ["table", "csv", "json"] {
            let list = try sujarit.succeed(["flags", "list", "--as", "kittipong", "--format", format]).stdout
            for secret in secrets { #expect(!list.contains(secret), "list \(format): \(secret)") }
        }
    }

    @Test("The public O34 and O35 carry no escalated flag's firm, tax id or allegation")
    func publicReportsWithholdFlags() throws {
        let sujarit = try Self.demoStore()
        let risk = try sujarit.succeed(["risk", "show", "R-2568-009", "--as", "anan"]).stdout
        #expect(risk.contains("รุ่งเรืองการโยธา"), "the demo's escalated risk holds the flag's finding")
        for kind in ["o34", "o35"] {
            for format in ["html", "md", "csv", "json", "term"] {
                let text = try sujarit.succeed([
                    "report", kind, "--fy", "2568", "--round", "12m", "--format", format, "-o", "-", "--as",
                    "kittipong",
                ]).stdout
                #expect(text.contains("R-2568-009"), "\(kind) \(format)")
                for secret in ["รุ่งเรืองการโยธา", "0-9635-50000-12-1", "0963550000121", "ญาติ"] {
                    #expect(!text.contains(secret), "\(kind) \(format): \(secret)")
                }
            }
        }
        // The internal version (ลับ) is for reviewers only, and its file is readable by its owner only.
        let refused = try sujarit.run(["report", "o34", "--fy", "2568", "--internal", "-o", "-", "--as", "kittipong"])
        #expect(refused.status != 0 && refused.stdout.isEmpty && refused.stderr.contains("auditor"))
        let confidential = try sujarit.succeed([
            "report", "o34", "--fy", "2568", "--internal", "--format", "md", "-o", "-", "--as", "anan",
        ]).stdout
        #expect(
            confidential.hasPrefix("# ลับ") && confidential.contains("รุ่งเรืองการโยธา")
                && confidential.contains("0-9635-50000-12-1"))
        try sujarit.succeed([
            "report", "o35", "--fy", "2568", "--round", "12m", "--internal", "-o", "o35-internal.html", "--as",
            "pimchanok",
        ])
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: sujarit.folder.appendingPathComponent("o35-internal.html").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }
}
