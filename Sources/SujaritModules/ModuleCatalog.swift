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

/// The read models of every module and the personal data each register declares: what the command registers
/// with a store each time it opens one.
///
/// A register adds its projections here; the order does not matter, since each projection owns its tables. The
/// list is a library of its own, one floor above the registers and `Oversight`, so that the command and the
/// benchmark programs (a package apart, which cannot import an executable) register the same list: an agency a
/// benchmark makes is the agency `sujarit init` makes, and `sujarit report agencies` opens it without a rebuild.
public enum ModuleCatalog {
    /// Every module's projections.
    public static var projections: [any Projection] {
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
    public static var personalData: [PersonalDataDeclaration] {
        [DeclarationsAccess.personalData, GiftLogAccess.personalData, RedFlagAccess.personalData]
    }

    /// The registers' personal data as a shared PostgreSQL server enforces it (row-level security).
    public static var serverPrivacy: SharedPrivacy {
        SharedPrivacy(
            streamCategories: Set(personalData.flatMap(\.serverHiddenCategories)),
            tables: Set(personalData.flatMap(\.tables)))
    }

    /// The one personal-data policy for the acting user `actor`: every output that can name people goes
    /// through it, and the command prints what it returns.
    public static func access(for actor: String, in directory: AgencyDirectory) -> PersonalDataAccess {
        PersonalDataAccess(readerNamed: actor, in: directory, registers: personalData)
    }
}
