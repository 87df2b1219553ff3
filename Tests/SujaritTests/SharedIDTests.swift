import Foundation
import Sujarit
import Testing

/// A kind for the tests, so the generic id is checked without any register.
private enum TestKind: YearNumberedKind {
    static let prefix = "T"
    static func invalidID(_ text: String) -> any Error { TestError.invalid(text) }
}

private enum WideKind: YearNumberedKind {
    static let prefix = "RF"
    static let minimumDigits = 4
    static func invalidID(_ text: String) -> any Error { TestError.invalid(text) }
}

private enum TestError: Error, Equatable, LocalizedError {
    case invalid(String)
    var errorDescription: String? {
        switch self {
        case let .invalid(text): "'\(text)' is not a test id"
        }
    }
}

private struct Holder<Value: Codable>: Codable { var value: Value }

private func json<Value: Codable>(_ value: Value) throws -> String {
    String(decoding: try JSONEncoder().encode(Holder(value: value)), as: UTF8.self)
}

private func decoded<Value: Codable>(_ type: Value.Type, _ text: String) throws -> Value {
    try JSONDecoder().decode(Holder<Value>.self, from: Data("{\"value\":\"\(text)\"}".utf8)).value
}

@Suite("Shared ids: year-numbered ids, e-GP ids and their text coding")
struct SharedIDTests {
    @Test("A year-numbered id reads typed forms, prints the canonical one and codes as that text")
    func yearNumbered() throws {
        for typed in ["T-2568-003", "t-2568-3", "T-๒๕๖๘-๐๐๓", " T-2568-0003 "] {
            let id = try YearNumberedID<TestKind>(parsing: typed)
            #expect(id.description == "T-2568-003")
            #expect(id == YearNumberedID<TestKind>(fiscalYear: FiscalYear(be: 2568), number: 3))
        }
        #expect(try json(YearNumberedID<TestKind>(parsing: "t-2568-7")) == #"{"value":"T-2568-007"}"#)
        #expect(try decoded(YearNumberedID<TestKind>.self, "T-2568-012").number == 12)
        for bad in ["R-2568-003", "T-68-003", "T-2568-0", "T-2568-+3", "T-2568"] {
            #expect(throws: TestError.invalid(bad)) { try YearNumberedID<TestKind>(parsing: bad) }
        }
        #expect(throws: DecodingError.self) { try decoded(YearNumberedID<TestKind>.self, "T-2568-x") }
        let wide = try YearNumberedID<WideKind>(parsing: "rf-2568-12")
        #expect(wide.description == "RF-2568-0012")
        let ordered = try ["T-2569-001", "T-2568-010", "T-2568-002"].map { try YearNumberedID<TestKind>(parsing: $0) }
        #expect(ordered.sorted().map(\.description) == ["T-2568-002", "T-2568-010", "T-2569-001"])
    }

    @Test("An e-GP project id accepts what both old readers accepted and codes as its digits")
    func projectID() throws {
        let project = try #require(EGPProjectID(" ๖๗๑๑๙๐๐๐๓๓๒\u{00A0}"))
        #expect(project.rawValue == "67119000332" && project.kind == .project && project.beYear == 2567)
        let plan = try EGPProjectID(parsing: "p69100030274")
        #expect(plan.rawValue == "P69100030274" && plan.kind == .plan && plan.beYear == 2569)
        for bad in ["6711900033", "671190003321", "X67119000332", "67119OOO332", "", "P6911"] {
            #expect(EGPProjectID(bad) == nil, "\(bad)")
            #expect(throws: EGPIDError.invalidProjectID(bad)) { try EGPProjectID(parsing: bad) }
        }
        #expect(try json(plan) == #"{"value":"P69100030274"}"#)
        #expect(try decoded(EGPProjectID.self, "67119000333") == EGPProjectID("67119000333"))
        #expect(throws: DecodingError.self) { try decoded(EGPProjectID.self, "12345") }
    }

    @Test("An e-GP department id is 4 or 7 digits")
    func departmentID() throws {
        #expect(try EGPDepartmentID(parsing: " ๖๙๖๐๕๐๑ ").rawValue == "6960501")
        #expect(try json(EGPDepartmentID(parsing: "0304")) == #"{"value":"0304"}"#)
        #expect(throws: EGPIDError.invalidDepartmentID("69605")) { try EGPDepartmentID(parsing: " 69605 ") }
        #expect(throws: DecodingError.self) { try decoded(EGPDepartmentID.self, "6960-501") }
    }

    @Test("Progress statuses keep their stored words and read Thai")
    func progressStatus() throws {
        #expect(ProgressStatus.allCases.map(\.rawValue) == ["not-started", "in-progress", "done", "risk-accepted"])
        #expect(ProgressStatus(text: "ยังไม่ดำเนินการ") == .notStarted)
        #expect(ProgressStatus(text: "In Progress") == .inProgress)
        #expect(ProgressStatus(text: "risk_accepted") == .riskAccepted)
        #expect(ProgressStatus(text: "later") == nil)
        #expect(ProgressStatus.done.isFinal && ProgressStatus.riskAccepted.isFinal)
        #expect(!ProgressStatus.inProgress.isFinal)
    }
}
