import EventStore
import Foundation
import Procurement
import Sujarit

/// A flag event whose payload is written directly with `FlatJSON.Writer` (``RedFlagRaised``, ``RedFlagRevised``).
///
/// Why: `JSONEncoder` was a sixth of `flags run` at 100,000 projects (issue 17). The bytes must not differ by one
/// from ``EventStore/EventCoding/encode(_:)``'s: they are hashed into the chain, and the fixtures of
/// `Tests/Fixtures/events` pin them. Debug builds (and so every test that raises a flag) encode each event both
/// ways and stop when they differ.
protocol DirectFlagPayload: DomainEvent, Equatable {
    /// The flag's evidence, as the event carries it.
    var evidence: FlagEvidence { get set }

    /// The payload written with `FlatJSON.Writer` (keys in `JSONEncoder`'s byte order, nil members left out,
    /// the evidence as ``FlagEvidencePayloadV1`` writes it); nil when a figure is not finite (`JSONEncoder`
    /// throws).
    func directPayload() -> Data?
}

extension DirectFlagPayload {
    /// The canonical payload: ``directPayload()``, or `JSONEncoder`'s when that gives none.
    /// - Throws: `JSONEncoder`'s error for a figure that is not a finite number, as before.
    func canonicalPayload() throws -> Data {
        guard let payload = directPayload() else { return try EventCoding.encode(self) }
        assert(
            (try? EventCoding.encode(self)) == payload,
            "\(Self.eventType)'s direct payload differs from JSONEncoder's: \(String(decoding: payload, as: UTF8.self))"
        )
        return payload
    }

    /// The event to append, its payload written by ``canonicalPayload()`` and the event carried for the flag
    /// tables' projection in the same append (``EventStore/DecodedPayload``), as its payload decodes
    /// (``FlagEvidence/asStored``), so the projection need not parse back what was just written.
    func proposed(occurredAt: Date, actor: String, dedupeKey: String) throws -> ProposedEvent {
        var carried = self
        carried.evidence = evidence.asStored
        return ProposedEvent(
            type: Self.eventType, schemaVersion: Self.schemaVersion, occurredAt: occurredAt, actor: actor,
            payload: try canonicalPayload(), dedupeKey: dedupeKey, decoded: DecodedPayload(carried))
    }
}

extension RedFlagRaised: DirectFlagPayload {
    /// The payload written with `FlatJSON.Writer` (`unit` left out when nil); nil when a figure is not finite.
    func directPayload() -> Data? {
        var writer = FlatJSON.Writer(capacity: 2_048)
        writer.add("configurationVersion", configurationVersion)
        writer.add("departmentID", departmentID)
        writer.key("evidence")
        guard FlagEvidencePayloadV1.write(evidence, into: &writer) else { return nil }
        writer.add("evidenceKey", evidenceKey)
        writer.add("fiscalYear", fiscalYear.be)
        writer.add("flagID", flagID.description)
        writer.add("identity", identity)
        writer.add("indicator", indicator.rawValue)
        writer.add("unit", unit)
        return writer.finish()
    }
}

extension RedFlagRevised: DirectFlagPayload {
    /// The payload written with `FlatJSON.Writer`; nil when a figure is not finite.
    func directPayload() -> Data? {
        var writer = FlatJSON.Writer(capacity: 2_048)
        writer.add("configurationVersion", configurationVersion)
        writer.key("evidence")
        guard FlagEvidencePayloadV1.write(evidence, into: &writer) else { return nil }
        writer.add("evidenceKey", evidenceKey)
        writer.add("flagID", flagID.description)
        return writer.finish()
    }
}
