// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "liaison", targets: ["liaison"]),
        .library(name: "LiaisonCore", targets: ["LiaisonCore"]),
        .library(name: "LiaisonMetrics", targets: ["LiaisonMetrics"]),
        .library(name: "LiaisonRender", targets: ["LiaisonRender"]),
        .library(name: "LiaisonExtract", targets: ["LiaisonExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(
            name: "LiaisonCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "LiaisonMetrics",
            dependencies: ["LiaisonCore"]
        ),
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        .target(name: "CFileSystem"),
        .target(
            name: "LiaisonRender",
            dependencies: ["LiaisonMetrics", "CXlsxWriter", "CFileSystem"]
        ),
        .target(
            name: "LiaisonExtract",
            dependencies: ["LiaisonCore"]
        ),
        .executableTarget(
            name: "liaison",
            dependencies: [
                "LiaisonCore",
                "LiaisonMetrics",
                "LiaisonRender",
                "LiaisonExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "liaison-bench",
            dependencies: [
                "LiaisonMetrics",
                "LiaisonRender",
                "LiaisonExtract",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LiaisonCoreTests",
            dependencies: ["LiaisonCore"]
        ),
        .testTarget(
            name: "LiaisonMetricsTests",
            dependencies: ["LiaisonMetrics"]
        ),
        .testTarget(
            name: "LiaisonRenderTests",
            dependencies: ["LiaisonRender"],
            exclude: ["Golden", "Support/read_xlsx.py"]
        ),
        .testTarget(
            name: "LiaisonExtractTests",
            dependencies: ["LiaisonExtract"],
            exclude: ["Fixtures", "Corpus"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["liaison"],
            exclude: ["Fixtures"]
        ),
    ]
)
