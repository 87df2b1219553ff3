// swift-tools-version: 6.2
// Sujarit (สุจริต): an integrity and internal-audit workbench for Thai public agencies.
//
// The module graph is deliberately shallow: `Sujarit` holds the shared vocabulary, `EventStore` the one
// append-only log, each register is its own module on top of those two, and only `Oversight`, `Reporting`
// and the CLI may see more than one register.
//
// Before adding a module, a command or a projection, read ARCHITECTURE.md (the map: floors, the flow of a command,
// design decisions) and CONTRIBUTING.md (conventions every module follows: events, aggregates, projections in
// portable SQL, errors, CLI, tests, and how to share this file with others).
import PackageDescription

let package = Package(
    name: "Sujarit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sujarit", targets: ["SujaritCLI"]),
        .library(name: "Sujarit", targets: ["Sujarit"]),
        .library(name: "EventStore", targets: ["EventStore"]),
        // For the benchmark package (Benchmarks/Package.swift), which builds apart from the product.
        .library(name: "EventStorePostgres", targets: ["EventStorePostgres"]),
        // For the benchmark package too: the importers are given a CommandContext.
        .library(name: "Agency", targets: ["Agency"]),
        .library(name: "Procurement", targets: ["Procurement"]),
        .library(name: "Oversight", targets: ["Oversight"]),
        // For the PostgreSQL scale benchmark, which registers every module's projections as the command does.
        .library(name: "ITA", targets: ["ITA"]),
        .library(name: "SujaritModules", targets: ["SujaritModules"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // Shared vocabulary: fiscal years, Buddhist-era dates, money, tax ids, Thai text width.
        .target(name: "Sujarit"),

        // The append-only event log with its hash chain and projections.
        .target(
            name: "EventStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the log's hot loops (Sources/EventStore/SQLite/RawStatement.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // The same event log on a PostgreSQL server, for a province or the whole country.
        .target(
            name: "EventStorePostgres",
            dependencies: [
                "EventStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // The agency a store serves: the store's first event and its profile.
        .target(
            name: "Agency",
            dependencies: ["Sujarit", "EventStore", .product(name: "Yams", package: "Yams")]
        ),

        // Terminal tables aligned by display width, CSV/JSON/Markdown output, colour and progress.
        .target(name: "Presentation", dependencies: ["Sujarit"]),

        // The corruption-risk register (O34–O35): matrices, committee scoring, measures, heatmaps.
        .target(
            name: "RiskRegister",
            dependencies: ["Sujarit", "EventStore", "Agency", .product(name: "Yams", package: "Yams")]
        ),

        // Conflict-of-interest declarations (per year and per procurement), committees and recusals.
        .target(name: "Declarations", dependencies: ["Sujarit", "EventStore", "Agency"]),

        // The No Gift Policy log (O31–O33): gifts received, given and refused, verdicts by the rules, the O33 report.
        .target(
            name: "GiftLog",
            dependencies: ["Sujarit", "EventStore", "Agency", .product(name: "Yams", package: "Yams")]
        ),

        // Internal audit plans: audit universe, risk-based annual plan, engagements, findings and follow-up.
        .target(name: "AuditPlans", dependencies: ["Sujarit", "EventStore", "Agency"]),

        // libxml2 as a system library (see Sources/CLibXML2/shim.h for the ICU workaround).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // e-GP procurement data: the streaming feed reader, contract data, import events and the read model.
        // Crypto gives the SHA-256 of each imported file (its identity in the audit trail).
        .target(
            name: "Procurement",
            dependencies: [
                "Sujarit", "EventStore", "Agency", "CLibXML2", .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // ITA results per fiscal year, scored with the year's framework (Registers/ita), and their analysis.
        .target(name: "ITA", dependencies: ["Sujarit", "EventStore", "Agency"]),

        // Reports across registers (follow-up, O33–O38, O42/O43, executive summary): plain report values, rendered
        // through the Mustache templates of Reports/ to HTML and Markdown, plus terminal, CSV, JSON and PDF.
        .target(
            name: "Reporting",
            dependencies: [
                "Sujarit", "EventStore", "Agency", "Presentation", "RiskRegister", "Declarations", "GiftLog",
                "AuditPlans", "ITA", "Procurement",
                "Oversight",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),

        // Procurement red flags and the cross-checks with declarations and gifts (the one place registers meet).
        .target(
            name: "Oversight",
            dependencies: [
                "Sujarit", "EventStore", "Agency", "Procurement", "Declarations", "GiftLog", "RiskRegister",
                "AuditPlans",
            ]
        ),

        // Every module's projections and personal data, registered with each store: one list for the command and the
        // benchmarks (Sources/SujaritModules/ModuleCatalog.swift).
        .target(
            name: "SujaritModules",
            dependencies: [
                "EventStore", "EventStorePostgres", "Agency", "RiskRegister", "Declarations", "GiftLog", "AuditPlans",
                "Procurement", "ITA", "Oversight",
            ]
        ),

        // The command-line interface: argument parsing and printing only, no domain rules.
        .executableTarget(
            name: "SujaritCLI",
            dependencies: [
                "Sujarit",
                "EventStore",
                "EventStorePostgres",
                "Presentation",
                "Agency",
                "RiskRegister",
                "Declarations",
                "GiftLog",
                "AuditPlans",
                "Procurement",
                "ITA",
                "Reporting",
                "Oversight",
                "SujaritModules",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Test support shared by the test targets: a temporary folder removed when the test is done.
        .target(name: "TestSupport", path: "Tests/Support"),
        .testTarget(name: "SujaritTests", dependencies: ["Sujarit", "TestSupport"]),
        .testTarget(
            name: "EventStoreTests",
            dependencies: [
                "EventStore", "EventStorePostgres",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            // Stores written by earlier schemas, for the upgrade tests (see Fixtures/README.md).
            resources: [.copy("Fixtures")]
        ),
        // Test support: a child process that appends and is killed mid-batch, or contends with others.
        .executableTarget(
            name: "sujarit-store-torture", dependencies: ["EventStore", "EventStorePostgres"],
            path: "Tests/Tools/StoreTorture"),
        // The benchmarks are a package of their own (Benchmarks/Package.swift), built only by their scripts.
        .testTarget(name: "PresentationTests", dependencies: ["Presentation", "Sujarit"]),
        .testTarget(name: "AgencyTests", dependencies: ["Agency", "TestSupport"]),
        .testTarget(name: "RiskRegisterTests", dependencies: ["RiskRegister", "Presentation", "TestSupport"]),
        .testTarget(name: "DeclarationsTests", dependencies: ["Declarations", "TestSupport"]),
        .testTarget(name: "GiftLogTests", dependencies: ["GiftLog", "TestSupport"]),
        .testTarget(name: "AuditPlansTests", dependencies: ["AuditPlans", "TestSupport"]),
        .testTarget(name: "ITATests", dependencies: ["ITA", "TestSupport"]),
        .testTarget(
            name: "ReportingTests",
            dependencies: ["Reporting", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        // Runs the built `sujarit` binary; depends on it so `swift test` builds it first.
        .testTarget(name: "EndToEndTests", dependencies: ["SujaritCLI", "TestSupport"]),
        .testTarget(name: "ProcurementTests", dependencies: ["Procurement", "EventStore", "Agency", "TestSupport"]),
        .testTarget(name: "OversightTests", dependencies: ["Oversight", "TestSupport"]),
        // One stored payload per event type and schema version (Tests/Fixtures/events), decoded, re-encoded, hashed.
        .testTarget(
            name: "EventFixtureTests",
            dependencies: [
                "EventStore", "Agency", "RiskRegister", "Declarations", "GiftLog", "AuditPlans", "Procurement", "ITA",
                "Oversight", "SujaritModules",
            ]
        ),
    ]
)

// The project's own code builds without warnings: a warning is an error in every target of this package (not in the
// packages it depends on, whose warnings SwiftPM silences). A new warning is fixed where it appears, not ignored.
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [.treatAllWarnings(as: .error)]
}
