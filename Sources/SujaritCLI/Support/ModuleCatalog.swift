import SujaritModules

/// Every module's projections and personal-data declarations, registered with the store each time it is opened.
///
/// The list itself lives in the `SujaritModules` library (`Sources/SujaritModules/ModuleCatalog.swift`): a
/// register adds its projections there. It is a library rather than a file of the command so that the benchmark
/// programs, which cannot import an executable, register the very same list; this alias keeps the name the
/// command's files use.
typealias ModuleCatalog = SujaritModules.ModuleCatalog
