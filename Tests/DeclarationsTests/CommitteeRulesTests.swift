import Agency
import Declarations
import EventStore
import Foundation
import Sujarit
import Testing
import TestSupport

@Suite("Declarations: committee rules (Finance Ministry regulation 2560 clause 26)")
struct CommitteeRulesTests {
    typealias F = DeclarationsFixture

    static func seats(_ texts: [String]) -> [CommitteeSeat] { texts.map { try! CommitteeSeat(parsing: $0) } }

    @Test("The example register breaks clause 26: surachai chairs the e-bidding and the inspection committee")
    func exampleBreaksSeparation() async throws {
        let fixture = try await F()
        let file = try DeclarationsFile.load(
            F.root.appendingPathComponent("Registers/examples/takbai/declarations-2568.yaml").path)
        _ = try await fixture.service.importFile(file, context: F.context("pimchanok"))
        let seats = try #require(try await DeclarationQueries.seats(fixture.store, project: F.project))
        let warnings = CommitteeRules.regulation2560.warnings(seats)
        #expect(
            warnings.first
                == .separation(staffID: "surachai", considering: .chair(.eBidding), inspecting: .chair(.inspection)))
        #expect(warnings.first?.label.th.contains("ข้อ 26") == true)
        #expect(warnings.first?.label.en.contains("appoint someone else") == true)
        // And rusdee's recusal leaves the e-bidding committee with surachai and wanida only: short of quorum.
        #expect(
            warnings.dropFirst().first
                == .quorum(committee: .eBidding, recused: ["rusdee"], chair: true, members: 1, minimumMembers: 2))
        #expect(warnings.count == 2)
    }

    @Test("Recording a committee that breaks clause 26 is a warning, not a refusal: the list is recorded as appointed")
    func warnedNotRefused() async throws {
        let fixture = try await F()
        let committee = try await fixture.service.recordCommittee(
            F.project,
            seats: Self.seats(["rusdee:specific-member", "rusdee:inspection-member", "wanida:specific-chair"]),
            appointedOn: nil, order: nil, context: F.context("x")
        )
        #expect(committee.seats.count == 3)
        #expect(
            CommitteeRules.regulation2560.warnings(committee.seats, recused: []) == [
                .separation(staffID: "rusdee", considering: .member(.specificMethod), inspecting: .member(.inspection))
            ])
    }

    @Test(
        """
        Near misses: the same person on TOR and inspection, or on bids and reference price, or two people, warn \
        nothing
        """
    )
    func nearMisses() {
        // Drafting the TOR or the reference price is not considering the bids.
        #expect(CommitteeSeparation.warnings(Self.seats(["surachai:tor-chair", "surachai:inspection-chair"])).isEmpty)
        #expect(
            CommitteeSeparation.warnings(Self.seats(["surachai:e-bidding-chair", "surachai:reference-price-member"]))
                .isEmpty)
        // The procurement officers are not the committee that considers the bids.
        #expect(CommitteeSeparation.warnings(Self.seats(["kittipong:officer", "kittipong:inspection-member"])).isEmpty)
        // Different people in the two committees.
        #expect(
            CommitteeSeparation.warnings(Self.seats(["surachai:e-bidding-chair", "fatimah:inspection-chair"])).isEmpty)
        // Every considering committee counts, each pair once.
        for committee in ["e-bidding", "price-tender", "selection", "specific"] {
            #expect(
                CommitteeSeparation.warnings(Self.seats(["a:\(committee)-member", "a:inspection-member"])).count == 1)
        }
        #expect(
            CommitteeSeparation.warnings(
                Self.seats(["a:selection-member", "a:e-bidding-member", "a:inspection-chair", "b:inspection-member"])
            ).count == 2)
    }

    @Test("Quorum after recusals: chair and two members remain is enough, one fewer warns; a recused chair warns")
    func quorum() {
        let rules = CommitteeRules.regulation2560
        let four = Self.seats([
            "c:e-bidding-chair", "m1:e-bidding-member", "m2:e-bidding-member", "m3:e-bidding-member",
        ])
        // Near miss, the limit itself: m1 recuses, chair + 2 remain.
        #expect(rules.warnings(four, recused: [four[1]]).isEmpty)
        // One past it: m1 and m2 recuse, chair + 1 remain.
        #expect(
            rules.warnings(four, recused: [four[1], four[2]]) == [
                .quorum(committee: .eBidding, recused: ["m1", "m2"], chair: true, members: 1, minimumMembers: 2)
            ])
        // The chair recuses: three members remain but no chair.
        let noChair = rules.warnings(four, recused: [four[0]])
        #expect(noChair == [.quorum(committee: .eBidding, recused: ["c"], chair: false, members: 3, minimumMembers: 2)])
        #expect(noChair.first?.label.th.contains("โดยไม่มีประธานกรรมการ") == true)
        // A committee short from the start but with no recusal is not this warning's business.
        #expect(rules.warnings(Self.seats(["c:inspection-chair", "m:inspection-member"]), recused: []).isEmpty)
        // A recusal in one committee does not count against another.
        let two = Self.seats([
            "c:e-bidding-chair", "m1:e-bidding-member", "m2:e-bidding-member", "m3:e-bidding-member",
            "x:inspection-chair", "y:inspection-member", "z:inspection-member",
        ])
        #expect(rules.warnings(two, recused: [two[1]]).isEmpty)
        // The officers are no committee.
        #expect(rules.warnings(Self.seats(["o:officer"]), recused: Set(Self.seats(["o:officer"]))).isEmpty)
    }

    @Test("committee-rules.yaml sets the quorum; a bad value names the file, line and field")
    func rulesFile() throws {
        let shipped = try CommitteeRules.load(F.root.appendingPathComponent("Registers/committee-rules.yaml").path)
        #expect(shipped == CommitteeRules(source: CommitteeSeparation.source, requiresChair: true, minimumMembers: 2))
        let folder = try TemporaryFolder("sujarit-committee-rules")
        let path = folder.appendingPathComponent("committee-rules.yaml").path
        try "source: ระเบียบของหน่วยงาน\nquorum:\n  chair: yes\n  members: ๓\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        let three = try CommitteeRules.resolve(registers: folder.path)
        #expect(three.minimumMembers == 3)
        let four = Self.seats([
            "c:e-bidding-chair", "m1:e-bidding-member", "m2:e-bidding-member", "m3:e-bidding-member",
        ])
        #expect(three.warnings(four, recused: []).isEmpty)
        #expect(three.warnings(four, recused: [four[3]]).count == 1)
        try "source: x\nquorum:\n  chair: true\n  members: 0\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: ConfigurationError.self) { try CommitteeRules.load(path) }
        #expect(error.line == 4)
        #expect(error.localizedDescription.contains("quorum.members"))
        #expect(try CommitteeRules.resolve(registers: folder.appendingPathComponent("none").path) == .regulation2560)
    }

    @Test("The single inspector (ผู้ตรวจรับพัสดุ) and the works supervisor (ผู้ควบคุมงาน) are roles, and both inspect")
    func inspectorAndSupervisor() async throws {
        #expect(try ProcurementRole(parsing: "Inspector") == .inspector)
        #expect(try ProcurementRole(parsing: "works-supervisor") == .supervisor)
        #expect(
            ProcurementRole.inspector.label.th == "ผู้ตรวจรับพัสดุ" && ProcurementRole.supervisor.label.th == "ผู้ควบคุมงาน")
        #expect(ProcurementRole.supervisor.description == "works-supervisor")
        let error = try #require(throws: DeclarationsError.self) { try ProcurementRole(parsing: "supervisor") }
        #expect(error.errorDescription!.contains("works-supervisor") && error.errorDescription!.contains("inspector"))
        // Clause 26 covers them: who considers the bids may not be the single inspector or the works supervisor.
        #expect(
            CommitteeSeparation.warnings(Self.seats(["a:specific-chair", "a:inspector"]))
                == [.separation(staffID: "a", considering: .chair(.specificMethod), inspecting: .inspector)])
        #expect(CommitteeSeparation.warnings(Self.seats(["a:e-bidding-member", "a:works-supervisor"])).count == 1)
        // Near misses: the procurement officer or the TOR drafter as inspector, and inspector with supervisor.
        #expect(
            CommitteeSeparation.warnings(
                Self.seats(["a:officer", "a:inspector", "a:tor-member", "a:works-supervisor"])
            ).isEmpty)
        // Neither is a committee, so no quorum is asked of them.
        let seats = Self.seats(["surachai:inspector", "fatimah:works-supervisor"])
        #expect(CommitteeRules.regulation2560.warnings(seats, recused: Set(seats)).isEmpty)

        // Recorded and declared like any seat; an interest recuses the inspector.
        let fixture = try await F()
        try await fixture.service.recordCommittee(
            F.project, seats: seats, appointedOn: nil, order: nil, context: F.context("x"))
        let declaration = try await fixture.service.sign(
            Declaration.Signing(
                declarant: "surachai", subject: .procurement(F.project, role: .inspector),
                signedOn: F.date("20 พ.ย. 67"), interests: [], noInterest: true
            ), context: F.context("x"))
        #expect(declaration.id == "67119000333-inspector-surachai")
        let listed = try #require(try await DeclarationQueries.seats(fixture.store, project: F.project))
        #expect(
            listed.map { "\($0.seat.staffID):\($0.seat.role):\($0.state.rawValue)" } == [
                "surachai:inspector:declared", "fatimah:works-supervisor:missing",
            ])
    }
}
