import Foundation
import Testing

/// Issue 19: a gift from a winner or bidder in the imported procurement data is judged under the No Gift
/// Policy though the officer did not pass --deals-with-agency.
@Suite("Gifts from parties with business found in the procurement data, through the built binary")
struct GiftBusinessEndToEndTests {
    /// The example agency with the example contract data imported.
    static func storeWithContracts() throws -> SujaritProcess {
        let sujarit = try DeclarationsEndToEndTests.agencyStore()
        try sujarit.succeed(["import", "contracts", ImportEndToEndTests.example("takbai-contracts-2568.csv")])
        return sujarit
    }

    static func log(from giver: String, occasion: String = "ปีใหม่ 2568") -> [String] {
        [
            "gift", "log", "--person", "kittipong", "--from", giver, "--occasion", occasion, "--on", "2 ม.ค. 68",
            "--what", "กระเช้าผลไม้", "--value", "2,500",
        ]
    }

    @Test(
        """
        gift log: 2,500 baht from the road's winner is ไม่ควรรับ with where it was found; the same from another \
        shop is allowed
        """
    )
    func logFindsWinner() throws {
        let sujarit = try Self.storeWithContracts()
        let winner = try sujarit.succeed(Self.log(from: "หจก. รุ่งเรืองการโยธา"))
        #expect(winner.stdout.contains("ไม่ควรรับ"))
        #expect(winner.stdout.contains("procurement: project 67119000333, winner"))
        #expect(winner.stdout.contains("Report it to the head of agency by 1 ก.พ. 2568"))
        let shop = try sujarit.succeed(Self.log(from: "ร้านสมใจการค้า"))
        #expect(shop.stdout.contains("allowed: within the limit"))
        #expect(!shop.stdout.contains("ไม่ควรรับ") && !shop.stdout.contains("procurement:"))
        let list = try sujarit.succeed([
            "gift", "list", "--verdict", "not-acceptable", "--format", "csv", "--as", "anan",
        ])
        #expect(list.stdout.split(separator: "\r\n").count == 2)
        #expect(list.stdout.contains("G-2568-001") && !list.stdout.contains("G-2568-002"))
    }

    @Test(
        """
        gift import records a winner found in the procurement data as dealing with the agency; without the data, \
        the same file does not
        """
    )
    func importFindsWinner() throws {
        let file = """
            gifts:
              - direction: received
                person: kittipong
                from: ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา
                tax_id: 0963550000121
                occasion: ปีใหม่ 2568
                date: 2 ม.ค. 68
                what: กระเช้าผลไม้
                value: 2,500
            """
        for withContracts in [true, false] {
            let sujarit = try withContracts ? Self.storeWithContracts() : DeclarationsEndToEndTests.agencyStore()
            let path = sujarit.folder.appendingPathComponent("gifts.yaml").path
            try file.write(toFile: path, atomically: true, encoding: .utf8)
            try sujarit.succeed(["gift", "import", path])
            let list = try sujarit.succeed([
                "gift", "list", "--verdict", "not-acceptable", "--format", "csv", "--as", "anan",
            ])
            #expect(list.stdout.contains("G-2568-001") == withContracts, "with contracts: \(withContracts)")
        }
    }
}
