import Agency
import EventStore
import Foundation
import RiskRegister
import Sujarit
import TestSupport

/// A fresh store in a temporary folder with a small directory and the shipped categories and matrices.
struct RiskFixture {
    /// The fixture's folder, removed when the fixture goes.
    let folder: TemporaryFolder
    let store: SQLiteEventStore
    let service: RiskService

    /// The package's `Registers/` folder.
    static var registers: String {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.appendingPathComponent("Registers").path
    }

    /// A fixed day inside FY2568 (1 Dec 2024), so role and expiry checks do not depend on the calendar.
    static let day = try! CalendarDate(year: 2024, month: 12, day: 1)
    static let context = CommandContext(actor: "tester", now: day.startOfDay, today: day)
    static let directory = DirectoryFile(
        departments: [
            Department(code: "CLERK", name: "สำนักปลัดเทศบาล"), Department(code: "FIN", name: "กองคลัง"),
            Department(code: "ENG", name: "กองช่าง"), Department(code: "EDU", name: "กองการศึกษา"),
            Department(code: "HEALTH", name: "กองสาธารณสุขและสิ่งแวดล้อม"),
            Department(code: "AUDIT", name: "หน่วยตรวจสอบภายใน"),
        ],
        staff: [
            StaffMember(
                id: "palad", name: "นายวีระพงษ์ ทองดี", position: "ปลัดเทศบาล", department: "CLERK",
                roles: [.committeeChair, .executive]),
            StaffMember(
                id: "sompong", name: "นางสมพร แก้วมณี", position: "หัวหน้าสำนักปลัด", department: "CLERK",
                roles: [.committeeMember]),
            StaffMember(
                id: "nisa", name: "นางสาวนิสา ยูโซะ", position: "ผอ.กองคลัง", department: "FIN", roles: [.committeeMember]),
            StaffMember(
                id: "surachai", name: "นายสุรชัย พรหมทอง", position: "ผอ.กองช่าง", department: "ENG",
                roles: [.committeeMember]),
            StaffMember(
                id: "fatimah", name: "นางฟาตีเมาะ ดอเลาะ", position: "ผอ.กองการศึกษา", department: "EDU",
                roles: [.committeeMember]),
            StaffMember(
                id: "anan", name: "นายอนันต์ ศรีสุข", position: "นักวิชาการตรวจสอบภายใน", department: "AUDIT",
                roles: [.auditor]),
        ]
    )

    init(configure: Bool = true) async throws {
        folder = try TemporaryFolder("risk")
        store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("store.db").path,
            projections: [DirectoryProjection(), RiskRegisterProjection()])
        service = RiskService(store: store)
        try await DirectoryService(store: store).load(Self.directory, context: CommandContext(actor: "tester"))
        if configure { _ = try await service.configure(registers: Self.registers, context: Self.context) }
    }

    /// Adds a risk in FIN, procurement, with optional scores.
    @discardableResult
    func addRisk(
        year: Int = 2568, department: String = "FIN", scores: [ScoreKind: [Int]] = [:], matrix: String? = nil
    ) async throws -> RiskID {
        try await service.perform(Self.context) { ledger, directory, decision in
            try ledger.identify(
                RiskDraft(
                    fiscalYear: FiscalYear(be: year), department: department, process: "การจัดซื้อจัดจ้าง",
                    category: "procurement",
                    event: "แบ่งซื้อแบ่งจ้าง", causes: ["เร่งด่วน"],
                    controls: [ExistingControl(text: "แผนจัดซื้อ", adequacy: .fair)],
                    matrix: matrix, scores: scores
                ), directory: directory, into: &decision)
        }.result
    }

    /// Runs a decision as of the fixture's day.
    @discardableResult
    func run<T>(_ body: (inout RiskLedger, AgencyDirectory, inout Decision) throws -> T) async throws -> T {
        try await service.perform(Self.context, body).result
    }

    func ledger() async throws -> RiskLedger { try await service.ledger() }

    /// Everything in the log, to prove a refused command wrote nothing.
    func logSize() async throws -> Int64 { try await store.lastSequence() }
}
