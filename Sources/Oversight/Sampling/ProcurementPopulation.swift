import EventStore
import Procurement
import Sujarit

/// Which imported procurement projects an audit sample is drawn from.
public struct ProcurementPopulationFilter: Sendable, Hashable {
    /// The buying department's e-GP id (7 digits for a local government), or every department.
    public var departmentID: String?
    /// The procurement method, e.g. ``ProcurementMethod/specific``, or every method.
    public var method: ProcurementMethod?
    /// The projects' fiscal year, or every year.
    public var fiscalYear: FiscalYear?

    /// Creates the value from its parts.
    public init(departmentID: String? = nil, method: ProcurementMethod? = nil, fiscalYear: FiscalYear? = nil) {
        self.departmentID = departmentID
        self.method = method
        self.fiscalYear = fiscalYear
    }

    /// What the population is, in Thai, as the sample's record keeps it: `โครงการจัดซื้อจัดจ้างที่นำเข้า หน่วยงาน
    /// 6960501 วิธีเฉพาะเจาะจง ปีงบประมาณ พ.ศ. 2569`.
    public var description: String {
        var parts = ["โครงการจัดซื้อจัดจ้างที่นำเข้า"]
        parts.append(departmentID.map { "หน่วยงาน e-GP \($0)" } ?? "ทุกหน่วยงาน")
        parts.append(method.map { "วิธี\($0.thaiName)" } ?? "ทุกวิธี")
        parts.append(fiscalYear.map { $0.thaiLabel } ?? "ทุกปีงบประมาณ")
        return parts.joined(separator: " ")
    }
}

/// The procurement projects matching a filter as a sampling population, read through
/// ``ProcurementReadModel`` (the procurement module's own door to its tables).
public enum ProcurementPopulation {
    /// The projects matching `filter`, each with its agreed price (ราคาตกลง, the sum over its contracts) as
    /// the amount monetary-unit sampling weighs; a project without one has no amount.
    public static func items(
        in store: any EventStore, filter: ProcurementPopulationFilter
    ) async throws -> [PopulationItem] {
        try await items(in: .whole(store), filter: filter)
    }

    /// The projects of `scope` (an agency's, ``ProcurementScope/agency(of:)``) matching `filter`.
    public static func items(
        in scope: ProcurementScope, filter: ProcurementPopulationFilter
    ) async throws -> [PopulationItem] {
        var items: [PopulationItem] = []
        try await forEachItem(in: scope, filter: filter) { items.append($0) }
        return items
    }

    /// Calls `body` with each project of `scope` matching `filter`, in the order of the project ids, a page of
    /// the read model at a time: a draw walks a national population without holding it
    /// (``SampleDraw/draw(method:size:seed:walkingInIDOrder:)``). Only the columns an item takes are read
    /// (``ProcurementReadModel/forEachPricedProject(in:fiscalYear:departmentID:method:pageSize:_:)``), not whole
    /// projects: a draw walks the population twice.
    public static func forEachItem(
        in scope: ProcurementScope, filter: ProcurementPopulationFilter, _ body: (PopulationItem) throws -> Void
    ) async throws {
        try await ProcurementReadModel.forEachPricedProject(
            in: scope, fiscalYear: filter.fiscalYear, departmentID: filter.departmentID, method: filter.method
        ) { project in
            try body(PopulationItem(id: project.projectID.rawValue, title: project.title, amount: project.agreedPrice))
        }
    }
}
