import EventStore
import Foundation
import Procurement
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
        guard let row = Self.read(event.payload, raised: true)?.row else {
            self = try Self.decoded(raised: event.payload)
            return
        }
        assert(
            (try? Self.decoded(raised: event.payload)) == row,
            "FlagRow read \(String(decoding: event.payload, as: UTF8.self)) otherwise than JSONDecoder")
        self = row
    }

    /// The row of a raising (`raised`) or revising event and its `evidence` column (the evidence as listed,
    /// ``FlagEvidence/listed``): from one walk of the payload when the row is read from the bytes (a rebuild),
    /// which cuts the listed evidence out of the payload's own bytes; else the row as ``init(raised:)`` or
    /// ``init(revised:)`` makes it and the column written from the typed evidence.
    static func withEvidence(_ event: RecordedEvent, raised: Bool) throws -> (row: FlagRow, evidence: String) {
        let type = raised ? RedFlagRaised.eventType : RedFlagRevised.eventType
        if event.decoded == nil, event.type == type, let (row, evidence) = read(event.payload, raised: raised) {
            assert(
                (try? raised ? decoded(raised: event.payload) : decoded(revised: event.payload)) == row
                    && (try? RedFlagsProjection.evidence(column: evidence))
                        == (try? RedFlagsProjection.evidence(of: event).listed),
                "FlagRow read \(String(decoding: event.payload, as: UTF8.self)) otherwise than JSONDecoder")
            return (row, evidence)
        }
        let row = try raised ? FlagRow(raised: event) : FlagRow(revised: event)
        return (row, try RedFlagsProjection.listedColumn(event))
    }

    /// The row of a raising event's payload through `JSONDecoder` and the slim shapes.
    static func decoded(raised payload: Data) throws -> FlagRow {
        let stored = try EventCoding.decode(Raised.self, from: payload)
        var row = FlagRow(stored.flagID, stored.evidence, key: stored.evidenceKey, version: stored.configurationVersion)
        (row.indicator, row.departmentID) = (stored.indicator.rawValue, stored.departmentID)
        (row.unit, row.identity) = (stored.unit, stored.identity)
        return row
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
        guard let row = Self.read(event.payload, raised: false)?.row else {
            self = try Self.decoded(revised: event.payload)
            return
        }
        assert(
            (try? Self.decoded(revised: event.payload)) == row,
            "FlagRow read \(String(decoding: event.payload, as: UTF8.self)) otherwise than JSONDecoder")
        self = row
    }

    /// The row of a revising event's payload through `JSONDecoder` and the slim shapes.
    static func decoded(revised payload: Data) throws -> FlagRow {
        let stored = try EventCoding.decode(Revised.self, from: payload)
        return FlagRow(stored.flagID, stored.evidence, key: stored.evidenceKey, version: stored.configurationVersion)
    }

    /// The row from its parts, read straight from a payload (``read(_:raised:)``).
    private init(
        flagID: FlagID, evidenceKey: String, configurationVersion: Int, supplier: PartyReference?, listed: [String],
        omittedProjects: Int, namesPeople: Bool
    ) {
        self.flagID = flagID
        self.evidenceKey = evidenceKey
        self.configurationVersion = configurationVersion
        supplierName = supplier?.name
        supplierTaxID = supplier?.taxID?.digits
        // The model keeps the first `maxProjects` and the stored count of omitted ones (FlagEvidencePayloadV1.model).
        let kept = listed.prefix(FlagEvidence.maxProjects)
        projectCount = kept.count + omittedProjects
        self.namesPeople = namesPeople
        projectIDs = Array(kept)
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

extension FlagRow {
    /// The row read straight from a raising (`raised`) or revising event's payload with the procurement
    /// payloads' cursor (`FlatJSON.Cursor`): the keys in sorted order, strings without escapes, the evidence's
    /// unused members skipped and its lists of people, declarations and gifts only counted. Nil for anything
    /// else (an escape, a missing or repeated key, a value the field's parser refuses), and the caller decodes
    /// with `JSONDecoder`, which reports what is wrong as before.
    ///
    /// Why: a `rebuild` reads every flag's payload, and `JSONDecoder` with the slim shapes was an eighth of it
    /// at 100,000 projects (issue 17). Debug builds read each payload both ways and stop when they differ.
    static func read(_ payload: Data, raised: Bool) -> (row: FlagRow, evidence: String)? {
        payload.withUnsafeBytes { raw -> (row: FlagRow, evidence: String)? in
            var cursor = FlatJSON.Cursor(bytes: raw.bindMemory(to: UInt8.self))
            var flagID: FlagID?
            var indicator: Indicator?
            var departmentID: String?
            var unit: String?
            var identity: String?
            var evidence: EvidenceParts?
            var evidenceText: String?
            var evidenceKey: String?
            var configurationVersion: Int?
            let ok = cursor.object { cursor, key in
                switch key {
                case "configurationVersion":
                    configurationVersion = cursor.integer()
                    return configurationVersion != nil
                case "evidence":
                    // The column is the member's bytes with the parts a list does not show cut out: the walk
                    // knows where the member and each of those parts start and end.
                    let start = cursor.index
                    evidence = EvidenceParts.read(&cursor)
                    guard let parts = evidence else { return false }
                    evidenceText = parts.listed(cursor.bytes, from: start, to: cursor.index)
                    return evidenceText != nil
                case "evidenceKey":
                    evidenceKey = cursor.string()
                    return evidenceKey != nil
                case "flagID":
                    flagID = cursor.string().flatMap { try? FlagID(parsing: $0) }
                    return flagID != nil
                case "departmentID" where raised:
                    departmentID = cursor.string()
                    return departmentID != nil
                case "identity" where raised:
                    identity = cursor.string()
                    return identity != nil
                case "indicator" where raised:
                    indicator = cursor.string().flatMap(Indicator.init(rawValue:))
                    return indicator != nil
                case "unit" where raised:
                    return cursor.optionalString(&unit)
                default:
                    // Keys the row has no column for (`fiscalYear`): skipped, as the slim shapes ignore them.
                    return cursor.skipValue()
                }
            }
            guard ok, cursor.atEnd, let flagID, let evidence, let evidenceText, let evidenceKey,
                let configurationVersion
            else {
                return nil
            }
            var row = FlagRow(
                flagID: flagID, evidenceKey: evidenceKey, configurationVersion: configurationVersion,
                supplier: evidence.supplier, listed: evidence.projectIDs, omittedProjects: evidence.omittedProjects,
                namesPeople: evidence.namesPeople)
            if raised {
                guard let indicator, let departmentID, let identity else { return nil }
                (row.indicator, row.departmentID, row.unit, row.identity) =
                    (indicator.rawValue, departmentID, unit, identity)
            }
            return (row, evidenceText)
        }
    }

    /// The parts of a stored evidence that have columns, and where the members that its listed form
    /// (``FlagEvidence/listed``) shortens lie.
    private struct EvidenceParts {
        var projectIDs: [String] = []
        var omittedProjects = 0
        var supplier: PartyReference?
        var namesPeople = false
        /// The byte ranges of the `omittedProjects` value, of the `projects` array and its first element, and
        /// of the `people`, `declarations` and `gifts` arrays, in the cursor's bytes.
        var omittedValue = 0..<0
        var projectsValue = 0..<0
        var firstProject: Range<Int>?
        var personalLists: [Range<Int>] = []

        /// The evidence object at the cursor, or nil when a member the slim shapes need is missing or unusual.
        static func read(_ cursor: inout FlatJSON.Cursor) -> EvidenceParts? {
            var parts = EvidenceParts()
            // The members `FlagRow.Evidence` requires.
            var projects = false
            var omitted = false
            var lists = 0
            let ok = cursor.object { cursor, key in
                let start = cursor.index
                switch key {
                case "projects":
                    projects = true
                    let ok = cursor.array { cursor in
                        let element = cursor.index
                        var projectID: String?
                        let ok = cursor.object { cursor, key in
                            guard key == "projectID" else { return cursor.skipValue() }
                            projectID = cursor.string()
                            return projectID != nil
                        }
                        guard ok, let projectID else { return false }
                        if parts.projectIDs.isEmpty { parts.firstProject = element..<cursor.index }
                        parts.projectIDs.append(projectID)
                        return true
                    }
                    parts.projectsValue = start..<cursor.index
                    return ok
                case "omittedProjects":
                    guard let count = cursor.integer() else { return false }
                    (parts.omittedProjects, omitted) = (count, true)
                    parts.omittedValue = start..<cursor.index
                    return true
                case "people", "declarations", "gifts":
                    lists += 1
                    let ok = cursor.array { cursor in
                        parts.namesPeople = true
                        return cursor.skipValue()
                    }
                    parts.personalLists.append(start..<cursor.index)
                    return ok
                case "supplier":
                    if cursor.null() { return true }
                    parts.supplier = FlagEvidencePayloadV1.readParty(&cursor)
                    return parts.supplier != nil
                default:
                    // The figures and the cut-off have no columns.
                    return cursor.skipValue()
                }
            }
            guard ok, projects, omitted, lists == 3 else { return nil }
            return parts
        }

        /// The listed form of the evidence that lies in `bytes[start..<end]` (the object these parts were read
        /// from): its bytes with the first project kept of the `projects`, the others added to
        /// `omittedProjects`, and `[]` for the people, declarations and gifts. These are the bytes
        /// `JSONEncoder` writes for ``FlagEvidence/listed`` of the decoded evidence, as the stored form is what it
        /// wrote for the whole (`RedFlagsRebuildTests` and debug builds check both).
        func listed(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> String? {
            // The model keeps the first `maxProjects` listed and the stored count of omitted ones.
            let count = min(projectIDs.count, FlagEvidence.maxProjects) + omittedProjects
            let kept = firstProject == nil ? 0 : 1
            let empty = Array("[]".utf8)
            let projects = firstProject.map { Array("[".utf8) + bytes[$0] + Array("]".utf8) } ?? empty
            var cuts: [(range: Range<Int>, replacement: [UInt8])] = [
                (omittedValue, Array(String(count - kept).utf8)), (projectsValue, projects),
            ]
            cuts += personalLists.map { ($0, empty) }
            cuts.sort { $0.range.lowerBound < $1.range.lowerBound }
            var text: [UInt8] = []
            text.reserveCapacity(end - start)
            var next = start
            for cut in cuts {
                guard cut.range.lowerBound >= next, cut.range.upperBound <= end else { return nil }
                text += bytes[next..<cut.range.lowerBound]
                text += cut.replacement
                next = cut.range.upperBound
            }
            text += bytes[next..<end]
            return text.withUnsafeBufferPointer { FlatJSON.text($0) }
        }
    }
}
