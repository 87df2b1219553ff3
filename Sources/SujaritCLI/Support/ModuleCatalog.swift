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
}
