import Foundation
import Sujarit

/// A compact binary form of ``FlagCandidate``, for candidates that wait for a data-derived cut-off.
///
/// At national scale tens of thousands of candidates wait until every department has been read (their
/// cut-off depends on all of them); kept in memory they would make memory grow with the data. They are
/// written to a temporary file in this form instead, which is a few times faster to write and read than
/// JSON. The form is private to one run and never stored.
struct CandidateWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var value = Int64(value).littleEndian
        withUnsafeBytes(of: &value) { bytes.append(contentsOf: $0) }
    }

    mutating func double(_ value: Double) { int(Int(truncatingIfNeeded: Int64(bitPattern: value.bitPattern))) }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout CandidateWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout CandidateWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func money(_ value: Money) { int(Int(value.satang)) }

    mutating func date(_ value: CalendarDate) { int(DayNumber.of(value)) }

    mutating func party(_ value: PartyReference) {
        string(value.name)
        optional(value.taxID) { $0.string($1.digits) }
    }

    mutating func figure(_ value: FigureValue) {
        switch value {
        case .money(let v): bytes.append(0); money(v)
        case .count(let v): bytes.append(1); int(v)
        case .share(let v): bytes.append(2); double(v)
        case .ratio(let v): bytes.append(3); double(v)
        case .number(let v): bytes.append(4); double(v)
        case .days(let v): bytes.append(5); int(v)
        case .date(let v): bytes.append(6); date(v)
        }
    }

    mutating func candidate(_ value: FlagCandidate) {
        string(value.indicator.rawValue)
        int(value.fiscalYear.be)
        string(value.departmentID)
        optional(value.unit) { $0.string($1) }
        string(value.identity)
        string(value.evidenceKey)
        let evidence = value.evidence
        array(evidence.projects) { writer, fact in
            writer.string(fact.projectID)
            writer.string(fact.title)
            writer.optional(fact.method) { $0.string($1) }
            writer.int(fact.fiscalYear.be)
            writer.string(fact.departmentID)
            writer.optional(fact.departmentName) { $0.string($1) }
            writer.optional(fact.awarded) { $0.date($1) }
            writer.optional(fact.amount) { $0.money($1) }
            writer.optional(fact.referencePrice) { $0.money($1) }
            writer.optional(fact.budget) { $0.money($1) }
            writer.array(fact.winners) { $0.string($1) }
        }
        int(evidence.omittedProjects)
        optional(evidence.supplier) { $0.party($1) }
        array(evidence.figures) { writer, figure in
            writer.string(figure.name)
            writer.figure(figure.value)
        }
        optional(evidence.cutOff) { writer, cutOff in
            writer.string(cutOff.setting)
            writer.figure(cutOff.value)
            writer.string(cutOff.basis.rawValue)
            writer.int(cutOff.configurationVersion)
            writer.optional(cutOff.statistics) { writer, stats in
                writer.string(stats.side.rawValue)
                writer.double(stats.q1)
                writer.double(stats.q3)
                writer.double(stats.multiplier)
                writer.int(stats.sample)
                writer.string(stats.population)
            }
        }
        array(evidence.people) { writer, person in
            writer.string(person.staffID)
            writer.optional(person.department) { $0.string($1) }
            writer.string(person.capacity)
        }
        array(evidence.declarations) { writer, fact in
            writer.string(fact.declarationID)
            writer.string(fact.declarant)
            writer.string(fact.department)
            writer.optional(fact.project) { $0.string($1) }
            writer.party(fact.party)
            writer.string(fact.relationship)
            writer.optional(fact.detail) { $0.string($1) }
            writer.bool(fact.recused)
        }
        array(evidence.gifts) { writer, gift in
            writer.string(gift.entryID)
            writer.string(gift.recipient)
            writer.string(gift.department)
            writer.party(gift.giver)
            writer.date(gift.date)
            writer.money(gift.value)
            writer.string(gift.description)
            writer.string(gift.occasion)
        }
    }
}

/// Reads what ``CandidateWriter`` wrote.
struct CandidateReader {
    let bytes: UnsafeRawBufferPointer
    var position = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { position >= bytes.count }

