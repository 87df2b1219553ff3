@testable import Declarations
import Sujarit
import Testing

@Suite("Declarations: reading what clerks type")
struct InputParsingTests {
    @Test("--interest reads key=value pairs with Thai digits and dates, and validates the tax id")
    func interestSpec() throws {
        let interest = try DeclaredInterest(
            spec: "party=บริษัท รุ่งเรืองก่อสร้าง จำกัด; tax=๐๑๐๕๕๖๑๐๐๐๐๑๑; rel=ผู้ถือหุ้น; share=๒๕.๕; from=1 ต.ค. 65")
        #expect(interest.party?.taxID?.digits == "0105561000011")
        #expect(interest.partyKind == .firm)
        #expect(interest.relationship == .shareholder)
        #expect(interest.share?.hundredths == 2550)
        #expect(interest.from == (try CalendarDate(year: 2022, month: 10, day: 1)))
        #expect(throws: DeclarationsError.unknownInterestKey("colour")) {
            try DeclaredInterest(spec: "party=x; rel=self; colour=red")
        }
        #expect(throws: DeclarationsError.relationshipMissing("party=x")) { try DeclaredInterest(spec: "party=x") }
        #expect(throws: DeclarationsError.unknownRelationship("cousin")) {
            try DeclaredInterest(spec: "party=x; rel=cousin")
        }
        #expect(throws: DeclarationsError.invalidShare("150")) {
            try DeclaredInterest(spec: "party=x; rel=shareholder; share=150")
        }
        #expect(throws: DeclarationsError.self) { try DeclaredInterest(spec: "party=x; tax=0105561000012; rel=self") }
        #expect(throws: DeclarationsError.malformedInterest("party")) { try DeclaredInterest(spec: "party") }
    }

    @Test("Roles and project numbers are read as typed and refused with the accepted forms")
    func rolesAndProjects() throws {
        #expect(try ProcurementRole(parsing: "Inspection-Member") == .member(.inspection))
        #expect(try ProcurementRole(parsing: "reference-price-chair").label.th == "ประธานคณะกรรมการกำหนดราคากลาง")
        #expect(try ProcurementRole(parsing: "head-officer") == .headOfficer)
        let error = try #require(throws: DeclarationsError.self) { try ProcurementRole(parsing: "boss") }
        #expect(error.errorDescription!.contains("e-bidding-chair"))
        #expect(try EGPProjectID(projectNumber: "๖๗๑๑๙๐๐๐๓๓๓").rawValue == "67119000333")
        #expect(try EGPProjectID(projectNumber: "p69100030274").rawValue == "P69100030274")
        #expect(throws: DeclarationsError.invalidProject("6711900033")) {
            try EGPProjectID(projectNumber: "6711900033")
        }
        #expect(ProcurementRole.all.count == 18) // 2 officers, inspector, works supervisor, 7 committees × chair/member
    }
}
