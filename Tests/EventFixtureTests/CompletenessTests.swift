import EventStore
import Foundation
import Testing

/// Every event type has a fixture for every schema version it ever wrote, and every fixture is accounted for.
@Suite("Every event type has a fixture")
struct CompletenessTests {
    @Test("each pinned type has <Type>.v<N>.json for every version up to its current one")
    func everyVersionPinned() throws {
        let files = Set(try EventFixture.all().map(\.file))
        let wanted = pinnedEventTypes.flatMap { type in
            (1...type.schemaVersion).map { "\(type.eventType).v\($0).json" }
        }
        let missing = wanted.filter { !files.contains($0) }
        #expect(missing == [], "write these fixtures (see Tests/Fixtures/events/README.md)")
    }

    @Test("the list of pinned types is every event type declared in Sources, once")
    func listIsComplete() throws {
        let pinned = pinnedEventTypes.map { $0.eventType }
        #expect(Set(pinned).count == pinned.count, "a type is listed twice")
        let declared = try Self.declaredEventTypes()
        #expect(declared.count >= 50, "found only \(declared.count) event types in Sources")
        #expect(declared.subtracting(pinned).sorted() == [], "declared but not pinned: add them and fixtures")
        #expect(Set(pinned).subtracting(declared).sorted() == [], "pinned but no longer declared")
    }

    @Test("every manifest entry names a pinned type and version, and every file is in the manifest")
    func manifestMatchesFolder() throws {
        let fixtures = try EventFixture.all()
        for fixture in fixtures {
            let type = pinnedEventTypes.first { $0.eventType == fixture.type }
            #expect(type != nil, "\(fixture.file): unknown type \(fixture.type)")
            let current = type?.schemaVersion ?? 0
            #expect(fixture.schemaVersion >= 1 && fixture.schemaVersion <= current, "\(fixture.file): version")
            #expect(fixture.file.hasPrefix("\(fixture.type).v\(fixture.schemaVersion)"), "\(fixture.file): name")
        }
        let listed = Set(fixtures.map(\.file))
        #expect(listed.count == fixtures.count, "a file is listed twice")
        let present = try FileManager.default.contentsOfDirectory(atPath: EventFixture.folder.path)
            .filter { $0.hasSuffix(".json") && $0 != "manifest.json" }
        #expect(Set(present).subtracting(listed).sorted() == [], "files not in manifest.json")
        #expect(listed.subtracting(present).sorted() == [], "manifest.json names missing files")
    }

    /// The names in every `static let eventType = "…"` under Sources.
    static func declaredEventTypes() throws -> Set<String> {
        let sources = EventFixture.folder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources")
        let pattern = try Regex(#"static let eventType = "(\w+)""#)
        var names = Set<String>()
        let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: pattern) {
                if let name = match.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }
}
