import EventStore
import Foundation
import Sujarit

/// Contract data for a project was read from a published source: the project's money (budget, reference
/// price, agreed price) and, when one was signed, a contract with its winner.
///
/// Imports before ``ContractsRecorded`` recorded one of these per row in the project's stream
/// `egp/<projectID>`, keyed by the project id, the contract number and a SHA-256 digest of the payload (see
/// ``dedupeKey``). Imports now write its payload as one record of a ``ContractsRecorded``; the event stays
/// readable, ``ProcurementProjection`` still folds it and files its key in the ledger (``ProcurementLedger``),
/// so a row recorded this way is not recorded again.
public struct ContractRecorded: DomainEvent, Hashable {
    public static let eventType = "ContractRecorded"
    /// 2 adds ``buyerDepartment`` and the ``TaxIDReading/masked`` reading; version 1 payloads decode as they are.
    public static let schemaVersion = 2

    /// Where the data came from.
    public var source: ContractSource
    /// The e-GP project id the row is about.
    public var projectID: EGPProjectID
    /// The buying department's e-GP id when the user gave one with `--dept` (the sources carry only names).
    public var departmentID: String?
    /// The buyer's department, for a row imported without `--dept` (a national file names every agency's
    /// projects): the e-GP department id when a directory of departments knows the buyer, else
    /// `name:<ชื่อหน่วยงาน> / <ชื่อหน่วยงานย่อย>`, normalised. The read model files the project under it, so
    /// each buyer is its own department rather than the whole country one department `""`. Nil with `--dept`.
    public var buyerDepartment: String?
    /// What the source says about the project.
    public var project: Project
    /// The signed contract and its winner; nil for a row without one (a project not yet contracted).
    public var contract: Contract?

    /// Creates the event.
    public init(
        source: ContractSource, projectID: EGPProjectID, departmentID: String?, buyerDepartment: String? = nil,
        project: Project, contract: Contract?
    ) {
        self.source = source
        self.projectID = projectID
        self.departmentID = departmentID
        self.buyerDepartment = buyerDepartment
        self.project = project
        self.contract = contract
    }

    /// The project-level fields of a row.
    public struct Project: Sendable, Hashable, Codable {
        /// ชื่อโครงการ / project_name.
        public var title: String
        /// ชื่อหน่วยงาน / dept_name.
        public var departmentName: String?
        /// ชื่อหน่วยงานย่อย / dept_sub_name.
        public var subDepartmentName: String?
        /// ชื่อประเภทโครงการ (ซื้อ, จ้าง, เช่า …), as written.
        public var projectType: String?
        /// วิธีจัดซื้อฯ / purchase_method_name, recognised by its Thai name.
        public var method: ProcurementMethod?
        /// กลุ่มวิธีจัดซื้อฯ, as written.
        public var methodGroup: String?
        /// วันที่ประกาศ / announce_date.
        public var announced: CalendarDate?
        /// ปีงบประมาณ / budget_year.
        public var fiscalYear: FiscalYear?
        /// งบประมาณ / project_money.
        public var budget: Money?
        /// ราคากลาง / price_build.
        public var referencePrice: Money?
        /// ราคาตกลงซื้อ/จ้าง / sum_price_agree: the agreed price as the source gives it for the project.
        public var agreedPrice: Money?
        /// วันที่เกิดรายการ.
        public var transactionDate: CalendarDate?
        /// จังหวัด.
        public var province: String?
        /// เขต/อำเภอ.
        public var district: String?
        /// แขวง/ตำบล.
        public var subdistrict: String?
        /// สถานะโครงการ, as written.
        public var status: String?

        /// Creates the project fields; only the title is required.
        public init(
            title: String, departmentName: String? = nil, subDepartmentName: String? = nil, projectType: String? = nil,
            method: ProcurementMethod? = nil, methodGroup: String? = nil, announced: CalendarDate? = nil,
            fiscalYear: FiscalYear? = nil, budget: Money? = nil, referencePrice: Money? = nil,
            agreedPrice: Money? = nil,
            transactionDate: CalendarDate? = nil, province: String? = nil, district: String? = nil,
            subdistrict: String? = nil, status: String? = nil
        ) {
            self.title = title
            self.departmentName = departmentName
            self.subDepartmentName = subDepartmentName
            self.projectType = projectType
            self.method = method
            self.methodGroup = methodGroup
            self.announced = announced
            self.fiscalYear = fiscalYear
            self.budget = budget
            self.referencePrice = referencePrice
            self.agreedPrice = agreedPrice
            self.transactionDate = transactionDate
            self.province = province
            self.district = district
            self.subdistrict = subdistrict
            self.status = status
        }
    }

