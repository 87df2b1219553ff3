import Foundation
import Procurement
import Sujarit

extension ProcurementProject {
    /// The amount a project was awarded for: the agreed price, else the sum of its contracts.
    public var awardAmount: Money? {
        if let agreedPrice { return agreedPrice }
        var total: Money?
        for contract in contracts {
            if let amount = contract.amount { total = (total ?? .zero) + amount }
        }
        return total
    }
}

/// One department's projects, with each award (a contract and its winner) resolved to a supplier.
///
/// Rules about splitting and concentration compare awards to the same supplier, so suppliers are told
/// apart once here: by tax id, else by normalised name; an award without a tax id joins the supplier with
/// a tax id whose name it shares, when exactly one such supplier exists in the department (FY2565–2567
/// contract files lost most tax ids, so the same firm appears both ways).
///
/// What the rules read in their loops (year, method, amount, day) is copied into small values here, so a
/// national run does not walk the projects' strings and arrays again for every rule.
struct DepartmentBatch {
    /// An award: one contract of one project.
    struct Award {
        /// Index into ``projects``.
        let project: Int
        /// Index into ``suppliers``.
        let supplier: Int
        /// The contract's winner as written (name and tax id).
        let winner: PartyReference
        let amount: Money?
        let date: CalendarDate?
        /// ``date`` as a day number, for window arithmetic.
        let day: Int?
        /// The project's fiscal year (BE).
        let year: Int
        /// The project's method as the settings classify it.
        let method: MethodClass
    }

    /// A supplier as the rules key it.
    struct Supplier {
        /// `tax:<13 digits>` or `name:<normalised name>`.
        let key: String
        /// The name first seen, with the tax id when known.
        let reference: PartyReference
    }

    let departmentID: String
    let unit: BuyingUnit
    let projects: [ProcurementProject]
    /// Each project's method class, by index.
    let methods: [MethodClass]
    private(set) var awards: [Award] = []
    private(set) var suppliers: [Supplier] = []

    init(departmentID: String, unit: BuyingUnit, projects: [ProcurementProject], classes: inout MethodClasses) {
        self.departmentID = departmentID
        self.unit = unit
        self.projects = projects
        methods = projects.map { classes.classify($0.method) }
        var supplierIndex: [ByteKey: Int] = [:]
        var normalized: [ByteKey: String] = [:]
        func key(of name: String) -> String {
            if let known = normalized[ByteKey(name)] { return known }
            let key = NameKey.normalize(name)
            normalized[ByteKey(name)] = key
            return key
        }
        // Names of suppliers known by tax id, to place the same firm written without one.
        var taxByName: [ByteKey: Set<String>] = [:]
        let hasNameOnly = projects.contains { $0.contracts.contains { $0.winnerTaxID == nil } }
        if hasNameOnly {
            for project in projects {
                for contract in project.contracts {
                    guard let tax = contract.winnerTaxID else { continue }
                    taxByName[ByteKey(key(of: contract.winnerName)), default: []].insert(tax.digits)
                }
            }
        }
        awards.reserveCapacity(projects.count)
        for (index, project) in projects.enumerated() {
            let awarded = project.awarded
            let year = project.fiscalYear.be
            for contract in project.contracts {
                let supplierKey: String
                if let tax = contract.winnerTaxID {
                    supplierKey = "tax:" + tax.digits
                } else {
                    let name = key(of: contract.winnerName)
                    guard !name.isEmpty else { continue }
                    if let taxes = taxByName[ByteKey(name)], taxes.count == 1 {
                        supplierKey = "tax:" + taxes.first!
                    } else {
                        supplierKey = "name:" + name
                    }
                }
                let supplier: Int
                if let known = supplierIndex[ByteKey(supplierKey)] {
                    supplier = known
                } else {
                    supplier = suppliers.count
                    supplierIndex[ByteKey(supplierKey)] = supplier
                    suppliers.append(Supplier(key: supplierKey, reference: contract.winner))
                }
                let amount = project.contracts.count == 1 ? (project.agreedPrice ?? contract.amount) : contract.amount
                let date = awarded ?? contract.signed
                awards.append(Award(
                    project: index, supplier: supplier, winner: contract.winner, amount: amount, date: date,
                    day: date.map(DayNumber.of), year: year, method: methods[index]
                ))
            }
        }
    }

    /// The project's facts for evidence, with `amount` when the rule used a particular one.
    func fact(_ award: Award) -> ProjectFact {
        ProjectFact(projects[award.project], amount: award.amount)
    }

    /// The project id of an award, for ordering and records.
    func id(_ award: Award) -> String { projects[award.project].projectID.rawValue }
}

/// A string compared and hashed by its UTF-8 bytes.
///
/// `String`'s own hashing normalises Thai text to NFC first, which dominated the rules' time at national
/// scale. Names and keys here come from one source and are compared as written (Thai has no canonically
/// equivalent spellings), so bytes are enough.
struct ByteKey: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0) }
        }
    }
}

/// Which rule families count a method, decided once per method rather than per award.
struct MethodClass: Sendable, Hashable {
    var splitting = false
    var bunching = false
    var yearEnd = false
}

/// The settings' method lists as a small cache from method to ``MethodClass``.
struct MethodClasses {
    let settings: RedFlagSettings
    private var known: [ProcurementMethod: MethodClass] = [:]
    private let none = MethodClass()

    init(settings: RedFlagSettings) { self.settings = settings }

    mutating func classify(_ method: ProcurementMethod?) -> MethodClass {
        guard let method else { return none }
        if let found = known[method] { return found }
        let key = method.key
        let found = MethodClass(
            splitting: settings.splitting.methods.contains(key), bunching: settings.bunching.methods.contains(key),
            yearEnd: settings.yearEnd.methods.contains(key)
        )
        known[method] = found
        return found
    }
}

extension Array {
    /// Calls `body` with each run of consecutive elements that share `key` (the array sorted by it first).
    func forEachRun<Key: Equatable>(by key: (Element) -> Key, _ body: (Key, ArraySlice<Element>) -> Void) {
        var start = startIndex
        while start < endIndex {
            let runKey = key(self[start])
            var end = start + 1
            while end < endIndex, key(self[end]) == runKey { end += 1 }
            body(runKey, self[start..<end])
            start = end
        }
    }
}
