import Agency
@testable import Declarations
import EventStore
import Foundation
import Sujarit
import Testing

/// Issue 15: a declaration's stored address names no one; legacy `coi/<natural id>` streams keep working.
@Suite("Declarations: opaque stream ids, the store's key, legacy streams")
struct OpaqueStreamTests {
    typealias F = DeclarationsFixture

    static let rusdeeInterest = DeclaredInterest(party: F.firm, relationship: .relative, detail: "พี่เขย")

    static func rusdeeSigning() -> Declaration.Signing {
        .init(
            declarant: "rusdee", subject: .procurement(F.project, role: .member(.eBidding)),
            signedOn: F.date("20 พ.ย. 67"),
            interests: [rusdeeInterest], noInterest: false
        )
    }

    static func annual(_ person: String) -> Declaration.Signing {
        .init(
            declarant: person, subject: .annual(FiscalYear(be: 2568)), signedOn: F.date("2 ต.ค. 67"), interests: [],
            noInterest: true)
    }

    /// Every stream id of the log, as stored.
    static func streamIDs(_ store: any EventStore) async throws -> [String] {
        try await store.query("SELECT stream_id FROM events ORDER BY sequence").compactMap { $0.string("stream_id") }
    }

    @Test(
        """
        A new declaration's stream is coi/<24 hex digits>: neither the staff id nor the project number; the id \
        finds it
        """
    )
    func opaqueStream() async throws {
        let fixture = try await F()
        let signed = try await fixture.service.sign(Self.rusdeeSigning(), context: F.context("rusdee"))
        #expect(signed.id == "67119000333-e-bidding-member-rusdee")
        let coi = try await Self.streamIDs(fixture.store).filter { $0.hasPrefix("coi/") }
        #expect(coi.count == 2) // signed + recusal
        let stream = try #require(coi.first)
        let token = String(stream.dropFirst("coi/".count))
        #expect(token.count == StreamTokenKey.tokenLength && token.allSatisfy(\.isHexDigit))
        #expect(!stream.contains("rusdee") && !stream.contains("67119000333") && !stream.contains("e-bidding"))
        // The same natural id always finds it, through a fresh service and a second connection too.
        let again = DeclarationService(store: try SQLiteEventStore.open(at: fixture.path))
        #expect(try await again.declaration(signed.id)?.recusals.count == 1)
        #expect(try await fixture.service.declaration(signed.id)?.declarant == "rusdee")
        // The projection reads the id from the payload.
        let rows = try await DeclarationQueries.list(fixture.store, filter: DeclarationFilter(project: F.project))
        #expect(rows.map(\.id) == [signed.id])
        // Exactly one key, recorded in the same append, before the declaration's events.
        let key = try #require(try await fixture.store.events(in: DeclarationStreamKey.stream()).first)
        #expect(key.type == DeclarationStreamKeyCreated.eventType)
        let events = try await fixture.store.events(in: StreamID(stream))
        #expect(events.first?.sequence == key.sequence + 1)
        // Another declaration uses the same key: still one key event.
        _ = try await fixture.service.sign(Self.annual("nisa"), context: F.context("nisa"))
        #expect(try await fixture.store.streamVersion(DeclarationStreamKey.stream()) == 1)
        #expect(try await fixture.store.verify(progress: nil).isIntact)
    }

