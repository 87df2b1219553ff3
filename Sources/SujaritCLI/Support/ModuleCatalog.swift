import Agency
import AuditPlans
import Declarations
import GiftLog
import ITA
import Oversight
import Procurement
import EventStore
import EventStorePostgres
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

    /// What each register declares as personal data; a register that holds some adds its declaration here.
    static var personalData: [PersonalDataDeclaration] {
        [DeclarationsAccess.personalData, GiftLogAccess.personalData, RedFlagAccess.personalData]
    }

    /// The registers' personal data as a shared PostgreSQL server enforces it (row-level security).
    static var serverPrivacy: SharedPrivacy {
        SharedPrivacy(
            streamCategories: Set(personalData.flatMap(\.serverHiddenCategories)),
            tables: Set(personalData.flatMap(\.tables)))
    }

    /// The one personal-data policy for the acting user `actor`: every output that can name people goes
    /// through it, and the command prints what it returns.
    static func access(for actor: String, in directory: AgencyDirectory) -> PersonalDataAccess {
        PersonalDataAccess(readerNamed: actor, in: directory, registers: personalData)
    }
}
