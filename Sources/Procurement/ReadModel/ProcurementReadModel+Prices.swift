import EventStore
import Sujarit

/// A project as a list of amounts needs it: its id, title and agreed price, read without its timeline, contracts
/// or bidders. An audit sample's population weighs every matching project of a national store twice per draw,
/// and assembling whole projects for these three values was most of the draw's time.
public struct PricedProject: Sendable, Hashable {
    /// The e-GP project id.
    public var projectID: EGPProjectID
    /// The title, as ``ProcurementProject/title`` gives it.
    public var title: String
    /// The agreed price, as ``ProcurementProject/agreedPrice`` gives it; nil when no source gave one.
    public var agreedPrice: Money?

    /// Creates the value from its parts.
    public init(projectID: EGPProjectID, title: String, agreedPrice: Money?) {
        self.projectID = projectID
        self.title = title
        self.agreedPrice = agreedPrice
    }
}

extension ProcurementReadModel {
    /// Calls `body` with each project of the scope matching the filters, in the order of the project ids, as
    /// ``forEachProject(in:fiscalYear:departmentID:method:limit:pageSize:_:)`` would hand them out, but with only
    /// the id, the title and the agreed price: a page is its projects' rows and their contracts' agreed prices.
    public static func forEachPricedProject(
        in scope: ProcurementScope, fiscalYear: FiscalYear? = nil, departmentID: String? = nil,
        method: ProcurementMethod? = nil, pageSize: Int = 500, _ body: (PricedProject) throws -> Void
    ) async throws {
        let select: @Sendable (ProjectPageKey?) -> ProjectSelection = { last in
            pageSelection(
                after: last?.projectID ?? "", fiscalYear: fiscalYear, departmentID: departmentID, method: method,
                scope: scope, pageSize: pageSize)
        }
        try await walk(in: scope.store, pageSize: pageSize, select, reading: .priced, body)
    }

    /// The columns of a priced page's project rows, the ids first as every page reader's are (``PageReader``).
    static let pricedColumns =
        "p.project_id, p.department_id, COALESCE(p.contract_title, p.feed_title) AS title, p.agreed_price_satang"

    /// Turns a priced page's rows (``pricedColumns``, then each contract's project id and agreed price in the
    /// order ``assemble(_:in:titles:)`` lists contracts) into projects, keeping what assembling keeps: a row
    /// whose id does not parse is left out, and the agreed price is ``agreedPrice(ofContracts:project:id:)``'s.
    static func pricedProjects(_ results: [[SQLRow]]) throws -> [PricedProject] {
        let rows = results[0]
        var place: [String: Int] = [:]
        place.reserveCapacity(rows.count)
        for (index, row) in rows.enumerated() {
            if let id = row.string(at: 0) { place[id] = index }
        }
        var agreed = Array(repeating: [Money?](), count: rows.count)
        for row in results[1] {
            guard let index = row.string(at: 0).flatMap({ place[$0] }) else { continue }
            agreed[index].append(row.int64(at: 1).map(Money.init(satang:)))
        }
        return try rows.enumerated().compactMap { index, row in
            guard let text = row.string(at: 0), let id = EGPProjectID(text) else { return nil }
            return PricedProject(
                projectID: id, title: row.string(at: 2) ?? "",
                agreedPrice: try agreedPrice(ofContracts: agreed[index], project: row.int64(at: 3), id: text))
        }
    }
}

extension PageReader<PricedProject> {
    /// Projects with their id, title and agreed price (``ProcurementReadModel/pricedProjects(_:)``).
    static var priced: Self {
        Self(
            statements: { selection in
                let (selected, arguments) = selection.selected
                return [
                    selection.rows(ProcurementReadModel.pricedColumns),
                    // In the whole read's order, so that the total is summed as ProcurementProject's is.
                    SQLStatement(
                        "SELECT project_id, agreed_satang FROM procurement_contracts WHERE \(selected) "
                            + "ORDER BY project_id, signed, sequence", arguments),
                ]
            },
            rows: { results, _ in try ProcurementReadModel.pricedProjects(results) })
    }
}
