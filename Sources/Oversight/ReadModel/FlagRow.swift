import EventStore
import Foundation
import Sujarit

/// What the flag tables take from a ``RedFlagRaised`` or ``RedFlagRevised`` event: the flag's keys and the
/// few parts of its evidence that have columns, decoded without the evidence's records.
///
/// Why: decoding a flag's whole evidence (up to 40 projects of a dozen fields, its figures and cut-off) to
/// fill a row whose `evidence` column is the payload's own bytes anyway was an eighth of a `rebuild`
/// (issue 17). The event's payload is read through these slim `Decodable` shapes, the same keys as
/// `FlagEvidencePayloadV1`'s; an event carried from its append (``RecordedEvent/decoded``) is read from the
/// typed value instead, and `RedFlagsProjectionTests` checks both give the same rows.
struct FlagRow: Sendable, Equatable {
    var flagID: FlagID
    var indicator: String?
    var departmentID: String?
    var unit: String?
    var identity: String?
    var evidenceKey: String
    var configurationVersion: Int
    var supplierName: String?
    var supplierTaxID: String?
    /// The projects listed (at most ``FlagEvidence/maxProjects``, as the model keeps) plus those omitted.
    var projectCount: Int
    var namesPeople: Bool
    /// The ids of the projects listed, as stored.
    var projectIDs: [String]

    /// The row of a raising event.
    init(raised event: RecordedEvent) throws {
        if event.decoded != nil {
            let raised = try event.decode(RedFlagRaised.self)
            self.init(
                raised.flagID, evidence: raised.evidence, key: raised.evidenceKey, version: raised.configurationVersion)
            (indicator, departmentID) = (raised.indicator.rawValue, raised.departmentID)
            (unit, identity) = (raised.unit, raised.identity)
            return
        }
        guard event.type == RedFlagRaised.eventType else {
            throw EventStoreError.unexpectedEventType(
                expected: RedFlagRaised.eventType, found: event.type, sequence: event.sequence)
        }
        let stored = try EventCoding.decode(Raised.self, from: event.payload)
        self.init(stored.flagID, stored.evidence, key: stored.evidenceKey, version: stored.configurationVersion)
        (indicator, departmentID) = (stored.indicator.rawValue, stored.departmentID)
        (unit, identity) = (stored.unit, stored.identity)
    }

    /// The row of a revising event (its flag's keys stay as raised).
    init(revised event: RecordedEvent) throws {
        if event.decoded != nil {
            let revised = try event.decode(RedFlagRevised.self)
            self.init(
                revised.flagID, evidence: revised.evidence, key: revised.evidenceKey,
                version: revised.configurationVersion)
            return
        }
        guard event.type == RedFlagRevised.eventType else {
            throw EventStoreError.unexpectedEventType(
                expected: RedFlagRevised.eventType, found: event.type, sequence: event.sequence)
        }
        let stored = try EventCoding.decode(Revised.self, from: event.payload)
        self.init(stored.flagID, stored.evidence, key: stored.evidenceKey, version: stored.configurationVersion)
    }

    private init(_ flagID: FlagID, evidence: FlagEvidence, key: String, version: Int) {
        self.flagID = flagID
        evidenceKey = key
        configurationVersion = version
        supplierName = evidence.supplier?.name
        supplierTaxID = evidence.supplier?.taxID?.digits
        projectCount = evidence.projects.count + evidence.omittedProjects
        namesPeople = evidence.namesPeople
        projectIDs = evidence.projects.map(\.projectID)
    }

    private init(_ flagID: FlagID, _ evidence: Evidence, key: String, version: Int) {
        self.flagID = flagID
        evidenceKey = key
        configurationVersion = version
        supplierName = evidence.supplier?.name
        supplierTaxID = evidence.supplier?.taxID?.digits
        // The model keeps the first `maxProjects` and the stored count of omitted ones (FlagEvidencePayloadV1.model).
        let listed = evidence.projects.prefix(FlagEvidence.maxProjects)
        projectCount = listed.count + evidence.omittedProjects
        namesPeople = !evidence.people.isEmpty || !evidence.declarations.isEmpty || !evidence.gifts.isEmpty
        projectIDs = listed.map(\.projectID)
    }

    /// `RedFlagRaised`'s stored keys that have columns.
    private struct Raised: Decodable {
        var flagID: FlagID
        var indicator: Indicator
        var departmentID: String
        var unit: String?
        var identity: String
        var evidence: Evidence
        var evidenceKey: String
        var configurationVersion: Int
    }

    /// `RedFlagRevised`'s stored keys that have columns.
    private struct Revised: Decodable {
        var flagID: FlagID
        var evidence: Evidence
        var evidenceKey: String
        var configurationVersion: Int
    }

    /// `FlagEvidencePayloadV1`'s keys that have columns; the lists of people, declarations and gifts are only
    /// counted.
    private struct Evidence: Decodable {
        var projects: [Project]
        var omittedProjects: Int
        var supplier: PartyReference?
        var people: [Counted]
        var declarations: [Counted]
        var gifts: [Counted]
    }

    private struct Project: Decodable {
        var projectID: String
    }

    /// Any element of a list, read only to be counted.
    private struct Counted: Decodable {
        init(from decoder: any Decoder) throws {}
    }
}
