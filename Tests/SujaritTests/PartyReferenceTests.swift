import Sujarit
import Testing

@Suite("PartyReference: telling whether two mentions name the same party")
struct PartyReferenceTests {
    @Test(
        "Legal-form words, titles, spaces, case and Thai digits do not matter",
        arguments: [
            ("บริษัท ก่อสร้างรุ่งเรือง จำกัด (มหาชน)", "ก่อสร้างรุ่งเรือง"),
            ("บมจ.ก่อสร้างรุ่งเรือง", "ก่อสร้างรุ่งเรือง"),
            ("ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", "รุ่งเรืองการโยธา"),
            ("หจก. รุ่งเรือง การโยธา", "รุ่งเรืองการโยธา"),
            ("บริษัท นราคอมพิวเตอร์ จํากัด", "นราคอมพิวเตอร์"),
            ("Narathiwat Computer Co., Ltd.", "narathiwatcomputer"),
            ("นายสมชาย  ใจดี", "สมชายใจดี"),
            ("นางสาวอารีย์ บุญมา", "อารีย์บุญมา"),
            ("หจก. นางรองวัสดุ", "นางรองวัสดุ"),
            ("ร้าน ๙๙ การค้า", "ร้าน99การค้า"),
            ("บริษัท จำกัด", ""),
        ])
    func normalize(name: String, expected: String) {
        #expect(PartyReference.normalize(name) == expected)
    }

    @Test("Tax ids decide when both sides have one; otherwise the normalised names")
    func matches() throws {
        let a = try TaxID(validating: "0963550000121"), b = try TaxID(validating: "0965560001238")
        let firm = PartyReference(name: "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", taxID: a)
        #expect(firm.matches(PartyReference(name: "อีกชื่อหนึ่ง", taxID: a)))
        #expect(!firm.matches(PartyReference(name: "ห้างหุ้นส่วนจำกัด รุ่งเรืองการโยธา", taxID: b)))
        #expect(firm.matches(PartyReference(name: "หจก.รุ่งเรืองการโยธา")))
        #expect(!firm.matches(PartyReference(name: "หจก.รุ่งเรืองการช่าง")))
        #expect(!PartyReference(name: "บริษัท จำกัด").matches(PartyReference(name: "บจก.")))
        #expect(firm.looksLikeFirm)
        #expect(PartyReference(name: "บริษัท ตัวอย่าง จำกัด").looksLikeFirm)
        #expect(!PartyReference(name: "นายสมชาย ใจดี").looksLikeFirm)
    }
}