    @Test("A second signature for the same declarant and subject is refused and writes nothing")
    func secondSignRefused() async throws {
        let fixture = try await F()
        _ = try await fixture.service.sign(Self.rusdeeSigning(), context: F.context("rusdee"))
        #expect(
            try await fixture.expectRefusal(.alreadyDeclared("67119000333-e-bidding-member-rusdee")) {
                _ = try await fixture.service.sign(Self.rusdeeSigning(), context: F.context("pimchanok"))
            })
    }

    @Test("The key event is hidden from a non-reviewer: stream, type, actor and payload; a reviewer sees it")
    func keyHidden() async throws {
        let fixture = try await F()
        _ = try await fixture.service.sign(Self.annual("palad"), context: F.context("palad"))
        let key = try #require(try await fixture.store.events(in: DeclarationStreamKey.stream()).first)
        let recorded = try #require(try await DeclarationStreamKey.recorded(in: fixture.store))
        let registers = [DeclarationsAccess.personalData]
        let auditorEntry = StaffMember(
            id: "anan", name: "anan", position: "auditor", department: "FIN", roles: [.auditor]
        )
        let clerkAccess = PersonalDataAccess(reader: nil, registers: registers)
        #expect(clerkAccess.personalData(in: "coi-key")?.exposure == .wholeEvent)
        let clerk = clerkAccess.eventView(key)
        #expect(clerk.redacted && clerk.payload == PersonalDataAccess.hiddenPayload)
        #expect(clerk.stream == "coi-key/(ซ่อน #\(key.sequence))" && clerk.type == PersonalDataAccess.hiddenType)
        #expect(!clerk.payload.contains(recorded.hex))
        let auditor = PersonalDataAccess(reader: auditorEntry, registers: registers).eventView(key)
        #expect(auditor.payload.contains(recorded.hex))
    }

    @Test("Concurrent first declarations through two services on two connections end with exactly one key")
    func concurrentFirstDeclarations() async throws {
        let fixture = try await F()
        let second = DeclarationService(
            store: try SQLiteEventStore.open(
                at: fixture.path, projections: [DirectoryProjection(), DeclarationsProjection()]))
        let people = ["palad", "surachai", "nisa", "kittipong", "rusdee", "pimchanok"]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, person) in people.enumerated() {
                let service = index.isMultiple(of: 2) ? fixture.service : second
                group.addTask { _ = try await service.sign(Self.annual(person), context: F.context(person)) }
            }
            try await group.waitForAll()
        }
        #expect(try await fixture.store.streamVersion(DeclarationStreamKey.stream()) == 1)
        for person in people { #expect(try await fixture.service.declaration("A2568-\(person)") != nil, "\(person)") }
        #expect(try await Self.streamIDs(fixture.store).filter { $0.hasPrefix("coi/") }.count == people.count)
    }

    @Test(
        """
        Two first declarations that both found no key: the second append conflicts on coi-key/store, then signs \
        with the first key
        """
    )
    func keyRaceConflicts() async throws {
        let fixture = try await F()
        let first = try await DeclarationStreamKey.prepare(in: fixture.store, actor: "palad", at: Date())
        let late = try await DeclarationStreamKey.prepare(in: fixture.store, actor: "nisa", at: Date())
        #expect(first.creation != nil && late.creation != nil && first.key != late.key)
        _ = try await fixture.store.append([try #require(first.creation)])
        let before = try await fixture.store.lastSequence()
        do {
            _ = try await fixture.store.append([try #require(late.creation)])
            Issue.record("a second key was recorded")
        } catch {
            #expect(DeclarationStreamKey.isKeyConflict(error))
        }
        #expect(try await fixture.store.lastSequence() == before)
        #expect(try await DeclarationStreamKey.recorded(in: fixture.store) == first.key)
        let signed = try await fixture.service.sign(Self.annual("nisa"), context: F.context("nisa"))
        #expect(
            try await fixture.store.events(in: DeclarationStreams.declaration(signed.id, key: first.key)).count == 1)
    }

    @Test(
        """
        sign when another writer records the key between its read and its append: retries with that key, one key \
        in the end
        """
    )
    func signRetriesAfterKeyRace() async throws {
        let fixture = try await F()
        let racing = KeyRacingStore(
            base: try SQLiteEventStore.open(
                at: fixture.path, projections: [DirectoryProjection(), DeclarationsProjection()]))
        let service = DeclarationService(store: racing)
        let signed = try await service.sign(Self.annual("nisa"), context: F.context("nisa"))
        #expect(racing.raced)
        let key = try #require(try await DeclarationStreamKey.recorded(in: fixture.store))
        #expect(try await fixture.store.streamVersion(DeclarationStreamKey.stream()) == 1)
        #expect(try await fixture.store.streamVersion(DeclarationStreams.declaration(signed.id, key: key)) == 1)
    }

    /// Appends rusdee's procurement declaration (with its recusal) and nisa's annual one the way a store
    /// written before opaque streams holds them: at `coi/<natural id>`, without any key.
    static func appendLegacy(_ store: any EventStore) async throws {
        let directory = try await AgencyDirectory.load(from: store)
        for signing in [rusdeeSigning(), annual("nisa")] {
            let events = try Declaration.decide(signing, directory: directory, today: F.today)
            let id = signing.subject.declarationID(declarant: signing.declarant)
            try await store.append(
                try events.map { try $0.proposed(actor: signing.declarant) },
                to: DeclarationStreams.legacyDeclaration(id), expectedVersion: .noStream
            )
        }
    }

    @Test("A legacy store: found by id, a second signature refused, amended and withdrawn in place, new ones opaque")
    func legacyRoundTrip() async throws {
        let fixture = try await F()
        try await Self.appendLegacy(fixture.store)
        let rusdee = "67119000333-e-bidding-member-rusdee"
        #expect(try await DeclarationStreamKey.recorded(in: fixture.store) == nil)
        #expect(try await fixture.service.declaration(rusdee)?.recusals.count == 1)
        #expect(
            try await fixture.expectRefusal(.alreadyDeclared(rusdee)) {
                _ = try await fixture.service.sign(Self.rusdeeSigning(), context: F.context("rusdee"))
            })
        // A new declaration records the key and goes to an opaque stream; the legacy ones are still found.
        let palad = try await fixture.service.sign(Self.annual("palad"), context: F.context("palad"))
        let key = try #require(try await DeclarationStreamKey.recorded(in: fixture.store))
        #expect(try await fixture.store.streamVersion(DeclarationStreams.declaration(palad.id, key: key)) == 1)
        #expect(
            try await fixture.expectRefusal(.alreadyDeclared("A2568-nisa")) {
                _ = try await fixture.service.sign(Self.annual("nisa"), context: F.context("nisa"))
            })
        // Amend and withdraw append to the legacy stream that holds the declaration; no opaque twin appears.
        let amended = try await fixture.service.amend(
            "A2568-nisa",
            interests: [
                DeclaredInterest(party: F.firm, relationship: .shareholder, share: SharePercentage(hundredths: 500))
            ],
            noInterest: false, on: F.date("5 ต.ค. 67"), reason: "ซื้อหุ้น", context: F.context("nisa")
        )
        #expect(amended.version == 2 && amended.amendments.count == 1)
        let withdrawn = try await fixture.service.withdraw(
            rusdee, on: F.date("1 ธ.ค. 67"), reason: "ลงนามผิดโครงการ", context: F.context("rusdee"))
        #expect(!withdrawn.isActive)
        #expect(try await fixture.store.streamVersion(DeclarationStreams.legacyDeclaration("A2568-nisa")) == 2)
        #expect(try await fixture.store.streamVersion(DeclarationStreams.legacyDeclaration(rusdee)) == 3)
        #expect(try await fixture.store.streamVersion(DeclarationStreams.declaration("A2568-nisa", key: key)) == 0)
        #expect(try await fixture.store.streamVersion(DeclarationStreams.declaration(rusdee, key: key)) == 0)
        // The read model holds all three, from the payloads.
        let rows = try await DeclarationQueries.list(fixture.store, filter: DeclarationFilter())
        #expect(Set(rows.map(\.id)) == [rusdee, "A2568-nisa", "A2568-palad"])
        #expect(try await fixture.store.verify(progress: nil).isIntact)
        #expect(try await fixture.store.verifyReadModels(progress: nil).isConsistent)
    }

    @Test(
        """
        The committed older stores (Tests/EventStoreTests/Fixtures) open, take a declaration with its key, and \
        still verify
        """
    )
    func committedFixtures() async throws {
        let folder = F.root.appendingPathComponent("Tests/EventStoreTests/Fixtures")
        let names = ["v1-store.sqlite", "v2-store.sqlite"].filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
        #expect(names.contains("v1-store.sqlite"))
        for name in names {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent(
                "sujarit-coi-\(UUID().uuidString).db"
            ).path
            try FileManager.default.copyItem(atPath: folder.appendingPathComponent(name).path, toPath: copy)
            defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
            let store = try SQLiteEventStore.open(
                at: copy, projections: [DirectoryProjection(), DeclarationsProjection()])
            let before = try await store.verify(progress: nil)
            #expect(before.isIntact, "\(name)")
            let oldHead = try #require(before.headHash)
            let oldLast = try await store.lastSequence()
            try await DirectoryService(store: store).load(
                try DirectoryFile.load(F.root.appendingPathComponent("Registers/examples/takbai/agency.yaml").path),
                context: CommandContext(actor: "admin")
            )
            let service = DeclarationService(store: store)
            let signed = try await service.sign(Self.rusdeeSigning(), context: F.context("rusdee"))
            #expect(try await service.declaration(signed.id)?.recusals.count == 1, "\(name)")
            let after = try await store.verify(progress: nil)
            let total = try await store.lastSequence()
            #expect(after.isIntact && after.eventsChecked == total, "\(name)")
            // The old events are untouched: the old head is still the hash of the old last event.
            let last = try #require(try await store.read(afterSequence: oldLast - 1, limit: 1, filter: .all).first)
            #expect(last.hash == oldHead, "\(name)")
            #expect(
                try await Self.streamIDs(store).filter { $0.hasPrefix("coi") && $0.contains("rusdee") }.isEmpty,
                "\(name)")
        }
    }

    @Test("A token typed as an id does not reach another declaration's opaque stream through the legacy form")
    func tokenIsNotAnID() async throws {
        let fixture = try await F()
        let signed = try await fixture.service.sign(Self.annual("palad"), context: F.context("palad"))
        let key = try #require(try await DeclarationStreamKey.recorded(in: fixture.store))
        let token = key.token(for: signed.id)
        #expect(try await fixture.service.declaration(token) == nil)
        #expect(
            try await fixture.expectRefusal(.notFound(token)) {
                _ = try await fixture.service.withdraw(
                    token, on: F.date("3 ต.ค. 67"), reason: "x", context: F.context("palad"))
            })
    }

    @Test("StreamTokenKey: the same id gives the same token, another key another; the key never prints")
    func tokenKey() throws {
        let key = StreamTokenKey.random()
        #expect(StreamTokenKey(hex: key.hex) == key)
        #expect(StreamTokenKey(hex: "zz") == nil && StreamTokenKey(bytes: [1, 2, 3]) == nil)
        #expect(key.token(for: "A2568-nisa") == key.token(for: "A2568-nisa"))
        #expect(key.token(for: "A2568-nisa") != key.token(for: "A2568-palad"))
        #expect(key.token(for: "A2568-nisa") != StreamTokenKey.random().token(for: "A2568-nisa"))
        #expect(!"\(key)".contains(key.hex))
        // A fixed vector, so the scheme cannot change unnoticed (stores hold streams named by it):
        // HMAC-SHA256 with 32 zero bytes as key over "A2568-nisa", first 24 hex digits.
        let zero = try #require(StreamTokenKey(bytes: [UInt8](repeating: 0, count: 32)))
        #expect(zero.token(for: "A2568-nisa") == Self.zeroKeyVector)
    }

    static let zeroKeyVector = "c686c4fd52d42b044bbd4e18"
}

