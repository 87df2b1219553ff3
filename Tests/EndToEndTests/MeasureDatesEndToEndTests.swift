import Foundation
import Testing

/// A measure's days through the real binary: a typo year refused with the year meant, a far due day only
/// with --confirm, a progress day outside its round refused, each leaving the store as it was.
@Suite("Measure dates end to end")
struct MeasureDatesEndToEndTests {
    static let root = SujaritProcess.packageRoot.path

    func prepared() throws -> SujaritProcess { try SujaritProcess.takBaiRiskRegister() }

    func add(fy: String, due: String, confirm: Bool = false) -> [String] {
        [
            "risk", "measure", "add", "--fy", fy, "--title", "เผยแพร่สรุปผลการจัดซื้อจัดจ้าง", "--owner", "กองคลัง", "--due",
            due,
            "--issue-area", "การใช้งบประมาณและการจัดซื้อจัดจ้าง",
        ] + (confirm ? ["--confirm"] : [])
    }

    @Test(
        "--due 15/08/2512 is refused naming 15/08/2568; 2099-01-01 needs --confirm; 30/09/2569 (a year after) is taken")
    func dueDays() throws {
        let sujarit = try prepared()
        let before = try sujarit.storeDump()
        let typo = try sujarit.run(add(fy: "2568", due: "15/08/2512", confirm: true))
        #expect(typo.status != 0)
        #expect(typo.stderr.contains("Did you mean 15/08/2568?"), "\(typo.stderr)")
        let far = try sujarit.run(add(fy: "2568", due: "2099-01-01"))
        #expect(far.status != 0)
        #expect(far.stderr.contains("Did you mean 01/01/2568?") && far.stderr.contains("--confirm"), "\(far.stderr)")
        #expect(try sujarit.storeDump() == before)
        let edge = try sujarit.succeed(add(fy: "2568", due: "30/09/2569"))
        #expect(edge.stdout.contains("due 30 ก.ย. 2569"))
        #expect(try sujarit.run(add(fy: "2568", due: "01/10/2569")).status != 0, "one day past the year's margin")
        let confirmed = try sujarit.succeed(add(fy: "2568", due: "2099-01-01", confirm: true))
        #expect(confirmed.stdout.contains("due 1 ม.ค. 2642"))
    }

    @Test(
        """
        importing the FY2567 plan warns of the measures due 31 Dec 2567 (FY2568), not of those due 30 Sep 2567 \
        (its last day)
        """
    )
    func importWarnsDueOutsideYear() throws {
        let sujarit = try prepared()
        let imported = try sujarit.succeed([
            "risk", "import", Self.root + "/Registers/examples/takbai/risks-plan-2567.yaml",
        ])
        let warned = imported.stderr.split(separator: "\n").filter {
            $0.contains("falls in FY2568, not the measure's FY2567")
        }
        #expect(
            warned.map { String($0.split(separator: ":")[1]).trimmingCharacters(in: .whitespaces) } == [
                "M-2567-001", "M-2567-005", "M-2567-006",
            ], "\(imported.stderr)")
        #expect(!imported.stderr.contains("M-2567-002"), "due 30 ก.ย. 2567, the year's last day")
    }

    @Test("6-month progress --as-of '31 มี.ค. 70' for FY2569 is refused; 31 มี.ค. 69 is taken")
    func progressDays() throws {
        let sujarit = try prepared()
        let planned = try sujarit.succeed(add(fy: "2569", due: "31/03/2569"))
        let id = try #require(
            planned.stdout.split(separator: " ").dropFirst().first.map {
                String($0).trimmingCharacters(in: CharacterSet(charactersIn: ",."))
            })
        let before = try sujarit.storeDump()
        let late = try sujarit.run([
            "risk", "measure", "progress", id, "--round", "6m", "--status", "done", "--as-of", "31 มี.ค. 70",
        ])
        #expect(late.status != 0)
        #expect(
            late.stderr.contains("outside the six-month round") && late.stderr.contains("Did you mean 31 มี.ค. 2569"),
            "\(late.stderr)")
        #expect(try sujarit.storeDump() == before)
        try sujarit.succeed([
            "risk", "measure", "progress", id, "--round", "6m", "--status", "done", "--as-of", "31 มี.ค. 69",
        ])
    }
}
