// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "liaison", targets: ["liaison"]),
        .library(name: "LiaisonCore", targets: ["LiaisonCore"]),
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
        .executableTarget(
            name: "liaison",
            dependencies: [
                "LiaisonCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "LiaisonCoreTests",
            dependencies: ["LiaisonCore"]
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["liaison"]
        ),
    ]
)
