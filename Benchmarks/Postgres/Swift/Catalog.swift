import Agency
import AuditPlans
import Declarations
import EventStore
import EventStorePostgres
import GiftLog
import ITA
import Oversight
import Procurement
import RiskRegister

/// The read models and personal data the command registers with every store (`ModuleCatalog` in
/// `Sources/SujaritCLI/Support/ModuleCatalog.swift`), which the benchmark cannot import: the same list, so that
/// an agency made here is the agency `sujarit init` makes and `sujarit report agencies` opens without rebuilding.
/// Keep it in step with ModuleCatalog.
enum Catalog {
    /// Every module's projections, as ModuleCatalog lists them.
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

    /// The registers' personal data as the shared server enforces it (ModuleCatalog.serverPrivacy).
    static var privacy: SharedPrivacy {
        let declared = [DeclarationsAccess.personalData, GiftLogAccess.personalData, RedFlagAccess.personalData]
        return SharedPrivacy(
            streamCategories: Set(declared.flatMap(\.serverHiddenCategories)), tables: Set(declared.flatMap(\.tables)))
    }
}
