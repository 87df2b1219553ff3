import Foundation
import Sujarit
import Testing
@testable import Procurement

/// The rules for reading an item's fields, on plain strings.
@Suite("Field recognition")
struct FieldRecognitionTests {
    // MARK: Description

    @Test func descriptionSplitsOnTheFirstTwoCommasOnly() throws {
        let parts = try #require(
            RawItem.splitDescription("67119000333, ประกวดราคาอิเล็กทรอนิกส์ (e-bidding), ประกาศเชิญชวน, ฉบับที่ 2"))
        #expect(parts.id == "67119000333")
        #expect(parts.method == "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)")
        #expect(parts.type == "ประกาศเชิญชวน, ฉบับที่ 2")
        #expect(RawItem.splitDescription("67119000333, เฉพาะเจาะจง") == nil)
    }

    @Test func descriptionRecognisedOnBytesAgreesWithTheStrings() {
        let texts = [
            "67119000333, ประกวดราคาอิเล็กทรอนิกส์ (e-bidding), ประกาศเชิญชวน, ฉบับที่ 2",
            "P68000000001, ' ', แผนการจัดซื้อจัดจ้าง", "67119000333,เฉพาะเจาะจง,ประกาศเชิญชวน", " , , ",
            "67119000333, เฉพาะเจาะจง, ไม่มีประเภทนี้", "67119000333, เฉพาะเจาะจง", ",,", "a, b, ",
        ]
        let recognizer = FieldRecognizer()
        for text in texts.map(FeedText.collapsingWhitespace) {
            let split = RawItem.splitDescription(text)
            let bytes = RawItem.recognizeDescription(text, recognizer: recognizer)
            #expect((split == nil) == (bytes == nil), "\(text)")
            guard let split, let bytes else { continue }
            #expect(bytes.id == FeedText.trimmed(split.id))
            #expect(bytes.method == ProcurementMethod.recognize(split.method))
            #expect(bytes.type == AnnouncementType(thaiName: split.type))
        }
    }

    @Test func pubDateFastPathAgreesWithTheGeneralReading() throws {
        let failure = { (problem: EGPFeedError.Problem) in EGPFeedError(file: "f", problem: problem) }
        #expect(try RawItem.parsePubDate("2024-02-29", failure: failure) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(try RawItem.parsePubDate("๒๐๒๔-๑๐-๐๑", failure: failure) == CalendarDate(year: 2024, month: 10, day: 1))
        for bad in ["2023-02-29", "2567-10-01", "2024-13-01", "2024-1-011", "2024/10/01", "0000-01-01"] {
            #expect(throws: EGPFeedError.self) { try RawItem.parsePubDate(bad, failure: failure) }
        }
    }

    /// Interprets an item made of `fields`.
    func interpret(_ fields: [String: String]) throws(EGPFeedError) -> (RawItem.Outcome, [EGPFeedWarning]) {
        var raw = RawItem(line: 10)
        for (offset, (name, text)) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
            raw[field: name] = .init(text: text, line: 11 + offset)
        }
        var warnings: [EGPFeedWarning] = []
        let outcome = try raw.interpret(file: "f.xml") { warnings.append($0) }
        return (outcome, warnings)
    }

    @Test func aCommaInsideTheTypeMakesItUnknownNotSplit() {
        #expect(throws: EGPFeedError.self) {
            _ = try interpret([
                "description": "67119000333, เฉพาะเจาะจง, ประกาศเชิญชวน, ฉบับที่ 2", "pubDate": "2024-11-26",
            ])
        }
    }

    @Test func itemsWithoutOrWithBadIDsAreCountedNotReturned() throws {
        let (none, noneWarnings) = try interpret(["description": ", เฉพาะเจาะจง, ประกาศเชิญชวน"])
        guard case .withoutID = none else { Issue.record("expected withoutID"); return }
        #expect(noneWarnings.map(\.kind) == [.itemWithoutID])
        #expect(noneWarnings.first?.line == 10)

        let (empty, _) = try interpret(["title": "x"])
        guard case .withoutID = empty else { Issue.record("expected withoutID"); return }

        let (bad, badWarnings) = try interpret(["description": "6711900, เฉพาะเจาะจง, ประกาศเชิญชวน"])
        guard case .unrecognizedID("6711900") = bad else { Issue.record("expected unrecognizedID"); return }
        #expect(badWarnings.map(\.kind) == [.unrecognizedProjectID])
    }

    @Test func theTypeIsCheckedEvenWhenTheIDIsMissing() {
        #expect(
            throws: EGPFeedError(
                file: "f.xml", line: 11, field: "description", problem: .unknownAnnouncementType(name: "อื่น ๆ"))
        ) {
            _ = try interpret(["description": ", เฉพาะเจาะจง, อื่น ๆ"])
        }
    }

    @Test func aMissingPubDateIsAnErrorNamingTheItemLine() {
        #expect(throws: EGPFeedError(file: "f.xml", line: 10, field: "pubDate", problem: .missingField)) {
            _ = try interpret(["description": "67119000333, เฉพาะเจาะจง, ประกาศเชิญชวน"])
        }
    }

    @Test func aLinkWithoutAReferenceWarns() throws {
        let (outcome, warnings) = try interpret([
            "description": "67119000333, เฉพาะเจาะจง, ประกาศเชิญชวน", "pubDate": "2024-11-26",
            "link": "https://example.invalid/page",
        ])
        guard case let .announcement(announcement) = outcome else { Issue.record("expected announcement"); return }
        #expect(warnings.map(\.kind) == [.linkWithoutReference])
        #expect(announcement.fingerprint == "egp1|67119000333|D0|2024-11-26|url:https://example.invalid/page")
    }

    // MARK: Dates

    @Test(arguments: [
        ("2024-11-26", "2024-11-26"), (" ๒๐๒๔-๑๑-๒๖ ", "2024-11-26"), ("2024-02-29", "2024-02-29"),
    ])
    func pubDates(_ text: String, _ iso: String) throws {
        let date = try RawItem.parsePubDate(text) { EGPFeedError(file: "f", problem: $0) }
        #expect(date.formatted(.iso) == iso)
    }

    @Test(arguments: [
        ("2567-11-26", "Buddhist-era"), ("26/11/2567", "YYYY-MM-DD"), ("2024-13-01", "no month 13"),
        ("2025-02-29", "28 days"), ("2024-11-26T10:00:00", "YYYY-MM-DD"), ("", "YYYY-MM-DD"),
    ])
    func badPubDates(_ text: String, _ reason: String) {
        do {
            _ = try RawItem.parsePubDate(text) { EGPFeedError(file: "f", problem: $0) }
            Issue.record("'\(text)' was accepted")
        } catch {
            guard case let .invalidDate(_, actual) = error.problem else { Issue.record("\(error)"); return }
            #expect(actual.contains(reason))
        }
    }

    // MARK: Types and methods

    @Test func everyTypeIsRecognisedByItsThaiName() {
        for type in AnnouncementType.allCases {
            #expect(AnnouncementType(thaiName: type.thaiName) == type)
        }
        #expect(
            AnnouncementType(thaiName: "ร่างเอกสารประกวดราคา ( e-bidding )  และร่างเอกสารซื้อหรือจ้างด้วยวิธีสอบราคา")
                == .draftDocuments)
        #expect(AnnouncementType(thaiName: "ประกาศผู้ได้รับการคัดเลือก") == .winner)
        #expect(AnnouncementType(thaiName: "ยกเลิกประกาศรายชื่อผู้ชนะการเสนอราคา") == .awardCancelled)
        // Whole-name comparison: a name that merely contains another is not that type.
        #expect(AnnouncementType(thaiName: "ประกาศเชิญชวนใหม่") == nil)
        #expect(AnnouncementType(rawValue: "15") == .referencePrice)
        #expect(AnnouncementType.invitation.label.en == "Invitation to bid")
    }

    @Test(arguments: [
        ("ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "e-bidding"), ("e-Bidding", "e-bidding"),
        ("ตลาดอิเล็กทรอนิกส์ (e-market)", "e-market"), ("วิธีเฉพาะเจาะจง", "specific"),
        ("คัดเลือก", "selection"), ("สอบราคา", "price-inquiry"),
        ("จ้างที่ปรึกษาโดยวิธีประกาศเชิญชวนทั่วไป", "consulting/open-invitation"),
        ("จ้างที่ปรึกษาโดยวิธีคัดเลือก", "consulting/selection"),
        ("จ้างที่ปรึกษาโดยวิธีเฉพาะเจาะจง", "consulting/specific"),
        ("จ้างออกแบบโดยวิธีคัดเลือก", "design/selection"),
        ("จ้างควบคุมงานก่อสร้างโดยวิธีเฉพาะเจาะจง", "design/specific"),
        ("จ้างออกแบบโดยวิธีประกวดแบบ", "design/design-contest"),
        ("วิธีพิเศษ", "other:วิธีพิเศษ"),
    ])
    func methods(_ text: String, _ key: String) throws {
        let method = try #require(ProcurementMethod.recognize(text))
        #expect(method.key == key)
        #expect(ProcurementMethod(key: key) == method)
    }

    @Test func blankMethodsAreNil() {
        #expect(ProcurementMethod.recognize("' '") == nil)
        #expect(ProcurementMethod.recognize("  ") == nil)
        #expect(ProcurementMethod.recognize("\"\"") == nil)
    }

    // MARK: Ids and links

    @Test func projectIDs() throws {
        let project = try #require(EGPProjectID(" ๖๗๑๑๙๐๐๐๓๓๒ "))
        #expect(project.rawValue == "67119000332")
        #expect(project.kind == .project)
        #expect(project.beYear == 2567)
        let plan = try #require(EGPProjectID("p69100030274"))
        #expect(plan.rawValue == "P69100030274")
        #expect(plan.kind == .plan)
        #expect(plan.beYear == 2569)
        #expect(EGPProjectID("M68100015023")?.kind == .plan)
        for bad in ["", "6711900033", "671190003321", "X69100030274", "P6910003027", "67119-00332"] {
            #expect(EGPProjectID(bad) == nil, "\(bad)")
        }
    }

    @Test func documentReferences() {
        let template =
            "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=D09C45DD-65C7-4F4B-802A-EF40DCB123E1"
        #expect(EGPDocumentReference(url: template) == .template("d09c45dd-65c7-4f4b-802a-ef40dcb123e1"))
        let file =
            "https://process5.gprocurement.go.th/egp-upload-service/v1/downloadFileTest?fileId=3B1B321135085427B54A51E17AA094CC"
        #expect(EGPDocumentReference(url: file) == .file("3b1b321135085427b54a51e17aa094cc"))
        let legacy =
            "http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?pid=1&amp;projectId=67119000341&amp;templateType=W2&amp;temp_Announ=A"
        #expect(
            EGPDocumentReference(url: legacy)
                == .legacyProject(projectID: "67119000341", templateType: "W2", announcement: "A"))
        #expect(EGPDocumentReference(url: legacy)?.canonical == "legacy:67119000341:W2:A")
        #expect(EGPDocumentReference(url: "https://x/view-pdf-file?templateId=d09c45dd-65c7") == nil)
        #expect(EGPDocumentReference(url: "https://x/downloadFileTest?fileId=3b1b32") == nil)
        #expect(EGPDocumentReference(url: "https://x/other?projectId=67119000341") == nil)
        // The usual shapes, lowercase already (read without splitting the query), and their near misses,
        // which the general reading decides.
        let usualTemplate =
            "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=d09c45dd-65c7-4f4b-802a-ef40dcb123e1"
        let usualFile =
            "https://process5.gprocurement.go.th/egp-upload-service/v1/downloadFileTest?fileId=3b1b321135085427b54a51e17aa094cc"
        #expect(EGPDocumentReference(url: usualTemplate) == .template("d09c45dd-65c7-4f4b-802a-ef40dcb123e1"))
        #expect(EGPDocumentReference(url: usualFile) == .file("3b1b321135085427b54a51e17aa094cc"))
        #expect(EGPDocumentReference(url: usualTemplate + "&x=1") == .template("d09c45dd-65c7-4f4b-802a-ef40dcb123e1"))
        #expect(EGPDocumentReference(url: usualFile + "#p2") == .file("3b1b321135085427b54a51e17aa094cc"))
        #expect(EGPDocumentReference(url: String(usualTemplate.dropLast()) + "g") == nil)
        #expect(EGPDocumentReference(url: String(usualFile.dropLast()) + "z") == nil)
        #expect(
            EGPDocumentReference(url: String(usualFile.dropLast()) + "F") == .file("3b1b321135085427b54a51e17aa094cf"))
    }

    // MARK: Titles and identity

    @Test func titlesKeepThaiDigitsAndCollapseWhitespace() {
        #expect(FeedText.collapsingWhitespace("  ถนน\u{00A0}\u{00A0}คสล.\r\n\tหมู่ที่ ๓  ") == "ถนน คสล. หมู่ที่ ๓")
    }

    func announcement(_ reference: String?, title: String = "t") -> EGPAnnouncement {
        EGPAnnouncement(
            projectID: EGPProjectID("67119000332")!, method: .eBidding, type: .invitation, title: title,
            link: reference.map { EGPLink(url: $0) }, published: try! CalendarDate(year: 2024, month: 11, day: 26),
            sourceDescription: "67119000332, ประกวดราคาอิเล็กทรอนิกส์ (e-bidding), ประกาศเชิญชวน", line: 12)
    }

    @Test func fingerprintsIgnoreHostAndLineButNotTheDocument() {
        let a = announcement(
            "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=d09c45dd-65c7-4f4b-802a-ef40dcb123e1"
        )
        var b = announcement(
            "https://process3.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=D09C45DD-65C7-4F4B-802A-EF40DCB123E1"
        )
        b.line = 400
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.fingerprint == "egp1|67119000332|D0|2024-11-26|template:d09c45dd-65c7-4f4b-802a-ef40dcb123e1")
        let other = announcement(
            "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=d09c45dd-65c7-4f4b-802a-ef40dcb123e2"
        )
        #expect(a.fingerprint != other.fingerprint)
        #expect(announcement(nil, title: "ถนน").fingerprint == "egp1|67119000332|D0|2024-11-26|title:ถนน")
    }

    @Test func fingerprintIsTheSameFromWindows874AndUTF8Copies() throws {
        let (fromWindows874, _) = try EGPFeedReader(path: Corpus.bad("no-declaration-cp874.xml")).readAll()
        let (fromUTF8, _) = try EGPFeedReader(path: Corpus.bad("utf8-misdeclared.xml")).readAll()
        #expect(fromWindows874.map(\.fingerprint) == fromUTF8.map(\.fingerprint))
        #expect(fromWindows874.map(\.title) == fromUTF8.map(\.title))
    }

    @Test func announcementsRoundTripThroughJSON() throws {
        let original = announcement("https://x/view-pdf-file?templateId=d09c45dd-65c7-4f4b-802a-ef40dcb123e1")
        let data = try JSONEncoder().encode(original)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"projectID\":\"67119000332\""))
        #expect(json.contains("\"method\":\"e-bidding\""))
        #expect(json.contains("\"type\":\"D0\""))
        #expect(json.contains("\"published\":\"2024-11-26\""))
        #expect(try JSONDecoder().decode(EGPAnnouncement.self, from: data) == original)

        var other = original
        other.method = .other("วิธีพิเศษ")
        #expect(try JSONDecoder().decode(EGPAnnouncement.self, from: JSONEncoder().encode(other)) == other)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(EGPProjectID.self, from: Data("\"123\"".utf8))
        }
    }
}
