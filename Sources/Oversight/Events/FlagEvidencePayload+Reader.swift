import Foundation
import Procurement
import Sujarit

extension FlagEvidencePayloadV1 {
    /// The evidence stored in `bytes` (``FlagEvidencePayloadV1``'s form) read straight from them with the
    /// payloads' cursor (`FlatJSON.Cursor`), or nil for anything the cursor does not read exactly as
    /// `JSONDecoder` would: an escape, a missing, repeated or unknown key, a value its field's parser refuses,
    /// and any person, declaration or gift (the listed form holds none, ``FlagEvidence/listed``). The caller
    /// then decodes with `JSONDecoder`, which reports what is wrong as before.
    ///
    /// Why: `flags list` reads the listed evidence of every flag it lists, and `JSONDecoder` was 62 % of a
    /// national list (123,440 flags, issue 17). `FlagPayloadTests` reads every fixture and every indicator's
    /// evidence both ways.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> FlagEvidence? {
        var cursor = FlatJSON.Cursor(bytes: bytes)
        var projects: [ProjectFact]?
        var omitted: Int?
        var supplier: PartyReference?
        var figures: [Oversight.Figure]?
        var cutOff: Oversight.CutOff?
        var emptyLists = 0
        let ok = cursor.object { cursor, key in
            switch key {
            case "cutOff":
                if cursor.null() { return true }
                cutOff = readCutOff(&cursor)
                return cutOff != nil
            case "declarations", "gifts", "people":
                emptyLists += 1
                return cursor.array { _ in false }
            case "figures":
                var read: [Oversight.Figure] = []
                let ok = cursor.array { cursor in
                    guard let figure = readFigure(&cursor) else { return false }
                    read.append(figure)
                    return true
                }
                figures = read
                return ok
            case "omittedProjects":
                omitted = cursor.integer()
                return omitted != nil
            case "projects":
                var read: [ProjectFact] = []
                let ok = cursor.array { cursor in
                    guard let project = readProject(&cursor) else { return false }
                    read.append(project)
                    return true
                }
                projects = read
                return ok
            case "supplier":
                if cursor.null() { return true }
                supplier = readParty(&cursor)
                return supplier != nil
            default:
                return false
            }
        }
        guard ok, cursor.atEnd, emptyLists == 3, let projects, let omitted, let figures else { return nil }
        // As `model` makes it: the initializer keeps the first `maxProjects`, then the stored count of omitted.
        var evidence = FlagEvidence(projects: projects, supplier: supplier, figures: figures, cutOff: cutOff)
        evidence.omittedProjects = omitted
        return evidence
    }

    /// A `PartyReference`: its name, and its tax id when given (validated as its decoding does).
    static func readParty(_ cursor: inout FlatJSON.Cursor) -> PartyReference? {
        var name: String?
        var taxID: TaxID?
        let ok = cursor.object { cursor, key in
            switch key {
            case "name":
                name = cursor.string()
                return name != nil
            case "taxID": return cursor.optional(&taxID) { try? TaxID(parsing: $0) }
            default: return cursor.skipValue()
            }
        }
        guard ok, let name else { return nil }
        return PartyReference(name: name, taxID: taxID)
    }

    /// `YYYY-MM-DD` as `CalendarDate`'s decoding reads it, else nil.
    private static func isoDate(_ text: String) -> CalendarDate? {
        var text = text
        guard let (year, month, day) = text.withUTF8(CalendarDate.isoNumbers) else { return nil }
        return try? CalendarDate(year: year, month: month, day: day)
    }

    private static func readProject(_ cursor: inout FlatJSON.Cursor) -> ProjectFact? {
        var projectID: String?
        var title: String?
        var method: String?
        var fiscalYear: FiscalYear?
        var departmentID: String?
        var departmentName: String?
        var awarded: CalendarDate?
        var amount: Money?
        var referencePrice: Money?
        var budget: Money?
        var winners: [String]?
        let ok = cursor.object { cursor, key in
            switch key {
            case "amount": return cursor.optional(&amount) { try? Money.parse($0) }
            case "awarded": return cursor.optional(&awarded, isoDate)
            case "budget": return cursor.optional(&budget) { try? Money.parse($0) }
            case "departmentID":
                departmentID = cursor.string()
                return departmentID != nil
            case "departmentName": return cursor.optionalString(&departmentName)
            case "fiscalYear":
                // FiscalYear's decoding: a Buddhist-era year.
                guard let be = cursor.integer(), be >= CalendarDate.firstBuddhistEraYear else { return false }
                fiscalYear = FiscalYear(be: be)
                return true
            case "method": return cursor.optionalString(&method)
            case "projectID":
                projectID = cursor.string()
                return projectID != nil
            case "referencePrice": return cursor.optional(&referencePrice) { try? Money.parse($0) }
            case "title":
                title = cursor.string()
                return title != nil
            case "winners":
                var names: [String] = []
                let ok = cursor.array { cursor in
                    guard let name = cursor.string() else { return false }
                    names.append(name)
                    return true
                }
                winners = names
                return ok
            default: return false
            }
        }
        guard ok, let projectID, let title, let fiscalYear, let departmentID, let winners else { return nil }
        return ProjectFact(
            projectID: projectID, title: title, method: method, fiscalYear: fiscalYear, departmentID: departmentID,
            departmentName: departmentName, awarded: awarded, amount: amount, referencePrice: referencePrice,
            budget: budget, winners: winners)
    }

    private static func readFigure(_ cursor: inout FlatJSON.Cursor) -> Oversight.Figure? {
        var name: String?
        var value: Oversight.FigureValue?
        let ok = cursor.object { cursor, key in
            switch key {
            case "name":
                name = cursor.string()
                return name != nil
            case "value":
                value = readValue(&cursor)
                return value != nil
            default: return false
            }
        }
        guard ok, let name, let value else { return nil }
        // As `Figure.model` makes it: a stored name is kept as written.
        var figure = Oversight.Figure(.total, value)
        figure.name = name
        return figure
    }

    /// A figure's value: an object of one member named after its kind.
    private static func readValue(_ cursor: inout FlatJSON.Cursor) -> Oversight.FigureValue? {
        var value: Oversight.FigureValue?
        let ok = cursor.object { cursor, key in
            guard value == nil else { return false }
            switch key {
            case "count": value = cursor.integer().map { .count($0) }
            case "date": value = cursor.string().flatMap(isoDate).map { .date($0) }
            case "days": value = cursor.integer().map { .days($0) }
            case "money": value = cursor.string().flatMap { try? Money.parse($0) }.map { .money($0) }
            case "number": value = cursor.number().map { .number($0) }
            case "ratio": value = cursor.number().map { .ratio($0) }
            case "share": value = cursor.number().map { .share($0) }
            default: return false
            }
            return value != nil
        }
        return ok ? value : nil
    }

    private static func readCutOff(_ cursor: inout FlatJSON.Cursor) -> Oversight.CutOff? {
        var basis: Oversight.CutOff.Basis?
        var configurationVersion: Int?
        var setting: String?
        var statistics: FenceStatistics?
        var value: Oversight.FigureValue?
        let ok = cursor.object { cursor, key in
            switch key {
            case "basis":
                basis = cursor.string().flatMap(Oversight.CutOff.Basis.init(rawValue:))
                return basis != nil
            case "configurationVersion":
                configurationVersion = cursor.integer()
                return configurationVersion != nil
            case "setting":
                setting = cursor.string()
                return setting != nil
            case "statistics":
                if cursor.null() { return true }
                statistics = readStatistics(&cursor)
                return statistics != nil
            case "value":
                value = readValue(&cursor)
                return value != nil
            default: return false
            }
        }
        guard ok, let basis, let configurationVersion, let setting, let value else { return nil }
        return Oversight.CutOff(
            setting: setting, value: value, basis: basis, configurationVersion: configurationVersion,
            statistics: statistics)
    }

    private static func readStatistics(_ cursor: inout FlatJSON.Cursor) -> FenceStatistics? {
        var multiplier: Double?
        var population: String?
        var q1: Double?
        var q3: Double?
        var sample: Int?
        var side: FenceStatistics.Side?
        let ok = cursor.object { cursor, key in
            switch key {
            case "multiplier":
                multiplier = cursor.number()
                return multiplier != nil
            case "population":
                population = cursor.string()
                return population != nil
            case "q1":
                q1 = cursor.number()
                return q1 != nil
            case "q3":
                q3 = cursor.number()
                return q3 != nil
            case "sample":
                sample = cursor.integer()
                return sample != nil
            case "side":
                side = cursor.string().flatMap(FenceStatistics.Side.init(rawValue:))
                return side != nil
            default: return false
            }
        }
        guard ok, let multiplier, let population, let q1, let q3, let sample, let side else { return nil }
        return FenceStatistics(
            side: side, q1: q1, q3: q3, multiplier: multiplier, sample: sample, population: population)
    }
}
