import Foundation
import Procurement
import Sujarit

extension ProcurementProject {
    /// The amount a project was awarded for: the agreed price, else the sum of its contracts.
    ///
    /// Summed with `+`: the projects the rules see passed `RedFlagEngine.consume`, which checked that the
    /// totals of their department's amounts fit, so this subtotal cannot overflow.
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
    /// An award: one contract of one project. Plain values only, so sorting and copying them is cheap.
    struct Award {
        /// Index into ``projects``.
        let project: Int
        /// Index into the project's contracts.
        let contract: Int
        /// Index into ``suppliers``.
        let supplier: Int
        let amount: Money?
        let date: CalendarDate?
        /// ``date`` as a day number, for window arithmetic.
        let day: Int?
        /// The project's fiscal year (BE).
        let year: Int
        /// The project's method as the settings classify it.
        let method: MethodClass
    }

    /// A supplier as the rules key it: by tax id, else by normalised name.
    struct Supplier {
        let taxDigits: String?
        let nameKey: String?
        /// The name first seen, with the tax id when known.
        let reference: PartyReference

        /// `tax:<13 digits>` or `name:<normalised name>`, as flag identities write it.
        var key: String { taxDigits.map { "tax:" + $0 } ?? "name:" + (nameKey ?? "") }
    }

    let departmentID: String
    let unit: BuyingUnit
    let projects: [ProcurementProject]
    /// Each project's method class, by index.
    let methods: [MethodClass]
    private(set) var awards: [Award] = []
    private(set) var suppliers: [Supplier] = []
    /// ``awards`` sorted by year, supplier, day and project: one sort that the year- and supplier-based
    /// rules share.
    private(set) var byYear: [Award] = []
    /// The ranges of ``byYear`` holding one fiscal year each.
    private(set) var yearRuns: [Range<Int>] = []

    /// The tax ids seen with one normalised name: one, or several (then the name alone cannot say which).
    enum TaxOfName {
        case one(String)
        case several
    }

    /// Dictionaries reused from one department to the next, so a national run does not build and grow
    /// four new ones for each of thousands of departments.
    struct Scratch {
        var byTax: [String: Int] = [:]
        var byName: [ByteKey: Int] = [:]
        var normalized: [ByteKey: String] = [:]
        var taxByName: [ByteKey: TaxOfName] = [:]

        mutating func clear() {
            // Emptying a dictionary that keeps its capacity costs as much as its largest department, so
            // small ones are kept and large ones replaced.
            if byTax.capacity > 1_024 { byTax = [:] } else { byTax.removeAll(keepingCapacity: true) }
            if byName.capacity > 1_024 { byName = [:] } else { byName.removeAll(keepingCapacity: true) }
            if taxByName.capacity > 1_024 { taxByName = [:] } else { taxByName.removeAll(keepingCapacity: true) }
            // Names recur across departments (national suppliers); keep the cache while it stays small.
            if normalized.count > 20_000 { normalized = [:] }
        }
    }

