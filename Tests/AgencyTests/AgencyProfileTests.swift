import Agency
import EventStore
import Foundation
import Testing
import TestSupport

@Suite("The agency's profile")
struct AgencyProfileTests {
    /// The test's folder, removed when the test ends.
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder("profile-tests") }

    func store() throws -> any EventStore {
        return try SQLiteEventStore.create(
            at: folder.appendingPathComponent("s.db").path, projections: [StoreProfileProjection()])
    }

    @Test(
        """
        set changes only the fields given; the name set later replaces the one given at init; the address line \
        falls back to district and province
        """
    )
    func partialUpdates() async throws {
        let store = try store()
        try await AgencyProfile.initialize(
            store, agencyName: "หน่วยงาน", departmentID: "6960105", sujaritVersion: "test",
            context: CommandContext(actor: "anan"))
        try await AgencyProfile.update(
            store,
            AgencyProfileUpdated(
                agencyName: "เทศบาลตำบลศาลาใหม่", kind: .localGovernment, province: "นราธิวาส", district: "ตากใบ"),
            context: CommandContext(actor: "anan"))
        var profile = try #require(try await AgencyProfile.load(from: store))
        #expect(profile.agencyName == "เทศบาลตำบลศาลาใหม่" && profile.departmentID == "6960105")
        #expect(profile.addressLine == "อำเภอตากใบ จังหวัดนราธิวาส")
        try await AgencyProfile.update(
            store, AgencyProfileUpdated(address: "99 ถนนเจริญเขต ตำบลเจ๊ะเห", headTitle: "นายกเทศมนตรีตำบลศาลาใหม่"),
            context: CommandContext(actor: "anan"))
        profile = try #require(try await AgencyProfile.load(from: store))
        #expect(profile.agencyName == "เทศบาลตำบลศาลาใหม่", "a field not given stays")
        #expect(profile.kind == .localGovernment && profile.district == "ตากใบ")
        #expect(profile.addressLine == "99 ถนนเจริญเขต ตำบลเจ๊ะเห")
        #expect(profile.headTitle == "นายกเทศมนตรีตำบลศาลาใหม่")
        #expect(
            try await store.events(in: StoreInitialized.stream).map(\.type) == [
                "StoreInitialized", "AgencyProfileUpdated", "AgencyProfileUpdated",
            ])
    }

    @Test(
        "nothing given, a blank field, a control character, or a store without a profile are refused and record nothing"
    )
    func refusals() async throws {
        let store = try store()
        await #expect(throws: AgencyProfileError.noProfile) {
            try await AgencyProfile.update(
                store, AgencyProfileUpdated(province: "นราธิวาส"), context: CommandContext(actor: "anan"))
        }
        try await AgencyProfile.initialize(
            store, agencyName: "เทศบาลเมืองตากใบ", departmentID: "6960501", sujaritVersion: "test",
            context: CommandContext(actor: "anan"))
        await #expect(throws: AgencyProfileError.nothingToSet) {
            try await AgencyProfile.update(store, AgencyProfileUpdated(), context: CommandContext(actor: "anan"))
        }
        await #expect(throws: AgencyProfileError.blank("--name")) {
            try await AgencyProfile.update(
                store, AgencyProfileUpdated(agencyName: "  "), context: CommandContext(actor: "anan"))
        }
        await #expect(throws: AgencyProfileError.self) {
            try await AgencyProfile.update(
                store, AgencyProfileUpdated(address: "ตากใบ\u{1B}[2J"), context: CommandContext(actor: "anan"))
        }
        #expect(try await store.lastSequence() == 1)
    }

    @Test("the type reads English and Thai; anything else is not a type")
    func kinds() {
        #expect(AgencyKind(text: "local-government") == .localGovernment)
        #expect(AgencyKind(text: "องค์กรปกครองส่วนท้องถิ่น") == .localGovernment)
        #expect(AgencyKind(text: "State") == .stateAgency)
        #expect(AgencyKind(text: "เทศบาล") == nil)
    }
}
