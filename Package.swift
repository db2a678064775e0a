// swift-tools-version:6.1
// Herkomst — a register of who really made the cameras, sensors and network equipment in public space.
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "herkomst",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "herkomst", targets: ["herkomst"]),
        .executable(name: "herkomst-bench", targets: ["herkomst-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
    ],
    targets: [
        // Domain types, rules and the attribution engine. Foundation only.
        .target(name: "HerkomstCore", swiftSettings: strict),
        // Reference data shipped as resources: IEEE registries, enterprise numbers, vendor catalogue, policy lists, KEV.
        .target(
            name: "HerkomstReference",
            dependencies: ["HerkomstCore", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")],
            swiftSettings: strict
        ),
        // Readers and writers of outside formats, hardened against hostile input.
        .target(
            name: "HerkomstFormats",
            dependencies: [
                "HerkomstCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // SQLKit repositories behind Core's ports; one code path for SQLite and PostgreSQL.
        .target(
            name: "HerkomstStore",
            dependencies: [
                "HerkomstCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The Hummingbird application: /v1 API, pages, health.
        .target(
            name: "HerkomstWeb",
            dependencies: [
                "HerkomstCore", "HerkomstReference", "HerkomstFormats", "HerkomstStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "herkomst",
            dependencies: [
                "HerkomstCore", "HerkomstReference", "HerkomstFormats", "HerkomstStore", "HerkomstWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "herkomst-bench",
            dependencies: ["HerkomstCore", "HerkomstReference", "HerkomstFormats", "HerkomstStore"],
            swiftSettings: strict
        ),
        .testTarget(name: "HerkomstCoreTests", dependencies: ["HerkomstCore"]),
        .testTarget(name: "HerkomstReferenceTests", dependencies: ["HerkomstCore", "HerkomstReference", "HerkomstFormats"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "HerkomstFormatsTests", dependencies: ["HerkomstCore", "HerkomstFormats", "HerkomstStore"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "HerkomstStoreTests", dependencies: ["HerkomstCore", "HerkomstStore"]),
        .testTarget(
            name: "HerkomstWebTests",
            dependencies: [
                "HerkomstWeb", "HerkomstStore", "HerkomstCore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
