import Agency
import AuditPlans
import Declarations
import EventStore
import Foundation
import GiftLog
@testable import Oversight
import Procurement
import RiskRegister
import Sujarit
import Testing
import TestSupport

/// Every register that holds personal data declares it (``PersonalDataDeclaration``), and the one policy
/// built from those declarations hides it: a register that starts writing a new stream category, or a
/// declaration that forgets one, fails here.
@Suite("Personal data: every register's streams are declared and hidden by the one policy")
struct PersonalDataCoverageTests {
    static let registers = [DeclarationsAccess.personalData, GiftLogAccess.personalData, RedFlagAccess.personalData]

    /// The stream categories the log holds.
    static func categories(_ store: any EventStore) async throws -> Set<String> {
        let rows = try await store.query("SELECT DISTINCT stream_id FROM events")
        let streams = rows.compactMap { $0.string("stream_id") }
        return Set(streams.map { String($0.prefix { $0 != "/" }) })
    }

    @Test("Each register's stream categories are classified by its own declaration")
    func everyCategoryClassified() async throws {
        let folder = try TemporaryFolder("sujarit-pd")
        let store = try SQLiteEventStore.create(
            at: folder.appendingPathComponent("s.db").path,
            projections: [
                StoreProfileProjection(), DirectoryProjection(), DeclarationsProjection(), GiftLogProjection(),
                RiskRegisterProjection(), AuditPlansProjection(), RedFlagsProjection(),
            ])
        let examples = FlagsFixture.registers.appendingPathComponent("examples/takbai")
        let context = CommandContext(actor: "admin")
        try await DirectoryService(store: store).load(
            try DirectoryFile.load(examples.appendingPathComponent("agency.yaml").path), context: context
        )
        _ = try await RiskService(store: store).configure(registers: FlagsFixture.registers.path, context: context)
        var known = try await Self.categories(store)

        /// Checks that what `step` wrote is in streams `declaration` classifies, and that it wrote something.
        func expectClassified(by declaration: PersonalDataDeclaration, _ step: () async throws -> Void) async throws {
            try await step()
            let written = try await Self.categories(store).subtracting(known)
            #expect(!written.isEmpty, "\(declaration.register) wrote nothing")
            for category in written.sorted() {
                #expect(declaration.classifies(category), "\(declaration.register) writes '\(category)' undeclared")
            }
            known.formUnion(written)
        }
        try await expectClassified(by: DeclarationsAccess.personalData) {
            let file = try DeclarationsFile.load(examples.appendingPathComponent("declarations-2568.yaml").path)
            _ = try await DeclarationService(store: store).importFile(file, context: context)
        }
        try await expectClassified(by: GiftLogAccess.personalData) {
            let file = try GiftLogFile.load(examples.appendingPathComponent("gifts-2568.yaml").path)
            _ = try await GiftLogService(store: store).importFile(file, context: context)
        }
        try await expectClassified(by: RedFlagAccess.personalData) {
            _ = try await RedFlagService(store: store).run(
                settings: RedFlagSettings(), source: ProjectList(FlagsFixture.projects),
                context: CommandContext(actor: "anan")
            )
        }
    }

    @Test("A non-reviewer sees no personal field of any declared stream's events; a reviewer sees every payload")
    func everyDeclaredStreamHidden() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        let directory = try await AgencyDirectory.load(from: fixture.store)
        let clerk = PersonalDataAccess(readerNamed: "kittipong", in: directory, registers: Self.registers)
        let auditor = PersonalDataAccess(readerNamed: "anan", in: directory, registers: Self.registers)
        #expect(!clerk.seesPersonalData && auditor.seesPersonalData)
        let fields = Self.registers.flatMap(\.fields)
        var seen: Set<String> = []
        try await fixture.store.forEachEvent(filter: .all) { event in
            guard let declared = clerk.personalData(in: event.streamID.category) else { return }
            seen.insert(declared.category)
            let shown = clerk.eventView(event)
            let text = [shown.stream, shown.type, shown.actor, shown.payload, shown.dedupeKey ?? ""]
                .joined(separator: " ")
            #expect(shown.redacted && shown.payload == PersonalDataAccess.hiddenPayload)
            for field in fields { #expect(!text.contains("\"\(field)\""), "\(event.streamID) shows \(field)") }
            #expect(!text.contains("rusdee"), "\(event.streamID) names rusdee")
            #expect(auditor.eventView(event).payload == event.payloadText)
        }
        #expect(seen == Set(Self.registers.flatMap(\.categories).map(\.category)))
    }

    @Test("A flag's people, its gift's value and day reach a non-reviewer in no output; the list still says people")
    func flagsRedacted() async throws {
        let fixture = try await FlagsFixture()
        _ = try await fixture.run()
        let directory = try await AgencyDirectory.load(from: fixture.store)
        let clerk = PersonalDataAccess(readerNamed: "kittipong", in: directory, registers: Self.registers)
        let auditor = PersonalDataAccess(readerNamed: "anan", in: directory, registers: Self.registers)
        let flags = try await RedFlagQueries.list(fixture.store, filter: RedFlagFilter(indicator: .giftFromSupplier))
        let gift = try #require(flags.first)
        // The list's evidence holds no people (the read model keeps none); its row still says there are.
        #expect(gift.evidence.figure(.giftValue) != nil && gift.namesPeople && gift.evidence.people.isEmpty)
        let row = clerk.visible(gift)
        #expect(row.namesPeople && !row.evidence.namesPeople && row.evidence.figure(.giftValue) == nil)
        #expect(row.evidence.figure(.giftDate) == nil && row.evidence.projects == gift.evidence.projects)
        #expect(auditor.visible(gift) == gift)

        let flag = try await fixture.service.flag(try await fixture.flagID(.coiCommittee))
        let explained = clerk.explain(flag, directory: directory)
        #expect(explained.namesPeople && !explained.showsNames && explained.explanation.redacted)
        #expect(explained.flag.evidence.people.isEmpty && explained.flag.evidence.declarations.isEmpty)
        let full = auditor.explain(flag, directory: directory)
        #expect(full.flag == flag && full.showsNames && !full.explanation.redacted)
    }
}