    init(
        departmentID: String, unit: BuyingUnit, projects: [ProcurementProject], classes: inout MethodClasses,
        scratch: inout Scratch
    ) {
        self.departmentID = departmentID
        self.unit = unit
        self.projects = projects
        // Index-based loops: iterating the projects themselves would copy (retain and release) every field.
        var methods: [MethodClass] = []
        methods.reserveCapacity(projects.count)
        for index in projects.indices { methods.append(classes.classify(projects[index].method)) }
        self.methods = methods
        scratch.clear()
        func key(of name: String) -> String {
            if let known = scratch.normalized[ByteKey(name)] { return known }
            let key = PartyReference.normalize(name)
            scratch.normalized[ByteKey(name)] = key
            return key
        }
        var hasNameOnly = false
        for index in projects.indices where !hasNameOnly {
            for position in projects[index].contracts.indices
            where projects[index].contracts[position].winnerTaxID == nil {
                hasNameOnly = true
            }
        }
        if hasNameOnly {
            for index in projects.indices {
                for position in projects[index].contracts.indices {
                    guard let tax = projects[index].contracts[position].winnerTaxID else { continue }
                    let name = ByteKey(key(of: projects[index].contracts[position].winnerName))
                    switch scratch.taxByName[name] {
                    case nil: scratch.taxByName[name] = .one(tax.digits)
                    case .one(let known)? where known != tax.digits: scratch.taxByName[name] = .several
                    default: break
                    }
                }
            }
        }
        awards.reserveCapacity(projects.count)
        for index in projects.indices {
            // The two arrays, not the project: a project passed whole is copied (every field retained and
            // released), its fields read in place.
            let awarded = Self.awarded(timeline: projects[index].timeline, contracts: projects[index].contracts)
            let year = projects[index].fiscalYear.be
            let count = projects[index].contracts.count
            for position in 0..<count {
                var tax = projects[index].contracts[position].winnerTaxID?.digits
                var nameKey: String?
                if tax == nil {
                    let name = key(of: projects[index].contracts[position].winnerName)
                    guard !name.isEmpty else { continue }
                    if case .one(let only)? = scratch.taxByName[ByteKey(name)] { tax = only } else { nameKey = name }
                }
                let supplier: Int
                if let tax {
                    if let known = scratch.byTax[tax] {
                        supplier = known
                    } else {
                        supplier = suppliers.count
                        scratch.byTax[tax] = supplier
                        suppliers.append(
                            Supplier(
                                taxDigits: tax, nameKey: nil, reference: projects[index].contracts[position].winner))
                    }
                } else if let known = scratch.byName[ByteKey(nameKey!)] {
                    supplier = known
                } else {
                    supplier = suppliers.count
                    scratch.byName[ByteKey(nameKey!)] = supplier
                    suppliers.append(
                        Supplier(
                            taxDigits: nil, nameKey: nameKey, reference: projects[index].contracts[position].winner))
                }
                let amount =
                    count == 1
                    ? (projects[index].agreedPrice ?? projects[index].contracts[position].amount)
                    : projects[index].contracts[position].amount
                let date = awarded ?? projects[index].contracts[position].signed
                awards.append(
                    Award(
                        project: index, contract: position, supplier: supplier, amount: amount, date: date,
                        day: date.map(DayNumber.of), year: year, method: methods[index]
                    ))
            }
        }
        index()
    }

    /// Sorts ``byYear`` and finds its ``yearRuns``.
    private mutating func index() {
        byYear = awards.sorted {
            ($0.year, $0.supplier, $0.day ?? Int.max, $0.project) < (
                $1.year, $1.supplier, $1.day ?? Int.max, $1.project
            )
        }
        var start = 0
        while start < byYear.count {
            var end = start + 1
            while end < byYear.count, byYear[end].year == byYear[start].year { end += 1 }
            yearRuns.append(start..<end)
            start = end
        }
    }

    /// ``ProcurementProject/awarded``: the award in force (``AwardHistory``, read only when the timeline has
    /// a cancellation or several awards), else the first signature.
    static func awarded(_ project: ProcurementProject) -> CalendarDate? {
        awarded(timeline: project.timeline, contracts: project.contracts)
    }

    /// ``awarded(_:)`` from a project's timeline and contracts.
    static func awarded(
        timeline: [ProcurementProject.TimelineEntry], contracts: [ProcurementProject.Contract]
    ) -> CalendarDate? {
        var first: CalendarDate?
        var awards = 0, cancellations = 0
        for entry in timeline {
            switch entry.type {
            case .winner:
                awards += 1
                if first.map({ entry.published < $0 }) ?? true { first = entry.published }
            case .awardCancelled: cancellations += 1
            default: break
            }
        }
        if awards > 1 || cancellations > 0 { first = AwardHistory.finalDay(of: timeline) }
        if first != nil { return first }
        for contract in contracts {
            if let signed = contract.signed, first.map({ signed < $0 }) ?? true { first = signed }
        }
        return first
    }

    /// The contract's winner as written (name and tax id).
    func winner(_ award: Award) -> PartyReference { projects[award.project].contracts[award.contract].winner }

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
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool {
        var left = lhs.text, right = rhs.text
        return left.withUTF8 { a in
            right.withUTF8 { b in
                a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
            }
        }
    }
}

/// Which rule families count a method, decided once per method rather than per award.
struct MethodClass: Sendable, Hashable {
    var splitting = false
    var bunching = false
    var yearEnd = false
    /// price-near-reference applies.
    var nearReference = false
    /// reference-equals-budget applies.
    var referenceEqualsBudget = false
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
            yearEnd: settings.yearEnd.methods.contains(key),
            nearReference: settings.methods(settings.price.nearReferenceMethods).contains(key),
            referenceEqualsBudget: settings.methods(settings.price.referenceEqualsBudgetMethods).contains(key)
        )
        known[method] = found
        return found
    }
}

extension RandomAccessCollection where Index == Int {
    /// Calls `body` with each run of consecutive elements that share `key` (the collection sorted by it first).
    func forEachRun<Key: Equatable>(by key: (Element) -> Key, _ body: (Key, SubSequence) -> Void) {
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
