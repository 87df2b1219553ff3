import Foundation
import Sujarit
import Testing
@testable import Procurement

/// The examples in Imports/examples read exactly as Imports/examples/expected.json (written by
/// make_examples.py from the same data) says: the Python cp874 encoder and the reader's Windows-874 table agree.
@Suite("Example feeds")
struct ExampleCorpusTests {
    /// One entry of expected.json.
    struct Expected: Decodable, Sendable, CustomTestStringConvertible {
        struct Announcement: Decodable, Sendable {
            var line: Int
            var projectID: String
            var type: String
            var method: String?
            var title: String
            var reference: String
            var published: String
        }

        var file: String
        var encoding: String
        var declaredEncoding: String?
        var gzip: Bool
        var countByDay: Int
        var itemsRead: Int
        var kept: Int
        var withoutID: Int
        var truncatedPage: Bool
        var announcements: [Announcement]

        var testDescription: String { file }
    }

    static let expected: [Expected] = {
        let url = Corpus.root.appendingPathComponent("Imports/examples/expected.json")
        let data = try! Data(contentsOf: url)
        return try! JSONDecoder().decode([Expected].self, from: data)
    }()

    @Test("summary matches", arguments: expected)
    func summary(_ expected: Expected) throws {
        let (_, summary) = try EGPFeedReader(path: Corpus.example(expected.file)).readAll()
        #expect(summary.encoding.rawValue == expected.encoding)
        #expect(summary.declaredEncoding == expected.declaredEncoding)
        #expect(summary.isGzipCompressed == expected.gzip)
        #expect(summary.channel.countByDay == expected.countByDay)
        #expect(summary.channel.title == "ประกาศจัดซื้อจัดจ้างภาครัฐ")
        #expect(summary.channel.language == "th-TH")
        #expect(summary.itemsRead == expected.itemsRead)
        #expect(summary.kept == expected.kept)
        #expect(summary.withoutID == expected.withoutID)
        #expect(summary.unrecognizedID == 0)
        #expect(summary.isTruncatedPage == expected.truncatedPage)
        #expect(summary.warnings.contains { $0.kind == .truncatedPage } == expected.truncatedPage)
        #expect(summary.warnings.filter { $0.kind == .itemWithoutID }.count == expected.withoutID)
    }

    @Test("announcements match field by field", arguments: expected)
    func announcements(_ expected: Expected) throws {
        let (announcements, _) = try EGPFeedReader(path: Corpus.example(expected.file)).readAll()
        try #require(announcements.count == expected.announcements.count)
        for (actual, wanted) in zip(announcements, expected.announcements) {
            #expect(actual.line == wanted.line)
            #expect(actual.projectID.rawValue == wanted.projectID)
            #expect(actual.type.code == wanted.type)
            #expect(actual.method?.key == wanted.method)
            #expect(actual.title == wanted.title)
            #expect(actual.link?.reference?.canonical == wanted.reference)
            #expect(actual.published.formatted(.iso) == wanted.published)
            #expect(actual.fiscalYear == FiscalYear(be: 2568))
        }
    }

    @Test func everyAnnouncementTypeAndReferenceKindAppears() throws {
        var types = Set<AnnouncementType>()
        var kinds = Set<String>()
        for expected in Self.expected {
            let (announcements, _) = try EGPFeedReader(path: Corpus.example(expected.file)).readAll()
            types.formUnion(announcements.map(\.type))
            kinds.formUnion(
                announcements.compactMap { $0.link?.reference?.canonical.split(separator: ":").first.map(String.init) })
        }
        #expect(types == Set(AnnouncementType.allCases))
        #expect(kinds == ["template", "file", "legacy"])
    }

    @Test func fingerprintsAreUniqueAcrossTheCorpus() throws {
        var seen: [String: String] = [:]
        for expected in Self.expected {
            let (announcements, _) = try EGPFeedReader(path: Corpus.example(expected.file)).readAll()
            for announcement in announcements {
                let place = "\(expected.file):\(announcement.line)"
                #expect(
                    seen[announcement.fingerprint] == nil, "\(place) repeats \(seen[announcement.fingerprint] ?? "")")
                seen[announcement.fingerprint] = place
            }
        }
        #expect(seen.count == Self.expected.map(\.kept).reduce(0, +))
    }

    @Test func thaiDigitsAndSpacingInTitles() throws {
        let (announcements, _) = try EGPFeedReader(path: Corpus.example("takbai-6960501-2024-11-26.xml")).readAll()
        let road = try #require(
            announcements.first { $0.type == .invitation && $0.projectID.rawValue == "67119000333" })
        #expect(road.title.contains("ขนาดกว้าง ๕.๐๐ เมตร ยาว ๓๒๐ เมตร หนา ๐.๑๕ เมตร"))
        // The file writes this title with double spaces and a CRLF line break inside it.
        let office = try #require(announcements.last)
        #expect(office.title == "ประกาศผู้ชนะการเสนอราคา ซื้อวัสดุสำนักงาน (กองคลัง) จำนวน ๑๕ รายการ โดยวิธีเฉพาะเจาะจง")
        #expect(office.method == .specific)
    }

    @Test func planItemsHaveNoMethodAndPlanIDs() throws {
        let (announcements, summary) = try EGPFeedReader(
            path: Corpus.example("takbai-6960501-2024-10-08-plan.xml")
        ).readAll()
        #expect(announcements.allSatisfy { $0.type == .plan && $0.method == nil && $0.projectID.kind == .plan })
        #expect(announcements.map(\.projectID.beYear) == [2568, 2568, 2568, 2568])
        #expect(summary.withoutID == 1)
        #expect(summary.warnings.contains { $0.kind == .itemWithoutID && $0.line == 39 })
    }

    @Test func amendmentWithoutTitleIsKept() throws {
        let (announcements, _) = try EGPFeedReader(
            path: Corpus.example("takbai-6960501-2025-01-14-utf8.xml")
        ).readAll()
        let amendment = try #require(announcements.first { $0.type == .invitationAmended })
        #expect(amendment.title.isEmpty)
        #expect(amendment.fingerprint.hasPrefix("egp1|67119000332|D2|2025-01-14|template:"))
    }

    @Test func gzipIsStreamedThroughLibxml2() throws {
        let (announcements, summary) = try EGPFeedReader(
            path: Corpus.example("takbai-6960501-2025-03-20.xml.gz")
        ).readAll()
        #expect(summary.isGzipCompressed)
        #expect(summary.encoding == .windows874Declared)
        #expect(
            announcements.map(\.type) == [
                .invitationCancelled, .awardCancelled, .awardAmended, .invitation, .invitation,
            ])
        #expect(announcements[3].method == .designOrSupervision(.selection))
        #expect(announcements[4].method == .priceInquiry)
    }

    @Test func bodyErrorsPropagateAndStopReading() throws {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            _ = try EGPFeedReader(path: Corpus.example("takbai-6960501-2025-09-25-page1.xml")).forEachItem { _ in
                seen += 1
                if seen == 3 { throw Stop() }
            }
        }
        #expect(seen == 3)
    }

    @Test func summaryDescriptionNamesFileAndWarnings() throws {
        let path = Corpus.example("takbai-6960501-2025-09-25-page1.xml")
        let (_, summary) = try EGPFeedReader(path: path).readAll()
        #expect(summary.description.contains("\(path): 20 items, 20 kept"))
        #expect(summary.description.contains("countbyday says 27"))
    }
}
