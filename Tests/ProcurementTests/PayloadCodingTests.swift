import EventStore
import Foundation
import Sujarit
import Testing
@testable import Procurement

/// The hand-written payload coding of `AnnouncementPublished` gives exactly what `EventCoding` gives, so
/// hashes and stored bytes do not depend on which path wrote or reads an event.
@Suite("Announcement payload coding")
struct PayloadCodingTests {
    static func event(
        title: String, link: String? = "https://x/view-pdf-file?templateId=d09c45dd-65c7-4f4b-802a-ef40dcb123e1",
        method: ProcurementMethod? = .specific, description: String? = nil
    ) -> AnnouncementPublished {
        var event = AnnouncementPublished(
            EGPAnnouncement(
                projectID: EGPProjectID("67119000333")!, method: method, type: .winner, title: title,
                link: link.map(EGPLink.init(url:)), published: try! CalendarDate.parse("2025-01-14"),
                sourceDescription: "", line: 12),
            departmentID: "6960501")
        event.sourceDescription = description
        return event
    }

    static let titles = [
        "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน จำนวน ๑๕ รายการ", "", "quote \" backslash \\ slash / done",
        "controls \u{0} \u{1} \u{8} \u{9} \u{A} \u{C} \u{D} \u{1F} \u{7F} end", "emoji 🇹🇭 and U+2028 \u{2028} and é",
    ]

    @Test("the same bytes as EventCoding", arguments: titles)
    func sameBytes(_ title: String) throws {
        for event in [
            Self.event(title: title), Self.event(title: title, link: nil, method: nil),
            Self.event(title: title, method: .consulting(.specific), description: "67119000333 , " + title),
            Self.event(title: title, link: "https://x/?a=\"b\"&c=\\"),
        ] {
            #expect(event.encodedPayload() == (try EventCoding.encode(event)))
        }
    }

    @Test("decoded directly and through JSONDecoder alike", arguments: titles)
    func roundTrip(_ title: String) throws {
        let event = Self.event(title: title, method: .other("วิธีใหม่ \"ทดลอง\""), description: "x, y, z")
        let payload = event.encodedPayload()
        #expect(AnnouncementPublished.fastDecode(payload) == event)
        #expect(try EventCoding.decode(AnnouncementPublished.self, from: payload) == event)
        #expect(try AnnouncementPublished.decode(payload: payload, schemaVersion: 1) == event)
    }

    @Test func payloadsWrittenOtherwiseStillDecode() throws {
        // Pretty-printed, keys in another order, escaped slashes and \u escapes: not the fast path's
        // shape everywhere, but the same event.
        let text = """
            { "type" : "W0", "title": "\\u0e0b\\u0e37\\u0e49\\u0e2d \\/ x", "sourceLine": 12, "published": "2025-01-14",
              "projectID": "67119000333", "departmentID": "6960501", "method": null }
            """
        let event = try AnnouncementPublished.decode(payload: Data(text.utf8), schemaVersion: 1)
        #expect(event.title == "ซื้อ / x" && event.method == nil && event.link == nil && event.type == .winner)
        // A field the fast path does not know falls back to JSONDecoder, which ignores it as before.
        let extra = try AnnouncementPublished.decode(
            payload: Data(
                #"{"departmentID":"6960501","future":[1],"projectID":"67119000333","published":"2025-01-14","sourceLine":1,"title":"","type":"D2"}"#
                    .utf8), schemaVersion: 1)
        #expect(extra.type == .invitationAmended)
        #expect(throws: EventStoreError.self) {
            try AnnouncementPublished.decode(payload: Data("{}".utf8), schemaVersion: 2)
        }
        #expect(throws: (any Error).self) {
            try AnnouncementPublished.decode(payload: Data(#"{"type":"ZZ"}"#.utf8), schemaVersion: 1)
        }
    }

    @Test func theUsualDescriptionIsNotRepeatedInThePayload() throws {
        let (announcements, _) = try EGPFeedReader(path: Corpus.example("takbai-6960501-2024-11-26.xml")).readAll()
        for announcement in announcements {
            let event = AnnouncementPublished(announcement, departmentID: "6960501")
            #expect(event.sourceDescription == nil)
            #expect(event.announcement == announcement)
        }
        var odd = announcements[0]
        odd.sourceDescription = "67119000333,ประกวดราคาอิเล็กทรอนิกส์ (e-bidding),ร่างเอกสารประกวดราคา (e-Bidding)"
        let event = AnnouncementPublished(odd, departmentID: "6960501")
        #expect(event.sourceDescription == odd.sourceDescription)
        #expect(event.announcement.fingerprint == odd.fingerprint)
    }

