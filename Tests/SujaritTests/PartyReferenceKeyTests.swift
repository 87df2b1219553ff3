import Testing

@testable import Sujarit

@Suite("PartyReference: the scalar path of normalize gives the character rule's key")
struct PartyReferenceKeyTests {
    /// Names built from every legal-form word and title, Thai and Latin text, Thai digits, SARA AM written
    /// decomposed, odd spacing, marks right after a word, and scripts the scalar path leaves to the rule.
    static var corpus: [String] {
        let prefixes =
            [""] + PartyReference.firmPrefixes + PartyReference.personalTitles
            + ["Mrs. ", "MR ", "Miss ", "บริษัท  ", " หจก."]
        let cores = [
            "รุ่งเรืองการโยธา", "ตากใบ วัสดุภัณฑ์", "นางรองวัสดุ", "ก่อสร้าง ๑๒๓", "Narathiwat Computer",
            "ABC-Trading (1999)", "สมชาย  ใจดี", "จํากัดดี", "ั่แปลก", "ร้าน ก.ไก่", "ซี.พี. ออลล์", "  ", "ฯพณฯ",
            "ไทย\tรุ่ง\nเรือง", "Café Thai", "ร้าน\u{00A0}ดี", "฿๏๚๛ ๆ", "ร้านค้าผู้ขายที่ 0",
        ]
        let suffixes =
            [""] + PartyReference.firmSuffixes.map { " " + $0 }
            + [" จํากัด", " CO.,LTD.", " Company Limited", " จำกัด จำกัด", "จำกัด", " PCL."]
        var names: [String] = []
        for prefix in prefixes {
            for core in cores {
                for suffix in suffixes { names.append(prefix + core + suffix) }
                names.append(prefix + " " + core)
                names.append(prefix + "ั" + core)
                names.append(prefix + "่" + core)
            }
        }
        return names
    }

    @Test("Every name of the corpus gets the same key either way, and most take the scalar path")
    func scalarPathMatchesCharacterRule() {
        var scalar = 0
        for name in Self.corpus {
            let key = PartyReference.scalarKey(name)
            if let key {
                scalar += 1
                #expect(key == PartyReference.characterKey(name), "\(name.debugDescription)")
            }
            #expect(PartyReference.normalize(name) == PartyReference.characterKey(name), "\(name.debugDescription)")
        }
        #expect(scalar > Self.corpus.count * 7 / 10)
    }

    @Test("Names outside ASCII and Thai are left to the character rule")
    func otherScriptsFallBack() {
        #expect(PartyReference.scalarKey("Café Thai") == nil)
        #expect(PartyReference.scalarKey("ร้าน\u{00A0}ดี") == nil)
        #expect(PartyReference.normalize("Café Thai") == "caféthai")
    }
}
