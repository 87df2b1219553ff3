import Foundation
import Testing

@Suite("Foundation commands, through the built binary")
struct FoundationEndToEndTests {
    @Test("init creates a store, refuses to overwrite it, and records who created it")
    func initStore() throws {
        let sujarit = try SujaritProcess()
        let created = try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        #expect(created.stdout.contains("เทศบาลเมืองตากใบ"))
        let before = try sujarit.storeDump()
        let again = try sujarit.run(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        #expect(again.status != 0)
        #expect(again.stderr.contains("already exists"))
        #expect(try sujarit.storeDump() == before)
        let trail = try sujarit.succeed(["events", "--format", "csv"])
        #expect(trail.stdout.contains("StoreInitialized"))
        #expect(trail.stdout.contains("e2e-tester"))
    }

    @Test("init needs the agency's name and e-GP department id, and creates nothing without them")
    func initNeedsAgencyAndDepartment() throws {
        let sujarit = try SujaritProcess()
        let noName = try sujarit.run(["init", "--dept", "6960105"])
        #expect(noName.status != 0 && noName.stderr.contains("--agency NAME is required"), "\(noName.stderr)")
        let noDept = try sujarit.run(["init", "--agency", "เทศบาลตำบลศาลาใหม่"])
        #expect(noDept.status != 0 && noDept.stderr.contains("--dept ID is required"), "\(noDept.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sujarit.storePath))
    }

    @Test("agency profile set heads every report with the store's own name and place, not the letterhead file's town")
    func profileHeadsReports() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลตำบลศาลาใหม่", "--dept", "6960105"])
        let bare = try sujarit.succeed(["report", "o34", "--fy", "2568", "--format", "md", "-o", "-"])
        #expect(
            bare.stdout.contains("**เทศบาลตำบลศาลาใหม่**") && !bare.stdout.contains("อำเภอตากใบ"),
            "\(bare.stdout.prefix(400))")
        let before = try sujarit.storeDump()
        let none = try sujarit.run(["agency", "profile", "set"])
        #expect(none.status != 0 && none.stderr.contains("Nothing to set"))
        let badType = try sujarit.run(["agency", "profile", "set", "--type", "เทศบาล"])
        #expect(badType.status != 0 && badType.stderr.contains("--type 'เทศบาล'"))
        #expect(try sujarit.storeDump() == before)
        try sujarit.succeed([
            "agency", "profile", "set", "--name", "เทศบาลตำบลศาลาใหม่ (ทดสอบ)", "--type", "local-government",
            "--district", "ตากใบ", "--province", "นราธิวาส", "--head-title", "นายกเทศมนตรีตำบลศาลาใหม่",
        ])
        let report = try sujarit.succeed(["report", "o34", "--fy", "2568", "--format", "md", "-o", "-"])
        #expect(
            report.stdout.contains("**เทศบาลตำบลศาลาใหม่ (ทดสอบ)** · อำเภอตากใบ จังหวัดนราธิวาส"),
            "\(report.stdout.prefix(400))")
        let shown = try sujarit.succeed(["agency", "profile", "show", "--format", "csv"])
        #expect(
            shown.stdout.contains("องค์กรปกครองส่วนท้องถิ่น") && shown.stdout.contains("นายกเทศมนตรีตำบลศาลาใหม่")
                && shown.stdout.contains("6960105"))
        let events = try sujarit.succeed(["events", "--type", "AgencyProfileUpdated", "--format", "csv"])
        #expect(events.stdout.contains("AgencyProfileUpdated"))
    }

    @Test("--dept must be a 4- or 7-digit e-GP id")
    func badDepartmentID() throws {
        let sujarit = try SujaritProcess()
        let result = try sujarit.run(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "12ab"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--dept"))
        #expect(!FileManager.default.fileExists(atPath: sujarit.storePath))
    }

    @Test("Commands on a missing store say how to create one")
    func missingStore() throws {
        let sujarit = try SujaritProcess()
        for command in [["events"], ["verify"], ["rebuild"]] {
            let result = try sujarit.run(command)
            #expect(result.status != 0)
            #expect(result.stderr.contains("sujarit init"), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
    }

    @Test("verify exits 0 on an intact log and 1 naming the sequence of an edited event")
    func verifyDetectsTampering() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "ก", "--dept", "6960102"])
        try sujarit.succeed([
            "init", "--agency", "ข", "--dept", "6960103", "--store",
            sujarit.folder.appendingPathComponent("other.db").path,
        ])
        let intact = try sujarit.succeed(["verify", "--format", "json"])
        #expect(intact.stdout.contains("\"intact\": true"))

        try sujarit.sqlite("DROP TRIGGER events_no_update; UPDATE events SET actor = 'mallory' WHERE sequence = 1;")

        let broken = try sujarit.run(["verify"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("#1"))
        #expect(broken.stdout.contains("NOT intact"))
    }

    @Test("events filters by type and actor, and prints clean JSON and CSV for scripts")
    func eventsFilters() throws {
        let sujarit = try SujaritProcess()
        try sujarit.succeed(["init", "--agency", "เทศบาลเมืองตากใบ", "--dept", "6960102"])
        let json = try sujarit.succeed(["events", "--format", "json", "--type", "StoreInitialized"])
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1)
        #expect(!json.stdout.contains("\u{1B}["))
        let none = try sujarit.succeed(["events", "--format", "csv", "--actor", "nobody"])
        #expect(none.stdout.split(separator: "\r\n").count == 1) // header only
        let badDate = try sujarit.run(["events", "--from", "31 เม.ย. 68"])
        #expect(badDate.status != 0)
        #expect(badDate.stderr.contains("--from"))
    }

    @Test("demo walks through the product and ends with an intact log")
    func demo() throws {
        let sujarit = try SujaritProcess()
        let kept = sujarit.folder.appendingPathComponent("demo.db").path
        let result = try sujarit.succeed(["demo", "--store", kept])
        #expect(result.stdout.contains("✓ sujarit verify"))
        #expect(FileManager.default.fileExists(atPath: kept))
        let verify = try sujarit.succeed(["verify", "--store", kept])
        #expect(verify.stdout.contains("intact"))
    }

    @Test("The audit trail hides declaration and gift payloads from all but the auditor and the legal officer")
    func trailHidesPersonalData() throws {
        let sujarit = try SujaritProcess()
        let kept = sujarit.folder.appendingPathComponent("demo.db").path
        try sujarit.succeed(["demo", "--store", kept])
        for category in ["gift", "coi"] {
            let clerk = try sujarit.succeed([
                "events", "--store", kept, "--category", category, "--format", "json", "--as", "rusdee",
            ])
            let events = try #require(
                try JSONSerialization.jsonObject(with: Data(clerk.stdout.utf8)) as? [[String: Any]])
            #expect(!events.isEmpty, "the demo records \(category) events")
            #expect(events.allSatisfy { ($0["payload"] as? [String: String])?["hidden"] == "personal data" })
            #expect(clerk.stderr.contains("personal data"))
            for reviewer in ["anan", "pimchanok"] {
                let full = try sujarit.succeed([
                    "events", "--store", kept, "--category", category, "--format", "json", "--as", reviewer,
                ])
                #expect(!full.stdout.contains("\"hidden\""), "\(reviewer) sees \(category) details")
            }
        }
        // Other registers' events are not personal data and stay visible to everyone.
        let staff = try sujarit.succeed([
            "events", "--store", kept, "--category", "risk", "--format", "json", "--as", "rusdee",
        ])
        #expect(!staff.stdout.contains("\"hidden\""))
    }

    @Test("--version and --help work without a store")
    func versionAndHelp() throws {
        let sujarit = try SujaritProcess()
        #expect(try sujarit.succeed(["--version"]).stdout.contains("0."))
        #expect(try sujarit.succeed(["--help"]).stdout.contains("demo"))
    }
}
