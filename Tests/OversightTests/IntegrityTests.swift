@testable import Oversight
import Procurement
import Sujarit
import Testing

@Suite("Conflicts of interest and gifts against the agency's own registers")
struct IntegrityTests {
    /// rusdee (กองช่าง) declared his brother-in-law's partnership for project 67119000333; surachai (กองช่าง)
    /// received an 8,500-baht watch from it on 12 Feb 2025; the committee of 67119000333 has rusdee, surachai,
    /// wanida and fatimah, and only rusdee and surachai declared for it.
    static let inputs = CrossCheckInputs(
        interests: [
            DeclaredPartyInterest(
                declarationID: "67119000333-e-bidding-member-rusdee", declarant: "rusdee", department: "ENG",
                project: "67119000333",
                party: PartyReference(name: Build.firmName, taxID: Build.firmTax), relationship: "relative",
                detail: "พี่เขยเป็นหุ้นส่วนผู้จัดการ", recused: true
            )
        ],
        seats: [
            "67119000333": [
                CommitteeSeatRecord(staffID: "surachai", role: "e-bidding-chair"),
                CommitteeSeatRecord(staffID: "rusdee", role: "e-bidding-member"),
                CommitteeSeatRecord(staffID: "wanida", role: "e-bidding-member"),
                CommitteeSeatRecord(staffID: "surachai", role: "inspection-chair"),
                CommitteeSeatRecord(staffID: "fatimah", role: "inspection-member"),
            ]
        ],
        declaredForProject: ["67119000333": ["rusdee", "surachai"]],
        gifts: [
            GiftFact(
                entryID: "G-2568-003", recipient: "surachai", department: "ENG",
                giver: PartyReference(name: Build.firmName, taxID: Build.firmTax), date: Build.day("2025-02-12"),
                value: .baht(8_500), description: "นาฬิกาข้อมือ", occasion: "วันเกิด"
            )
        ],
        departments: [DepartmentName(code: "ENG", name: "กองช่าง"), DepartmentName(code: "EDU", name: "กองการศึกษา")],
        agencyDepartmentID: nil
    )

    /// The road project, e-bidding, won by the partnership.
    static func road(
        tax: TaxID? = Build.firmTax, name: String = Build.firmName, awarded: String = "2025-01-14"
    ) -> ProcurementProject {
        var project = Build.project(
            333, department: Build.department, departmentName: "กองช่าง", method: .eBidding, fiscalYear: 2568,
            agreed: 4_850_000,
            winner: name, tax: tax, awarded: awarded, timeline: [(.invitation, "2024-11-26")]
        )
        project.projectID = EGPProjectID("67119000333")!
        return project
    }

