import Foundation
import Testing

/// The OIT catalogues, checklist, publication records and evidence pack through the real `sujarit` binary.
@Suite("ITA checklist, publish and evidence pack end to end")
struct ITAEvidenceEndToEndTests {
    @Test("catalogue check passes on the shipped lists; show prints this year's codes and their duties")
    func catalogue() throws {
        let sujarit = try SujaritProcess()
        let check = try sujarit.succeed(["ita", "catalogue", "check", "--fy", "2570"])
        #expect(check.stdout.contains("oit-2570-local.yaml") && check.stdout.contains("0 errors"))
        let show = try sujarit.succeed([
            "ita", "catalogue", "show", "--fy", "2569", "--type", "state", "--format", "csv",
        ])
        #expect(show.stdout.contains("O21") && show.stdout.contains("risk-assessment"))
        let missing = try sujarit.run(["ita", "catalogue", "show", "--fy", "2590"])
        #expect(missing.status != 0 && missing.stderr.contains("oit-2590-local.yaml"))
    }

    @Test("publish records an address the checklist shows; a wrong item or address is refused and writes nothing")
    func publishAndChecklist() throws {
        let sujarit = try SujaritProcess.takBaiRiskRegister()
        let url = "https://www.takbai.go.th/ita/2568/o23"
        let published = try sujarit.succeed(["ita", "publish", "O23", "--fy", "2568", "--url", url])
        #expect(published.stdout.contains("risk-assessment"))
        let before = try sujarit.storeDump()
        let again = try sujarit.succeed(["ita", "publish", "o๒๓", "--fy", "2568", "--url", url])
        #expect(again.stdout.contains("O23 of FY2568 is already recorded"))
        let unknown = try sujarit.run(["ita", "publish", "O34", "--fy", "2568", "--url", url])
        #expect(unknown.status != 0 && unknown.stderr.contains("O34 is not an OIT item of FY2568"))
        let badURL = try sujarit.run(["ita", "publish", "O23", "--fy", "2568", "--url", "www.takbai.go.th"])
        #expect(badURL.status != 0 && badURL.stderr.contains("--url"))
        #expect(try sujarit.storeDump() == before)

        let json = try sujarit.succeed(["ita", "checklist", "--fy", "2568", "--format", "json"])
        let checklist = try #require(
            try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let lines = try #require(checklist["lines"] as? [[String: Any]])
        let risk = try #require(lines.first { $0["code"] as? String == "O23" })
        #expect(risk["state"] as? String == "ready" && risk["url"] as? String == url)
        #expect(lines.first { $0["code"] as? String == "O1" }?["state"] as? String == "not-sujarits")
        // Without gifts or progress the items that need them say what is missing.
        let report = try #require(lines.first { $0["code"] as? String == "O26" })
        #expect(report["state"] as? String == "incomplete")
        #expect((report["missing"] as? [String])?.isEmpty == false)
        let csv = try sujarit.succeed(["ita", "checklist", "--fy", "2568", "--format", "csv"])
        #expect(csv.stdout.contains("O23") && csv.stdout.contains(url))

        try sujarit.succeed(["agency", "profile", "set", "--type", "state"])
        let state = try sujarit.succeed(["ita", "checklist", "--fy", "2568", "--format", "json"])
        #expect(state.stdout.contains("\"agency_type\" : \"state\"") && !state.stdout.contains("\"code\" : \"O1\""))
    }

    @Test("The pack names files by this year's codes and is the same bytes when made again")
    func packIsDeterministic() throws {
        let sujarit = try SujaritProcess.takBaiRiskRegister()
        let first = sujarit.folder.appendingPathComponent("pack-1").path
        let second = sujarit.folder.appendingPathComponent("pack-2").path
        let made = try sujarit.succeed(["ita", "pack", "--fy", "2568", "--out", first])
        #expect(made.stdout.contains("index.html"))
        try sujarit.succeed(["ita", "pack", "--fy", "2568", "--out", second])
        let names = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
        #expect(names.contains("O23.html") && names.contains("index.html"))
        #expect(!names.contains { $0.hasPrefix("O34") || $0.hasPrefix("O1.") })
        #expect(try FileManager.default.contentsOfDirectory(atPath: second).sorted() == names)
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: first).appendingPathComponent(name))
            let b = try Data(contentsOf: URL(fileURLWithPath: second).appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two packs of the same log and day")
        }
        let index = try String(contentsOfFile: first + "/index.html", encoding: .utf8)
        #expect(
            index.contains("O26") && index.contains("ยังไม่ครบ") && index.contains("รหัสยืนยันบันทึก")
                && !index.contains("verify --anchor"))
        let again = try sujarit.run(["ita", "pack", "--fy", "2568", "--out", first])
        #expect(again.status != 0 && again.stderr.contains("--force"))
    }
}