    @Test("a batch event: the same bytes as EventCoding, decoded directly and through JSONDecoder alike")
    func batchEvent() throws {
        let entries = Self.titles.enumerated().flatMap { index, title in
            [
                Self.event(title: title), Self.event(title: title, link: nil, method: nil, description: "x, " + title),
                Self.event(title: title, method: .other("วิธีใหม่ \"ทดลอง\"")),
            ].map { event in
                var entry = AnnouncementsPublished.Entry(event.announcement)
                entry.sourceLine = index
                entry.sourceDescription = event.sourceDescription
                return entry
            }
        }
        for event in [
            AnnouncementsPublished(departmentID: "6960501", announcements: entries),
            AnnouncementsPublished(departmentID: "0304", announcements: Array(entries.prefix(1))),
        ] {
            let payload = event.encodedPayload()
            #expect(payload == (try EventCoding.encode(event)))
            #expect(AnnouncementsPublished.fastDecode(payload) == event)
            #expect(try EventCoding.decode(AnnouncementsPublished.self, from: payload) == event)
            #expect(try AnnouncementsPublished.decode(payload: payload, schemaVersion: 2) == event)
            // Every link comes back byte for byte from its compact form.
            for entry in event.announcements {
                #expect(
                    entry.link.map {
                        AnnouncementsPublished.Entry.expandLink(AnnouncementsPublished.Entry.compactLink($0))
                    } == entry.link)
            }
        }
        // The compact form: usual prefixes abbreviated, a link starting with "~" escaped, others as given.
        let template = "https://process5.gprocurement.go.th/egp-template-service/dwnt/view-pdf-file?templateId=ab-12"
        #expect(AnnouncementsPublished.Entry.compactLink(template) == "~tab-12")
        for link in [
            template, "~tab", "~~", "~", "https://example.org/x",
            "http://process3.gprocurement.go.th/egp2procmainWeb/jsp/procsearch.sch?pid=1&x=2", "",
        ] {
            #expect(AnnouncementsPublished.Entry.expandLink(AnnouncementsPublished.Entry.compactLink(link)) == link)
        }
        // The batch writer's byte path writes exactly what compactLink gives, escapes and odd links included.
        for link in [
            template, template + "\"q\\", "~tab", "~", "", "https://example.org/x", String(template.dropLast(6)),
            template.replacingOccurrences(of: "ab-12", with: "ก\u{301}"), "ก" + template, template + "\u{301}",
        ] {
            var direct = FlatJSON.Writer(), general = FlatJSON.Writer()
            AnnouncementsPublished.Entry.writeLink(link, into: &direct)
            general.add("l", AnnouncementsPublished.Entry.compactLink(link))
            #expect(direct.bytes == general.bytes, "\(link)")
        }
        // A schema 1 payload (full keys, links as given) still decodes, fast and through JSONDecoder.
        let schemaOne =
            #"{"announcements":[{"link":"~tx","method":"e-bidding","projectID":"67119000333","published":"2025-01-14","sourceLine":3,"title":"t","type":"W0"}],"departmentID":"6960501"}"#
        for decoded in [
            AnnouncementsPublished.fastDecode(Data(schemaOne.utf8)),
            try EventCoding.decode(AnnouncementsPublished.self, from: Data(schemaOne.utf8)),
        ] {
            #expect(decoded?.announcements.first?.link == "~tx" && decoded?.announcements.first?.sourceLine == 3)
        }
        // Written otherwise (spaces, keys in another order): the same event through JSONDecoder.
        let text = """
            { "departmentID" : "6960501", "announcements" : [ { "type": "W0", "title": "x", "sourceLine": 3,
              "published": "2025-01-14", "projectID": "67119000333" } ] }
            """
        let decoded = try AnnouncementsPublished.decode(payload: Data(text.utf8), schemaVersion: 2)
        #expect(decoded.announcements.map(\.type) == [.winner] && decoded.departmentID == "6960501")
        #expect(throws: EventStoreError.self) {
            try AnnouncementsPublished.decode(payload: Data("{}".utf8), schemaVersion: 3)
        }
        #expect(throws: (any Error).self) {
            try AnnouncementsPublished.decode(
                payload: Data(#"{"announcements":[{"type":"ZZ"}],"departmentID":"1"}"#.utf8), schemaVersion: 1)
        }
    }
}