    mutating func int() -> Int {
        var value: Int64 = 0
        withUnsafeMutableBytes(of: &value) {
            $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + 8)]))
        }
        position += 8
        return Int(Int64(littleEndian: value))
    }

    mutating func double() -> Double { Double(bitPattern: UInt64(bitPattern: Int64(int()))) }

    mutating func bool() -> Bool {
        defer { position += 1 }
        return bytes[position] != 0
    }

    mutating func byte() -> UInt8 {
        defer { position += 1 }
        return bytes[position]
    }

    mutating func string() -> String {
        let count = int()
        defer { position += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout CandidateReader) -> T) -> T? { bool() ? read(&self) : nil }

    mutating func array<T>(_ read: (inout CandidateReader) -> T) -> [T] { (0..<int()).map { _ in read(&self) } }

    mutating func money() -> Money { Money(satang: Int64(int())) }

    mutating func date() -> CalendarDate { CalendarDate(dayNumberFrom1970: int()) }

    mutating func party() -> PartyReference {
        let name = string()
        let tax = optional { $0.string() }
        return PartyReference(name: name, taxID: tax.flatMap { try? TaxID(validating: $0) })
    }

    mutating func figure() -> FigureValue {
        switch byte() {
        case 0: .money(money())
        case 1: .count(int())
        case 2: .share(double())
        case 3: .ratio(double())
        case 4: .number(double())
        case 5: .days(int())
        default: .date(date())
        }
    }

    /// What a candidate is numbered by, read from the start of its encoding without the rest: its indicator,
    /// fiscal year and identity (``CandidateWriter/candidate(_:)`` writes them first, with the department and
    /// unit between, which are skipped).
    mutating func key() -> (indicator: Indicator, fiscalYear: FiscalYear, identity: String) {
        let indicator = Indicator(rawValue: string())!
        let year = FiscalYear(be: int())
        position += int()
        if bool() { position += int() }
        return (indicator, year, string())
    }

    mutating func candidate() -> FlagCandidate {
        let indicator = Indicator(rawValue: string())!
        let year = FiscalYear(be: int())
        let departmentID = string()
        let unit = optional { $0.string() }
        let identity = string()
        let evidenceKey = string()
        let projects = array { reader in
            ProjectFact(
                projectID: reader.string(), title: reader.string(), method: reader.optional { $0.string() },
                fiscalYear: FiscalYear(be: reader.int()), departmentID: reader.string(),
                departmentName: reader.optional { $0.string() },
                awarded: reader.optional { $0.date() }, amount: reader.optional { $0.money() },
                referencePrice: reader.optional { $0.money() }, budget: reader.optional { $0.money() },
                winners: reader.array { $0.string() }
            )
        }
        let omitted = int()
        let supplier = optional { $0.party() }
        let figures = array { reader in Figure(name: reader.string(), value: reader.figure()) }
        let cutOff = optional { reader in
            CutOff(
                setting: reader.string(), value: reader.figure(), basis: CutOff.Basis(rawValue: reader.string())!,
                configurationVersion: reader.int(),
                statistics: reader.optional { reader in
                    FenceStatistics(
                        side: FenceStatistics.Side(rawValue: reader.string())!, q1: reader.double(),
                        q3: reader.double(),
                        multiplier: reader.double(), sample: reader.int(), population: reader.string()
                    )
                }
            )
        }
        let people = array { reader in
            PersonFact(staffID: reader.string(), department: reader.optional { $0.string() }, capacity: reader.string())
        }
        let declarations = array { reader in
            DeclarationFact(
                declarationID: reader.string(), declarant: reader.string(), department: reader.string(),
                project: reader.optional { $0.string() }, party: reader.party(), relationship: reader.string(),
                detail: reader.optional { $0.string() }, recused: reader.bool()
            )
        }
        let gifts = array { reader in
            GiftFact(
                entryID: reader.string(), recipient: reader.string(), department: reader.string(),
                giver: reader.party(),
                date: reader.date(), value: reader.money(), description: reader.string(), occasion: reader.string()
            )
        }
        var evidence = FlagEvidence(
            projects: projects, supplier: supplier, figures: figures, cutOff: cutOff, people: people,
            declarations: declarations, gifts: gifts
        )
        evidence.omittedProjects = omitted
        return FlagCandidate(
            restoring: indicator, fiscalYear: year, departmentID: departmentID, unit: unit, identity: identity,
            evidence: evidence, evidenceKey: evidenceKey)
    }
}

extension CalendarDate {
    /// The date `dayNumber` days after 1970-01-01 (the inverse of `DayNumber.of`).
    init(dayNumberFrom1970 dayNumber: Int) {
        self = Self.epoch.adding(days: dayNumber)
    }

    private static let epoch = try! CalendarDate(year: 1970, month: 1, day: 1)
}

extension FlagCandidate {
    /// A candidate rebuilt from its parts as they were computed.
    init(
        restoring indicator: Indicator, fiscalYear: FiscalYear, departmentID: String, unit: String?, identity: String,
        evidence: FlagEvidence, evidenceKey: String
    ) {
        self.indicator = indicator
        self.fiscalYear = fiscalYear
        self.departmentID = departmentID
        self.unit = unit
        self.identity = identity
        self.evidence = evidence
        self.evidenceKey = evidenceKey
    }
}
