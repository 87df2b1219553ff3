import EventStore
import EventStorePostgres
import SujaritModules

/// The read models and personal data the command registers with every store, taken from the command's own list
/// (`ModuleCatalog`, in the `SujaritModules` library), so that an agency made here is the agency `sujarit init`
/// makes and `sujarit report agencies` opens without rebuilding.
enum Catalog {
    /// Every module's projections.
    static var projections: [any Projection] { ModuleCatalog.projections }

    /// The registers' personal data as the shared server enforces it.
    static var privacy: SharedPrivacy { ModuleCatalog.serverPrivacy }
}
