// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "statusgen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "statusgen", targets: ["statusgen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "CSwapDirectories"),
        .target(name: "StatusgenModel"),
        // The default templates and strings are the repository's own templates/ folder (a symlink),
        // compiled into the binary so that a copied executable still works.
        .target(
            name: "StatusgenDefaults",
            dependencies: ["StatusgenModel"],
            resources: [.embedInCode("DefaultTemplates")]
        ),
        // Parsing and the timeline: no disk, no clock, no rendering.
        .target(
            name: "StatusgenCore",
            dependencies: [
                "CCmarkGFM",
                "StatusgenDefaults",
                "StatusgenModel",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "StatusgenRendering",
            dependencies: [
                "StatusgenDefaults",
                "StatusgenModel",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // The build as a library: the pipeline over Core and Rendering, and its disk side (loading the
        // site, the monitor cache, writing and swapping the output), which every command calls.
        .target(
            name: "StatusgenBuild",
            dependencies: [
                "CSwapDirectories", "StatusgenCore", "StatusgenModel", "StatusgenRendering",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // Importers of other tools' data; Uptime Kuma's SQLite reader is apart so only it needs GRDB.
        .target(
            name: "StatusgenImport",
            dependencies: ["StatusgenCore", "StatusgenModel", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "StatusgenKuma",
            dependencies: ["StatusgenImport", "StatusgenModel", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The preview server and the monitor checks carry the network libraries; the core
        // stays free of them.
        .target(
            name: "StatusgenServer",
            dependencies: [
                "StatusgenModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "StatusgenChecks",
            dependencies: [
                "StatusgenModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // Notifications: the plan and payloads are plain values; the channels carry SMTP, TLS and HTTP.
        .target(
            name: "StatusgenNotify",
            dependencies: [
                "StatusgenBuild",
                "StatusgenChecks",
                "StatusgenCore",
                "StatusgenModel",
                "StatusgenRendering",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // Publishing to object storage, SSH hosts, git and folders; the request signer and the HTTP client
        // stay here, out of the core, which computes the plan.
        .target(
            name: "StatusgenPublish",
            dependencies: [
                "StatusgenBuild",
                "StatusgenChecks",
                "StatusgenCore",
                "StatusgenModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .executableTarget(
            name: "statusgen",
            dependencies: [
                "StatusgenBuild",
                "StatusgenChecks",
                "StatusgenCore",
                "StatusgenImport",
                "StatusgenKuma",
                "StatusgenNotify",
                "StatusgenPublish",
                "StatusgenRendering",
                "StatusgenServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .testTarget(name: "StatusgenCoreTests", dependencies: ["StatusgenCore", "StatusgenDefaults"]),
        // The core gives the rendering tests the built-in strings, which it parses.
        .testTarget(name: "StatusgenRenderingTests", dependencies: ["StatusgenRendering", "StatusgenCore"]),
        .testTarget(
            name: "StatusgenBuildTests",
            dependencies: [
                "StatusgenBuild", "StatusgenChecks", "StatusgenCore", "StatusgenDefaults", "StatusgenModel",
                "StatusgenRendering",
                "StatusgenTestSupport",
            ],
            exclude: ["Sites"]
        ),
        .target(name: "StatusgenTestSupport", path: "Tests/StatusgenTestSupport"),
        .testTarget(
            name: "StatusgenImportTests",
            // The build, for the round trip: a site's own API imported back.
            dependencies: [
                "StatusgenBuild", "StatusgenImport", "StatusgenKuma", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "StatusgenChecksTests",
            dependencies: [
                "StatusgenChecks",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "StatusgenNotifyTests",
            dependencies: [
                "StatusgenNotify", "StatusgenCore", "StatusgenModel",
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .testTarget(name: "StatusgenServerTests", dependencies: ["StatusgenModel", "StatusgenServer"]),
        .testTarget(
            name: "StatusgenPublishTests",
            dependencies: [
                "StatusgenBuild", "StatusgenCore", "StatusgenModel", "StatusgenPublish", "StatusgenTestSupport",
            ]
        ),
        // The command-line tests run the built executable.
        .testTarget(name: "StatusgenTests", dependencies: ["statusgen", "StatusgenTestSupport"], exclude: ["Hostile"]),
    ]
)
