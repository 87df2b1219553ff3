// swift-tools-version: 6.0
// Sujarit's benchmark programs, a package of their own so that the product's build (`swift build` at the root)
// never compiles them. Each script in this folder builds what it needs, in release mode:
//
//     swift build -c release --package-path Benchmarks --scratch-path .build-bench --product sujarit-bench-flags
//
// They use the root package's modules through its library products, as any other client would.
import PackageDescription

let package = Package(
    name: "SujaritBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Sujarit", path: "..")
    ],
    targets: [
        // The event-store benchmark (EventStore/run.sh and EventStore/run-postgres.sh).
        .executableTarget(
            name: "sujarit-bench-eventstore",
            dependencies: [
                .product(name: "EventStore", package: "Sujarit"),
                .product(name: "EventStorePostgres", package: "Sujarit"),
            ],
            path: "EventStore/Swift"
        ),
        // The e-GP import benchmark's phase timer (EgpImport/run.sh).
        .executableTarget(
            name: "sujarit-bench-egp",
            dependencies: [
                .product(name: "Procurement", package: "Sujarit"),
                .product(name: "EventStore", package: "Sujarit"),
                .product(name: "Sujarit", package: "Sujarit"),
                .product(name: "Agency", package: "Sujarit"),
            ],
            path: "EgpImport/Swift"
        ),
        // The red-flag benchmark (Flags/run.sh), compared with DuckDB.
        .executableTarget(
            name: "sujarit-bench-flags",
            dependencies: [
                .product(name: "Oversight", package: "Sujarit"),
                .product(name: "Procurement", package: "Sujarit"),
                .product(name: "Sujarit", package: "Sujarit"),
            ],
            path: "Flags/Swift"
        ),
        // The PostgreSQL scale proof of issue 16 (Postgres/scale.sh): thousands of agencies in the shared layout.
        // SujaritModules is the command's own list of every module's projections, and brings the registers.
        .executableTarget(
            name: "sujarit-bench-postgres",
            dependencies: [
                .product(name: "EventStore", package: "Sujarit"),
                .product(name: "EventStorePostgres", package: "Sujarit"),
                .product(name: "SujaritModules", package: "Sujarit"),
            ],
            path: "Postgres/Swift"
        ),
    ]
)
