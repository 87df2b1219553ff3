import Procurement
import Sujarit

/// `procurement show --format json`: one project as scripts read it (`Docs/schemas/procurement-show.schema.json`).
///
/// Written field by field rather than through the record's own `Codable` (what the read model keeps): every key
/// is there, null when unknown, with codes beside their Thai and English labels and the award history's notes.
struct ProcurementShowJSON: Encodable {
    /// One announcement of the project's timeline.
    struct Announcement: Encodable {
        var entry: ProcurementProject.TimelineEntry
        var cancelled: Bool
        var inForce: Bool

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(entry.type.code, forKey: .type)
            try container.encode(entry.type.label.th, forKey: .typeTh)
            try container.encode(entry.type.label.en, forKey: .typeEn)
            try container.encode(entry.published, forKey: .published)
            try container.encode(entry.title, forKey: .title)
            try container.encode(entry.projectIDSource?.rawValue, forKey: .projectIDSource)
            try container.encode(cancelled, forKey: .cancelled)
            try container.encode(inForce, forKey: .inForce)
        }

        private enum CodingKeys: String, CodingKey {
            case type, typeTh, typeEn, published, title, projectIDSource, cancelled, inForce
        }
    }

    /// One contract of the project.
    struct Contract: Encodable {
        var contract: ProcurementProject.Contract

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(contract.contractNumber, forKey: .contractNumber)
            try container.encode(contract.winnerName, forKey: .winnerName)
            try container.encode(contract.winnerTaxID?.digits, forKey: .winnerTaxID)
            try container.encode(contract.signed, forKey: .signed)
            try container.encode(contract.finishes, forKey: .finishes)
            try container.encode(contract.amount, forKey: .amount)
        }

        private enum CodingKeys: String, CodingKey {
            case contractNumber, winnerName, winnerTaxID, signed, finishes, amount
        }
    }

    var project: ProcurementProject

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(project.projectID.rawValue, forKey: .projectID)
        try container.encode(project.departmentID, forKey: .departmentID)
        try container.encode(project.departmentName, forKey: .departmentName)
        try container.encode(project.title, forKey: .title)
        try container.encode(project.method?.key, forKey: .method)
        try container.encode(project.method?.label.th, forKey: .methodTh)
        try container.encode(project.method?.label.en, forKey: .methodEn)
        try container.encode(project.fiscalYear.be, forKey: .fiscalYear)
        try container.encode(project.budget, forKey: .budget)
        try container.encode(project.referencePrice, forKey: .referencePrice)
        try container.encode(project.agreedPrice, forKey: .agreedPrice)
        let percent = ProcurementRows.percent(project.agreedPrice, of: project.referencePrice).value
        try container.encode(percent, forKey: .percentOfReference)
        let awards = project.awardHistory
        let timeline = project.timeline.enumerated().map { index, entry in
            Announcement(
                entry: entry, cancelled: awards.cancelled.contains(index),
                inForce: awards.final == index)
        }
        try container.encode(timeline, forKey: .timeline)
        try container.encode(project.contracts.map(Contract.init), forKey: .contracts)
        try container.encode(project.bidders, forKey: .bidders) // null when no CoST bidder list was imported
    }

    private enum CodingKeys: String, CodingKey {
        case projectID, departmentID, departmentName, title, method, methodTh, methodEn, fiscalYear, budget
        case referencePrice, agreedPrice, percentOfReference, timeline, contracts, bidders
    }
}
