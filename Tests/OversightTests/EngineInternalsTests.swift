import Foundation
@testable import Oversight
import Procurement
import Sujarit
import Testing

@Suite("The engine's fast paths agree with the slow ones")
struct EngineInternalsTests {
    /// Names built from every legal-form word and title, Thai and Latin text, Thai digits, SARA AM written
    /// decomposed, odd spacing and punctuation — the corpus `NameKey` must normalise exactly as
    /// `PartyReference.normalize` does.
    static var corpus: [String] {
        let prefixes = [
            "", "ห้างหุ้นส่วนจำกัด", "ห้างหุ้นส่วนสามัญ", "ห้างหุ้นส่วน", "บริษัทมหาชนจำกัด", "บริษัท", "หจก.", "หจก", "บจก.", "บจก", "บมจ.",
            "บมจ", "หสน.",
            "นางสาว", "น.ส.", "นาง", "นาย", "Mrs. ", "MR ", "ms.", "Miss ",
        ]
        let cores = [
            "รุ่งเรืองการโยธา", "ตากใบ วัสดุภัณฑ์", "นางรองวัสดุ", "ก่อสร้าง ๑๒๓", "Narathiwat Computer", "ABC-Trading (1999)",
            "สมชาย  ใจดี",
            "จํากัดดี", "ั่แปลก", "ร้าน ก.ไก่", "ซี.พี. ออลล์", "  ", "ฯพณฯ", "ไทย\tรุ่ง\nเรือง", "Café Thai", "ร้าน\u{00A0}ดี",
        ]
        let suffixes = [
            "", " จำกัด", " จํากัด", " (มหาชน)", " มหาชน", " จำกัด (มหาชน)", " Co., Ltd.", " CO.,LTD.", " co., ltd",
            " Company Limited",
            " Public Company Limited", " Limited Partnership", " Ltd", " PCL.", " Inc.", " L.P.", " จก.", " จำกัด จำกัด",
        ]
        var names: [String] = []
        for prefix in prefixes {
            for core in cores {
                for suffix in suffixes { names.append(prefix + core + suffix) }
                names.append(prefix + " " + core)
                names.append(prefix + "ั" + core)
            }
        }
        return names
    }

    @Test("NameKey gives PartyReference.normalize's key for every name of the corpus")
    func nameKeyMatchesNormalize() {
        var fast = 0
        for name in Self.corpus {
            #expect(NameKey.normalize(name) == PartyReference.normalize(name), "\(name.debugDescription)")
            if NameKey.fast(name) != nil { fast += 1 }
        }
        // Most names take the fast path; the rest (a non-breaking space, é, a mark after a legal word) fall back.
        #expect(fast > Self.corpus.count * 8 / 10)
    }

    @Test("A candidate survives the spill file's binary form, every kind of evidence included")
    func candidateCoding() throws {
        var candidates = Build.flags([IntegrityTests.road()], inputs: IntegrityTests.inputs)
        candidates += Build.flags(
            .fastAward,
            (0..<22).map { index in
                Build.project(
                    index + 1, method: .eBidding,
                    timeline: [
                        (.invitation, "2024-11-01"),
                        (.winner, Build.day("2024-11-01").adding(days: index == 0 ? 5 : 30 + index).description),
                    ])
            })
        #expect(
            candidates.contains { !$0.evidence.gifts.isEmpty }
                && candidates.contains { !$0.evidence.declarations.isEmpty })
        #expect(candidates.contains { $0.evidence.cutOff?.statistics != nil })
        var pending = PendingCandidates()
        for candidate in candidates {
            var writer = CandidateWriter()
            writer.candidate(candidate)
            let decoded = writer.bytes.withUnsafeBytes { raw -> FlagCandidate in
                var reader = CandidateReader(raw)
                return reader.candidate()
            }
            #expect(decoded == candidate)
            pending.add(candidate, kind: .wins, value: 1)
        }
        var read: [FlagCandidate] = []
        pending.forEach { _, candidate in read.append(candidate) }
        #expect(read == candidates)
    }

    @Test("Past the memory limit, waiting candidates go to a file and come back in order")
    func spill() {
        let candidate = Build.flags([Build.project(1, method: .eBidding, agreed: 990_000, reference: 1_000_000)])[0]
        var pending = PendingCandidates()
        let count = PendingCandidates.memoryLimit + 50
        for index in 0..<count {
            var copy = candidate
            copy.identity = "x|\(index)"
            pending.add(copy, kind: .bunching, value: Double(index))
        }
        var seen: [String] = []
        pending.forEach { entry, candidate in
            if entry.value == Double(seen.count) { seen.append(candidate.identity) }
        }
        #expect(seen.count == count)
        #expect(seen.last == "x|\(count - 1)")
    }

    @Test("Two engines over halves of the departments, absorbed, find what one engine finds over all")
    func absorb() throws {
        var projects: [ProcurementProject] = []
        for department in 0..<12 {
            for number in 0..<8 {
                projects.append(
                    Build.project(
                        department * 100 + number, department: "70000\(10 + department)",
                        method: number % 3 == 0 ? .eBidding : .specific,
                        agreed: Int64(80_000 + 55_000 * number), reference: 600_000,
                        tax: Build.taxID(80_000 + department * 3 + number % 2),
                        awarded: "2025-0\(1 + number)-15"
                    ))
            }
        }
        let whole = Set(RedFlagEngine.evaluate(projects, settings: RedFlagSettings()).map(\.identity))
        #expect(!whole.isEmpty)
        var first = RedFlagEngine(settings: RedFlagSettings())
        var second = RedFlagEngine(settings: RedFlagSettings())
        var identities: [String] = []
        for project in projects where project.departmentID < "7000016" { try first.consume(project) }
        for project in projects where project.departmentID >= "7000016" { try second.consume(project) }
        identities += first.takeCandidates().map(\.identity) + second.takeCandidates().map(\.identity)
        try first.absorb(second)
        identities += first.finish().map(\.identity)
        #expect(Set(identities) == whole)
        #expect(identities.count == whole.count)
    }
}