    @Test(
        "The winner is tied to a member of the project's committee: coi-committee, with the declaration and the recusal"
    )
    func committee() throws {
        let flags = Build.flags(.coiCommittee, [Self.road()], inputs: Self.inputs)
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag.evidence.declarations.first?.declarationID == "67119000333-e-bidding-member-rusdee")
        #expect(flag.evidence.declarations.first?.recused == true)
        #expect(
            flag.evidence.people == [PersonFact(staffID: "rusdee", department: "ENG", capacity: "e-bidding-member")])
        #expect(Build.ids(flag) == ["67119000333"])
        // Not also reported as a department tie: the committee seat says more.
        #expect(Build.flags(.coiDepartment, [Self.road()], inputs: Self.inputs).isEmpty)
    }

    @Test("Written without a tax id, the winner still matches by normalised name; another firm does not")
    func nameMatching() {
        #expect(
            Build.flags(.coiCommittee, [Self.road(tax: nil, name: "หจก.รุ่งเรือง การโยธา")], inputs: Self.inputs).count
                == 1)
        #expect(
            Build.flags(
                .coiCommittee, [Self.road(tax: Build.taxID(40_000_000), name: "บริษัท อื่น จำกัด")], inputs: Self.inputs
            ).isEmpty)
        // The same name with another tax id is another firm: ids decide when both sides have one.
        #expect(Build.flags(.coiCommittee, [Self.road(tax: Build.taxID(40_000_001))], inputs: Self.inputs).isEmpty)
    }

    @Test(
        """
        A กองช่าง project won by the firm, without rusdee on its committee: coi-department, per year, listing the \
        projects
        """
    )
    func department() throws {
        let projects = [
            Build.project(
                10, departmentName: "กองช่าง", agreed: 95_000, winner: Build.firmName, tax: Build.firmTax,
                awarded: "2025-03-01"),
            Build.project(
                11, departmentName: "กองช่าง", agreed: 120_000, winner: Build.firmName, tax: Build.firmTax,
                awarded: "2025-06-01"),
        ]
        let flags = Build.flags(.coiDepartment, projects, inputs: Self.inputs)
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag.unit == "ENG")
        #expect(Build.ids(flag) == ["68119000010", "68119000011"])
        #expect(flag.money(.total) == .baht(215_000))
        // A กองการศึกษา purchase from the same firm is not กองช่าง's.
        let education = [
            Build.project(
                12, department: "6960599", departmentName: "กองการศึกษา", agreed: 95_000, winner: Build.firmName,
                tax: Build.firmTax, awarded: "2025-03-01")
        ]
        #expect(Build.flags(.coiDepartment, education, inputs: Self.inputs).isEmpty)
    }

    @Test("A buyer that cannot be placed counts only through committee seats, unless it is the agency's own e-GP id")
    func agencyWideBuyer() {
        let unnamed = [
            Build.project(10, agreed: 95_000, winner: Build.firmName, tax: Build.firmTax, awarded: "2025-03-01")
        ]
        #expect(Build.flags(.coiDepartment, unnamed, inputs: Self.inputs).isEmpty)
        var agency = Self.inputs
        agency.agencyDepartmentID = Build.department
        #expect(Build.flags(.coiDepartment, unnamed, inputs: agency).count == 1)
        var mapped = RedFlagSettings()
        mapped.buyers = [.init(egp: Build.department, unit: "ENG")]
        #expect(Build.flags(.coiDepartment, unnamed, settings: mapped, inputs: Self.inputs).first?.unit == "ENG")
    }

    @Test("An interest that ended before the award does not match")
    func interestPeriod() {
        var inputs = Self.inputs
        inputs.interests[0].to = Build.day("2024-12-31")
        #expect(Build.flags(.coiCommittee, [Self.road()], inputs: inputs).isEmpty)
        inputs.interests[0].to = Build.day("2025-01-14")
        #expect(Build.flags(.coiCommittee, [Self.road()], inputs: inputs).count == 1)
    }

    @Test("The 8,500-baht gift on 12 Feb 2025 falls within 180 days of the road project: one gift flag naming it")
    func gift() throws {
        let flags = Build.flags(.giftFromSupplier, [Self.road()], inputs: Self.inputs)
        #expect(flags.count == 1)
        let flag = try #require(flags.first)
        #expect(flag.identity == "gift-from-supplier|G-2568-003")
        #expect(flag.evidence.gifts.first?.value == .baht(8_500))
        #expect(Build.ids(flag) == ["67119000333"])
        #expect(flag.evidence.people.first?.capacity == "department, e-bidding-chair, inspection-chair")
        #expect(flag.fiscalYear == FiscalYear(be: 2568))
    }

    @Test("The gift window: a procurement opening 180 days after the gift is in, 181 days is out")
    func giftWindow() {
        // 12 Feb 2025 + 180 days = 11 Aug 2025.
        let inside = Build.project(
            20, departmentName: "กองช่าง", agreed: 50_000, winner: Build.firmName, tax: Build.firmTax,
            awarded: "2025-08-11")
        #expect(Build.flags(.giftFromSupplier, [inside], inputs: Self.inputs).count == 1)
        let outside = Build.project(
            21, departmentName: "กองช่าง", agreed: 50_000, winner: Build.firmName, tax: Build.firmTax,
            awarded: "2025-08-12")
        #expect(Build.flags(.giftFromSupplier, [outside], inputs: Self.inputs).isEmpty)
        // Another department's purchase, and surachai not on its committee: not his department's supplier.
        let elsewhere = Build.project(
            22, department: "6960599", departmentName: "กองการศึกษา", agreed: 50_000, winner: Build.firmName,
            tax: Build.firmTax, awarded: "2025-03-01")
        #expect(Build.flags(.giftFromSupplier, [elsewhere], inputs: Self.inputs).isEmpty)
    }

    @Test("Committee members without a declaration for the project: wanida and fatimah, not rusdee or surachai")
    func undeclared() {
        let flags = Build.flags(.undeclaredMember, [Self.road()], inputs: Self.inputs)
        #expect(flags.map { $0.evidence.people.first?.staffID } == ["fatimah", "wanida"])
        #expect(flags.first?.evidence.people.first?.capacity == "inspection-member")
        #expect(flags.allSatisfy { $0.evidence.projects.first?.title == "โครงการที่ 333" })
    }

    @Test("With no declarations, seats or gifts, no integrity flag is raised")
    func none() {
        let flags = Build.flags([Self.road()])
        #expect(!flags.contains { $0.indicator.family == .integrity })
    }
}
