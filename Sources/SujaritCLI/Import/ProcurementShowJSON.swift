import Presentation
import Procurement
import Sujarit

/// `procurement show --format json`: one project as scripts read it (`Docs/schemas/procurement-show.schema.json`).
///
/// Copied field by field rather than written through the record's own `Codable` (what the read model keeps):
/// every key is there (`@JSONNull`: null when unknown), with codes beside their Thai and English labels and the
/// award history's notes.
struct ProcurementShowJSON: Encodable {
    /// One announcement of the project's timeline.
    struct Announcement: Encodable {
        var type: String
        var typeTh: String
        var typeEn: String
        var published: CalendarDate
        @JSONNull var title: String?
        @JSONNull var projectIDSource: String?
        var cancelled: Bool
        var inForce: Bool

        init(_ entry: ProcurementProject.TimelineEntry, cancelled: Bool, inForce: Bool) {
            type = entry.type.code
            typeTh = entry.type.label.th
            typeEn = entry.type.label.en
            published = entry.published
            title = entry.title
            projectIDSource = entry.projectIDSource?.rawValue
            self.cancelled = cancelled
            self.inForce = inForce
        }
    }

    /// One contract of the project.
    struct Contract: Encodable {
        @JSONNull var contractNumber: String?
        var winnerName: String
        @JSONNull var winnerTaxID: String?
        @JSONNull var signed: CalendarDate?
        @JSONNull var finishes: CalendarDate?
        @JSONNull var amount: Money?

        init(_ contract: ProcurementProject.Contract) {
            contractNumber = contract.contractNumber
            winnerName = contract.winnerName
            winnerTaxID = contract.winnerTaxID?.digits
            signed = contract.signed
            finishes = contract.finishes
            amount = contract.amount
        }
    }

    var projectID: String
    var departmentID: String
    @JSONNull var departmentName: String?
    var title: String
    @JSONNull var method: String?
    @JSONNull var methodTh: String?
    @JSONNull var methodEn: String?
    var fiscalYear: Int
    @JSONNull var budget: Money?
    @JSONNull var referencePrice: Money?
    @JSONNull var agreedPrice: Money?
    var percentOfReference: TableValue
    var timeline: [Announcement]
    var contracts: [Contract]
    /// Null when no CoST bidder list was imported.
    @JSONNull var bidders: [String]?

    init(project: ProcurementProject) {
        projectID = project.projectID.rawValue
        departmentID = project.departmentID
        departmentName = project.departmentName
        title = project.title
        method = project.method?.key
        methodTh = project.method?.label.th
        methodEn = project.method?.label.en
        fiscalYear = project.fiscalYear.be
        budget = project.budget
        referencePrice = project.referencePrice
        agreedPrice = project.agreedPrice
        percentOfReference = ProcurementRows.percent(project.agreedPrice, of: project.referencePrice).value
        let awards = project.awardHistory
        timeline = project.timeline.enumerated().map { index, entry in
            Announcement(entry, cancelled: awards.cancelled.contains(index), inForce: awards.final == index)
        }
        contracts = project.contracts.map(Contract.init)
        bidders = project.bidders
    }
}
