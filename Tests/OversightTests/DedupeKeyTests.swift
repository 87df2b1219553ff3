import Agency
import Declarations
import EventStore
import Foundation
@testable import Oversight
import Sujarit
import Testing

/// Issue 15: the log's dedupe keys name no one, and stores whose flags were raised under the old key form
/// stay idempotent.
@Suite("flags run: dedupe keys without staff ids")
struct DedupeKeyTests {
    /// The staff ids and declaration ids the fixture's COI and undeclared-member flags are about.
    static let people = ["rusdee", "surachai", "wanida", "fatimah", "nisa", "palad", "kittipong", "-member-", "A2568-"]

    /// Every dedupe key in the log.
    static func dedupeKeys(_ store: any EventStore) async throws -> [String] {
        try await store.query("SELECT dedupe_key FROM events WHERE dedupe_key IS NOT NULL ORDER BY sequence").compactMap
        { $0.string("dedupe_key") }
    }

    /// The candidates a run over the fixture's projects finds, as `RedFlagService.run` computes them.
    static func candidates(_ fixture: FlagsFixture) async throws -> [FlagCandidate] {
        var engine = RedFlagEngine(settings: RedFlagSettings(), inputs: try await StoreInputs.load(from: fixture.store))
        var found: [FlagCandidate] = []
        try await ProjectList(FlagsFixture.projects).forEachProject { project in
            try engine.consume(project)
            found += engine.takeCandidates()
        }
        return try found + engine.finish()
    }

    @Test("A run's dedupe keys hold no staff or declaration id: flags about people carry red-flag:~<token>")
    func keysNameNoOne() async throws {
        let fixture = try await FlagsFixture()
        let summary = try await fixture.run()
        #expect(summary.raisedByIndicator[.coiCommittee] != nil && summary.raisedByIndicator[.undeclaredMember] == 2)
        let flagKeys = try await Self.dedupeKeys(fixture.store).filter { $0.hasPrefix("red-flag:") }
        #expect(flagKeys.count == summary.raised.count)
        for key in flagKeys {
            for person in Self.people { #expect(!key.contains(person), "\(key) names \(person)") }
        }
        // The flags about people (COI, undeclared member, gift) use the keyed token; the others keep their identity.
        let key = try #require(try await DeclarationStreamKey.recorded(in: fixture.store))
        let candidates = try await Self.candidates(fixture)
        let aboutPeople = candidates.filter(\.evidence.namesPeople)
        #expect(aboutPeople.contains { $0.identity.contains("rusdee") })
        for candidate in aboutPeople {
            #expect(flagKeys.contains("red-flag:~" + key.token(for: candidate.identity)), "\(candidate.indicator)")
        }
        for candidate in candidates where !candidate.evidence.namesPeople {
            #expect(flagKeys.contains(RedFlagRaised.dedupeKey(identity: candidate.identity)), "\(candidate.identity)")
        }
        // Still exactly one key: the declarations import recorded it, the run reused it.
        #expect(try await fixture.store.streamVersion(DeclarationStreamKey.stream()) == 1)
    }

    @Test("A store whose flags were raised under the old red-flag:<identity> keys: the next run raises nothing again")
    func oldKeysStayIdempotent() async throws {
        let fixture = try await FlagsFixture()
        // Record every flag the way the code before opaque keys did: identity in the dedupe key.
        let candidates = try await Self.candidates(fixture)
        let ordered = candidates.inNumberingOrder
        for (index, candidate) in ordered.enumerated() {
            let id = FlagID(fiscalYear: candidate.fiscalYear, number: index + 1)
            let event = RedFlagRaised(flagID: id, candidate: candidate, configurationVersion: RedFlagSettings().version)
            try await fixture.store.append(
                [
                    try ProposedEvent(
                        event, occurredAt: Date(), actor: "anan",
                        dedupeKey: RedFlagRaised.dedupeKey(identity: candidate.identity))
                ],
                to: FlagStreams.flag(id), expectedVersion: .noStream
            )
        }
        #expect(try await Self.dedupeKeys(fixture.store).contains { $0.contains("rusdee") })
        let before = try await fixture.store.lastSequence()
        let again = try await fixture.run()
        #expect(again.raised.isEmpty && again.revised.isEmpty && again.unchanged == candidates.count)
        #expect(try await fixture.store.lastSequence() == before)
        #expect(try await RedFlagQueries.list(fixture.store, filter: RedFlagFilter()).count == candidates.count)

        // A known COI flag whose records changed is revised under the token form, not raised a second time.
        var changed = try #require(ordered.first { $0.indicator == .coiCommittee })
        changed.evidenceKey += ",67119000999"
        let revised = try await fixture.service.record(
            [changed], projects: 1, settings: RedFlagSettings(), context: CommandContext(actor: "anan"))
        #expect(revised.raised.isEmpty && revised.revised.count == 1)
        let last = try #require(
            try await fixture.store.read(afterSequence: fixture.store.lastSequence() - 1, limit: 1, filter: .all).first)
        let key = try #require(try await DeclarationStreamKey.recorded(in: fixture.store))
        #expect(
            last.dedupeKey
                == RedFlagRevised.dedupeKey(
                    identity: "~" + key.token(for: changed.identity), digest: changed.evidenceDigest))
        #expect(last.dedupeKey.map { key in !Self.people.contains { key.contains($0) } } == true)
    }
}
