import Agency
import AuditPlans
import EventStore
import Foundation
import Sujarit
import Testing
import TestSupport

/// A fresh SQLite store in a temporary folder with a small directory (an executive, an auditor, staff) and,
/// when asked, a universe; services are made for a chosen "today".
struct AuditFixture {
    let store: any EventStore
    /// The fixture's folder, removed when the fixture goes.
    let folder: TemporaryFolder

    static let departments = [
        Department(code: "CLERK", name: "สำนักปลัดเทศบาล"), Department(code: "FIN", name: "กองคลัง"),
        Department(code: "ENG", name: "กองช่าง"), Department(code: "AUDIT", name: "หน่วยตรวจสอบภายใน"),
    ]
    static let staff = [
        StaffMember(
            id: "mayor", name: "นายอับดุลเลาะ สาและ", position: "นายกเทศมนตรี", department: "CLERK",
            roles: [.executive, .staff], since: day("2021-05-01")),
        StaffMember(
            id: "anan", name: "นายอนันต์ ศรีสุข", position: "นักวิชาการตรวจสอบภายใน", department: "AUDIT",
            roles: [.auditor, .staff]),
        StaffMember(
            id: "suda", name: "นางสุดา ตรวจดี", position: "นักวิชาการตรวจสอบภายใน", department: "AUDIT",
            roles: [.auditor, .staff]),
        StaffMember(id: "nisa", name: "นางสาวนิสา ยูโซะ", position: "ผู้อำนวยการกองคลัง", department: "FIN", roles: [.staff]),
    ]

    init(directory: Bool = true) async throws {
        folder = try TemporaryFolder("audit-tests")
        store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("store.db").path,
            projections: [DirectoryProjection(), AuditPlansProjection()]
        )
        if directory {
            try await DirectoryService(store: store).load(
                DirectoryFile(departments: Self.departments, staff: Self.staff), context: CommandContext(actor: "setup")
            )
        }
    }

    /// A service over the store, with an optional risk source.
    func service(risk: (any AuditRiskSource)? = nil) -> AuditPlanService {
        AuditPlanService(store: store, riskSource: risk ?? UniverseOnlyRiskSource())
    }

    /// A command by `actor` whose today is `today` (ISO or Thai), at 10:00 in Bangkok.
    func context(_ actor: String, on today: String = "2024-09-10") -> CommandContext {
        CommandContext(actor: actor, now: Self.day(today).startOfDay.addingTimeInterval(10 * 3600))
    }

    static func day(_ text: String) -> CalendarDate { try! CalendarDate.parse(text) }

    /// Subjects with chosen levels, last audits and person-days.
    static func subject(
        _ id: String, _ level: AuditRiskLevel?, last: String? = nil, days: Int = 20, kind: SubjectKind = .process,
        risks: [String] = []
    ) -> AuditSubject {
        AuditSubject(
            id: id, kind: kind, title: "เรื่อง \(id)", department: "FIN", riskLevel: level, risks: risks,
            lastAudited: last.map(day), personDays: days)
    }

    /// Adds subjects to the universe.
    func define(_ subjects: [AuditSubject]) async throws {
        for subject in subjects { try await service().addSubject(subject, replace: false, context: context("setup")) }
    }

    /// A small universe of five: two high, two medium, one low; 90 person-days in all.
    func smallUniverse() async throws {
        try await define([
            Self.subject("HIGH-OLD", .high, last: "2563-06-30", days: 20),
            Self.subject("HIGH-NEW", .high, last: "2567-03-31", days: 25),
            Self.subject("MED-NEVER", .medium, days: 15),
            Self.subject("MED-OLD", .medium, last: "2564-01-15", days: 20),
            Self.subject("LOW", .low, last: "2562-01-01", days: 10),
        ])
    }

    /// A drafted and approved FY2568 plan over the small universe with capacity 100 (everything fits).
    func approvedPlan() async throws {
        try await smallUniverse()
        try await service().draft(FiscalYear(be: 2568), capacity: 100, context: context("anan"))
        try await service().approve(
            FiscalYear(be: 2568), by: "mayor", on: Self.day("2024-09-10"), context: context("anan"))
    }

    /// The store's whole log and read model, to prove a refused command wrote nothing.
    func snapshot() async throws -> String {
        var lines = ["last \(try await store.lastSequence())"]
        for table in AuditPlansProjection().tables {
            lines += try await store.query("SELECT * FROM \(table)").map { "\(table) \($0.values)" }.sorted()
        }
        return lines.joined(separator: "\n")
    }

    /// An approved FY2568 plan with the engagement on HIGH-OLD started on 4 Nov 2024 (by anan).
    func startedEngagement() async throws -> EngagementRef {
        try await approvedPlan()
        try await service().startEngagement(
            FiscalYear(be: 2568), subject: "HIGH-OLD", on: Self.day("2024-11-04"), auditors: ["anan"],
            context: context("anan", on: "2024-11-04"))
        return EngagementRef(fiscalYear: FiscalYear(be: 2568), subject: "HIGH-OLD")
    }

    /// Runs `body`, requires it to throw an ``AuditPlansError``, and requires the store to be unchanged.
    func refuses(
        _ expected: (AuditPlansError) -> Bool, sourceLocation: SourceLocation = #_sourceLocation,
        _ body: () async throws -> Void
    ) async throws {
        let before = try await snapshot()
        do {
            try await body()
            Issue.record("expected the command to be refused", sourceLocation: sourceLocation)
        } catch let error as AuditPlansError {
            #expect(expected(error), "unexpected error: \(error.localizedDescription)", sourceLocation: sourceLocation)
        }
        #expect(try await snapshot() == before, "a refused command changed the store", sourceLocation: sourceLocation)
    }

    /// Runs `body` and requires exactly `expected`, with the store unchanged.
    func refuses(
        _ expected: AuditPlansError, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
    ) async throws {
        try await refuses({ $0 == expected }, sourceLocation: sourceLocation, body)
    }
}
