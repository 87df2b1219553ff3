import Sujarit
import Testing

@testable import Presentation

@Suite("Progress bar")
struct ProgressBarTests {
    @Test("An import shows megabytes and items, with thousands separators")
    func transfer() {
        #expect(
            ProgressBar.transfer(bytes: 12_345_678, of: 106_000_000, items: 45_120) == "12.3 / 106.0 MB · 45,120 รายการ"
        )
        #expect(ProgressBar.transfer(bytes: 1_250_500_000, of: nil, items: nil) == "1,250.5 MB")
        #expect(ProgressBar.megabytes(0) == "0.0")
        #expect(ProgressBar.megabytes(49_999) == "0.0")
        #expect(ProgressBar.megabytes(50_000) == "0.1")
    }

    @Test("The line has a bar and percentage when the total is known, and never reaches the terminal's edge")
    func line() {
        let line = ProgressBar.line(
            label: "feed.xml", done: 53, total: 106, amount: ProgressBar.transfer(bytes: 53, of: 106, items: 7),
            width: 80)
        #expect(line.hasPrefix("feed.xml ███████████████░░░░░░░░░░░░░░░ 50% "))
        let long = ProgressBar.line(
            label: String(repeating: "ประกาศจัดซื้อจัดจ้าง", count: 10), done: 1, total: 2, amount: "1 / 2", width: 60)
        #expect(long.displayWidth <= 59 && long.hasSuffix("50% 1 / 2") && long.contains("…"))
        let unknown = ProgressBar.line(label: "feed.xml.gz", done: 5, total: nil, amount: "0.0 MB", width: 80)
        #expect(unknown == "feed.xml.gz 0.0 MB")
        #expect(ProgressBar.count(2_740) == "2,740")
    }
}
