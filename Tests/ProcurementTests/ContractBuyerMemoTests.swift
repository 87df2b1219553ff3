import Sujarit
import Testing
@testable import Procurement

/// The memo's buyers' table, larger than its others: a national file's buyers read right past the others' limit.
@Suite("Contract buyers' memo")
struct ContractBuyerMemoTests {
    @Test func readingsOfMoreBuyersThanOtherTablesKeepStayRight() throws {
        var directory = DepartmentDirectory()
        directory.addAgency(name: "หน่วยงาน 1", egpID: "6000001")
        var memo = ContractValueMemo()
        // More buyers than the other tables keep, fewer than the buyers' limit: every reading stays right.
        let buyers = ContractValueMemo.limit + 500
        #expect(buyers < ContractValueMemo.buyerLimit)
        for round in 0..<2 {
            for number in 0..<buyers {
                let found = memo.buyerDepartment(name: "หน่วยงาน \(number)", subName: nil, directory: directory)
                let expected = ContractValues.buyerDepartment(
                    name: "หน่วยงาน \(number)", subName: nil, directory: directory)
                #expect(found?.key == expected?.key && found?.isEGPID == expected?.isEGPID, "round \(round)")
            }
        }
        #expect(memo.buyerDepartment(name: "หน่วยงาน 1", subName: nil, directory: directory)?.key == "6000001")
    }
}
