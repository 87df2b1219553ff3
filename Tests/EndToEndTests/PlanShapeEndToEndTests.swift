import Foundation
import Testing

/// The anti-corruption plan (O36) in a local government's shape, through the real binary: measures with a
/// dimension (มิติ) and a budget per fiscal year, printed by dimension with the dimension's and the plan's
/// totals per year; measures without a dimension listed under "ยังไม่ระบุมิติ", never dropped.
@Suite("Plan shape end to end")
struct PlanShapeEndToEndTests {
    func prepared() throws -> SujaritProcess { try SujaritProcess.takBaiRiskRegister() }

    func add(_ title: String, _ extra: [String]) -> [String] {
        [
            "risk", "measure", "add", "--fy", "2569", "--title", title, "--owner", "สำนักปลัดเทศบาล", "--timeframe",
            "ตลอดปีงบประมาณ",
            "--issue-area", "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน",
        ] + extra
    }

    func planned(_ result: SujaritProcess.Result) -> String {
        String(result.stdout.split(separator: " ")[1]).trimmingCharacters(in: CharacterSet(charactersIn: ",."))
    }

    func report(_ sujarit: SujaritProcess, _ format: String, fy: String = "2569") throws -> String {
        let path = sujarit.folder.appendingPathComponent("plan-\(fy).\(format)").path
        try? FileManager.default.removeItem(atPath: path)
        try sujarit.succeed(["report", "plan", "--fy", fy, "--format", format, "--output", path])
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("a hand-computed plan: totals per dimension and year, the plan's total, an amendment, the unassigned section")
    func handComputedPlan() throws {
        let sujarit = try prepared()
        try sujarit.succeed(
            add("โครงการอบรมคุณธรรมจริยธรรม", ["--dimension", "1", "--budget", "2569:50,000", "--budget", "2570:60,000"]))
        try sujarit.succeed(add("กิจกรรมประกาศเจตจำนงสุจริต", ["--dimension", "มิติที่ 1", "--budget", "2569:12,345.50"]))
        let third = planned(
            try sujarit.succeed(add("โครงการเปิดช่องทางร้องเรียน", ["--dimension", "๓", "--budget", "2570:0"])))
        try sujarit.succeed(add("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ", []))

        // Near misses: the store is unchanged by each refusal.
        let before = try sujarit.storeDump()
        let negative = try sujarit.run(add("งบติดลบ", ["--dimension", "2", "--budget", "2569:-0.01"]))
        #expect(negative.status != 0)
        #expect(
            negative.stderr.contains("cannot be negative") && negative.stderr.contains("2569"), "\(negative.stderr)")
        let unknown = try sujarit.run(add("มิติผิด", ["--dimension", "5"]))
        #expect(unknown.status != 0)
        #expect(
            unknown.stderr.contains("'5'") && unknown.stderr.contains("2 การบริหารราชการเพื่อป้องกันการทุจริต"),
            "\(unknown.stderr)")
        let badAmend = try sujarit.run([
            "risk", "measure", "amend", "--measure", third, "--budget", "2570:-1", "--reason", "x",
        ])
        #expect(badAmend.status != 0)
        #expect(try sujarit.storeDump() == before)

        // 2569: 50,000 + 12,345.50 = 62,345.50; 2570: 60,000 (+ 0); dimension 1 in all: 122,345.50.
        let json = try report(sujarit, "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let dimensions = try #require(object["dimensions"] as? [[String: Any]])
        #expect(
            dimensions.map { $0["title"] as? String } == [
                "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต", "มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน", "ยังไม่ระบุมิติ",
            ])
        #expect(dimensions.map { $0["total"] as? String } == ["122345.50", "0.00", "0.00"])
        #expect(dimensions.map { $0["measure_count"] as? Int } == [2, 1, 1])
        #expect(
            (dimensions[0]["budgets"] as? [[String: Any]])?.map { $0["amount"] as? String } == ["62345.50", "60000.00"])
        #expect(object["total"] as? String == "122345.50")

        // The correction: the third measure gets 1,000 in 2570, so 2570 is 61,000.00 and the plan 123,345.50.
        let amended = try sujarit.succeed([
            "risk", "measure", "amend", "--measure", third, "--budget", "2570:1,000", "--reason", "ตามข้อบัญญัติงบประมาณ",
        ])
        #expect(amended.stdout.contains("Amended \(third)"))
        let md = try report(sujarit, "md")
        #expect(md.contains("| มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต | 2 | 62,345.50 | 60,000.00 | 122,345.50 |"), "\(md)")
        #expect(
            md.contains("| มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน | 1 | 0.00 | 1,000.00 | 1,000.00 |"), "\(md)")
        #expect(md.contains("| **รวมทั้งสิ้น** | | **62,345.50** | **61,000.00** | **123,345.50** |"), "\(md)")
        #expect(md.contains("## ยังไม่ระบุมิติ") && md.contains("มาตรการเผยแพร่ข้อมูลต่อสาธารณะ"))
        let order = ["## มิติที่ 1", "## มิติที่ 3", "## ยังไม่ระบุมิติ"].compactMap { md.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())

        let csv = try report(sujarit, "csv")
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first?.hasSuffix("budget_2569,budget_2570") == true, "\(csv)")
        #expect(
            lines.contains { $0.hasPrefix("มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต,") && $0.hasSuffix(",50000.00,60000.00") },
            "\(csv)")
        #expect(lines.contains { $0.hasPrefix("ยังไม่ระบุมิติ,") && $0.hasSuffix(",,") }, "\(csv)")
        let html = try report(sujarit, "html")
        #expect(html.contains("สรุปงบประมาณตามมิติ") && html.contains("123,345.50"))
    }

    @Test("measures planned without a dimension or budget (the example register) load and print under ยังไม่ระบุมิติ")
    func oldMeasuresPrint() throws {
        let sujarit = try prepared()
        let listed = try sujarit.succeed(["risk", "measure", "list", "--fy", "2568"])
        #expect(listed.stdout.contains("M-2568-001"))
        let md = try report(sujarit, "md", fy: "2568")
        #expect(md.contains("## ยังไม่ระบุมิติ"))
        #expect(!md.contains("สรุปงบประมาณตามมิติ"), "no budget table when no measure has a budget")
        let json = try report(sujarit, "json", fy: "2568")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups.flatMap { ($0["measures"] as? [Any]) ?? [] }.count >= 2)
        #expect((object["dimensions"] as? [[String: Any]])?.map { $0["title"] as? String } == ["ยังไม่ระบุมิติ"])
        #expect(object["total"] as? String == "0.00")
    }
}
