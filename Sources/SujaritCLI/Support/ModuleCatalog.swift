import Agency
import AuditPlans
import Declarations
import GiftLog
import ITA
import Oversight
import Procurement
import EventStore
import RiskRegister

/// The read models of every module, registered with the store each time it is opened.
///
/// A register adds its projections here; the order does not matter, since each projection owns its tables.
enum ModuleCatalog {
    static var projections: [any Projection] {
        [
            StoreProfileProjection(),
            DirectoryProjection(),
            RiskRegisterProjection(),
            DeclarationsProjection(),
            GiftLogProjection(),
            AuditPlansProjection(),
            ITAProjection(),
            ProcurementProjection(),
            RedFlagsProjection(),
        ]
    }

    /// Stream categories whose events hold personal data (declarations, committee seats, gifts, flags that
    /// name people): their payloads are shown in the audit trail only to those ``PersonalDataAccess`` allows.
    static let personalDataCategories: Set<String> = ["coi", "committee", "gift", "flag"]
}