/// A store where another writer records a key just before the first append that brings one: the race
/// between two first declarations, made certain.
final class KeyRacingStore: EventStore, @unchecked Sendable {
    let base: SQLiteEventStore
    private let lock = NSLock()
    private var didRace = false

    init(base: SQLiteEventStore) { self.base = base }

    /// Whether the other writer's key was recorded.
    var raced: Bool { lock.withLock { didRace } }

    func append(_ appends: [StreamAppend]) async throws -> AppendReceipt {
        let race = lock.withLock {
            defer { didRace = true }
            return !didRace && appends.contains { $0.stream == (try? DeclarationStreamKey.stream()) }
        }
        if race, let creation = try await DeclarationStreamKey.prepare(in: base, actor: "other", at: Date()).creation {
            _ = try await base.append([creation])
        }
        return try await base.append(appends)
    }

    func streamVersion(_ stream: StreamID) async throws -> Int { try await base.streamVersion(stream) }
    func readStream(_ stream: StreamID, afterVersion: Int, limit: Int) async throws -> [RecordedEvent] {
        try await base.readStream(stream, afterVersion: afterVersion, limit: limit)
    }
    func read(afterSequence: Int64, limit: Int, filter: EventFilter) async throws -> [RecordedEvent] {
        try await base.read(afterSequence: afterSequence, limit: limit, filter: filter)
    }
    func lastSequence() async throws -> Int64 { try await base.lastSequence() }
    func verify(progress: ProgressHandler?) async throws -> ChainReport { try await base.verify(progress: progress) }
    func rebuildProjections(progress: ProgressHandler?) async throws -> RebuildReport {
        try await base.rebuildProjections(progress: progress)
    }
    func query(_ statement: SQLStatement) async throws -> [SQLRow] { try await base.query(statement) }
    var location: String { base.location }
}