    /// The contract-level fields of a row.
    public struct Contract: Sendable, Hashable, Codable {
        /// ชื่อผู้ชนะ / winner (or winner_name), as written.
        public var winnerName: String
        /// The winner's tax id when the source gives a valid one.
        public var winnerTaxID: TaxID?
        /// What the source's tax id was like: given, absent, or unusable (and why).
        public var winnerTaxIDReading: TaxIDReading
        /// The tax id as written when it was unusable, kept as evidence and never used for matching.
        public var winnerTaxIDAsWritten: String?
        /// เลขที่สัญญา / contract_no.
        public var contractNumber: String?
        /// วันที่ลงนามสัญญา / contract_date.
        public var signed: CalendarDate?
        /// วันที่สิ้นสุดสัญญา / contract_finish_date.
        public var finishes: CalendarDate?
        /// งบสัญญา / price_agree: the contract's amount.
        public var amount: Money?
        /// สถานะสัญญา / status, as written.
        public var status: String?

        /// Creates the contract fields.
        public init(
            winnerName: String, winnerTaxID: TaxID?, winnerTaxIDReading: TaxIDReading,
            winnerTaxIDAsWritten: String? = nil,
            contractNumber: String?, signed: CalendarDate?, finishes: CalendarDate?, amount: Money?, status: String?
        ) {
            self.winnerName = winnerName
            self.winnerTaxID = winnerTaxID
            self.winnerTaxIDReading = winnerTaxIDReading
            self.winnerTaxIDAsWritten = winnerTaxIDAsWritten
            self.contractNumber = contractNumber
            self.signed = signed
            self.finishes = finishes
            self.amount = amount
            self.status = status
        }
    }

    /// The key that makes recording this row idempotent:
    /// `contract1|<projectID>|<contract number or ->|<SHA-256 of the payload>`.
    public func dedupeKey() throws -> String {
        dedupeKey(payload: canonicalPayload())
    }

    /// ``dedupeKey()`` from the event's payload, for a caller that has already encoded it.
    public func dedupeKey(payload: Data) -> String {
        "contract1|\(projectID.rawValue)|\(contract?.contractNumber ?? "-")|\(FileDigest.sha256Hex(payload))"
    }

    /// The project's stream, `egp/<projectID>`.
    public var stream: StreamID { ProcurementStreams.project(projectID) }

    /// The department the read model files the row's project under: `--dept`'s, else the buyer's, else none.
    public var filedDepartment: String? { departmentID ?? buyerDepartment }

    /// The prefix of a ``buyerDepartment`` known by name only (no e-GP id): a feed's department id, or a
    /// row naming the buyer's id, replaces it in the read model.
    public static let buyerNamePrefix = "name:"
}

/// The published source a contract row came from.
public enum ContractSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// data.go.th's contract data (`cgd-contract-<year>`): the bulk CSV, 28 columns per row, or the same
    /// table through the portal's datastore (its CSV dump or API JSON); the file record's
    /// ``ContractFileProvenance`` says which shape a file had.
    case dataGoThCSV = "data.go.th-csv"
    /// The GovSpending API's `egp-contract` JSON.
    case govSpendingJSON = "govspending-json"
    /// The CoST bidder list (`egpcost-bidder-<year>` CSV): every bidder of the CoST projects.
    case costBiddersCSV = "cost-bidders-csv"

    /// A short name for tables.
    public var label: String {
        switch self {
        case .dataGoThCSV: "data.go.th"
        case .govSpendingJSON: "GovSpending JSON"
        case .costBiddersCSV: "CoST bidders CSV"
        }
    }
}

/// How a source wrote a winner's tax id.
public enum TaxIDReading: String, Sendable, Hashable, Codable, CaseIterable {
    /// A valid 13-digit id.
    case valid
    /// No id at all.
    case absent
    /// Scientific notation (`1.05552E+11`), as spreadsheets left it in the FY2565–2567 files: the digits
    /// are lost, so the id is unknown and never reconstructed.
    case scientificNotation = "scientific-notation"
    /// Digits that are not a valid id (wrong length or check digit): unknown, never corrected.
    case invalid
    /// A natural person's citizen id published masked (`313060050xxxx`): kept as written, never validated
    /// or matched as a tax id, and counted apart from invalid ones.
    case masked
}
