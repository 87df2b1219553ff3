import Procurement
import Sujarit

extension ProcurementProject {
    /// The amount a project was awarded for: the agreed price, else the sum of its contracts.
    public var awardAmount: Money? {
        if let agreedPrice { return agreedPrice }
        let amounts = contracts.compactMap(\.amount)
        return amounts.isEmpty ? nil : amounts.sum()
    }
}

/// One department's projects, with each award (a contract and its winner) resolved to a supplier.
///
/// Rules about splitting and concentration compare awards to the same supplier, so suppliers are told
/// apart once here: by tax id, else by normalised name; an award without a tax id joins the supplier with
/// a tax id whose name it shares, when exactly one such supplier exists in the department (FY2565–2567
/// contract files lost most tax ids, so the same firm appears both ways).
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
    private(set) var awards: [Award] = []
    private(set) var suppliers: [Supplier] = []

    init(departmentID: String, unit: BuyingUnit, projects: [ProcurementProject]) {
        self.departmentID = departmentID
        self.unit = unit
        self.projects = projects
        var supplierIndex: [String: Int] = [:]
        var normalized: [String: String] = [:]
        func key(of name: String) -> String {
            if let known = normalized[name] { return known }
            let key = PartyReference.normalize(name)
            normalized[name] = key
            return key
        }
        // Names of suppliers known by tax id, to place the same firm written without one.
        var taxByName: [String: Set<String>] = [:]
        let hasNameOnly = projects.contains { $0.contracts.contains { $0.winnerTaxID == nil } }
        if hasNameOnly {
            for project in projects {
                for contract in project.contracts {
                    guard let tax = contract.winnerTaxID else { continue }
                    taxByName[key(of: contract.winnerName), default: []].insert(tax.digits)
                }
            }
        }
        for (index, project) in projects.enumerated() {
            let awarded = project.awarded
            for contract in project.contracts {
                let supplierKey: String
                if let tax = contract.winnerTaxID {
                    supplierKey = "tax:" + tax.digits
                } else {
                    let name = key(of: contract.winnerName)
                    guard !name.isEmpty else { continue }
                    if let taxes = taxByName[name], taxes.count == 1 {
                        supplierKey = "tax:" + taxes.first!
                    } else {
                        supplierKey = "name:" + name
                    }
                }
                let supplier: Int
                if let known = supplierIndex[supplierKey] {
                    supplier = known
                } else {
                    supplier = suppliers.count
                    supplierIndex[supplierKey] = supplier
                    suppliers.append(Supplier(key: supplierKey, reference: contract.winner))
                }
                let amount = project.contracts.count == 1 ? (project.agreedPrice ?? contract.amount) : contract.amount
                let date = awarded ?? contract.signed
                awards.append(Award(project: index, supplier: supplier, winner: contract.winner, amount: amount, date: date, day: date.map(DayNumber.of)))
            }
        }
    }

    /// The project's facts for evidence, with `amount` when the rule used a particular one.
    func fact(_ award: Award) -> ProjectFact {
        ProjectFact(projects[award.project], amount: award.amount)
    }
}
