// swift-tools-version:6.0
import PackageDescription

// No package dependencies: only what ships with the toolchain (a fixed requirement of the user).
let package = Package(
    name: "vagttjek",
    products: [
        .library(name: "VagttjekCore", targets: ["VagttjekCore"]),
        .executable(name: "vagttjek", targets: ["vagttjek"]),
    ],
    targets: [
        /// Parsing, Copenhagen time, the engine, the rules and the reports. Knows nothing about terminals.
        .target(name: "VagttjekCore", path: "Sources/VagttjekCore", exclude: ["Report/Schemas"]),
        /// The command line: argument parsing, files, exit codes. Knows the rules only through the registry.
        .target(name: "VagttjekCLI", dependencies: ["VagttjekCore"], path: "Sources/VagttjekCLI"),
        .executableTarget(name: "vagttjek", dependencies: ["VagttjekCLI"], path: "Sources/vagttjek"),
        .testTarget(name: "VagttjekCoreTests", dependencies: ["VagttjekCore"], path: "Tests/VagttjekCoreTests", exclude: ["Fixtures"]),
        /// The public API as another program sees it: imports the core without @testable.
        .testTarget(name: "VagttjekAPITests", dependencies: ["VagttjekCore"], path: "Tests/VagttjekAPITests"),
        .testTarget(
            name: "VagttjekCLITests", dependencies: ["VagttjekCLI", "vagttjek"], path: "Tests/VagttjekCLITests"),
        /// XCTest `measure` blocks; sizes from VAGTTJEK_BENCH_EMPLOYEES (small by default so `swift test` stays quick).
        .testTarget(name: "VagttjekBenchmarks", dependencies: ["VagttjekCore"], path: "Benchmarks", exclude: ["compare.sh", "ab.sh", "xlsx.py"]),
    ],
    swiftLanguageModes: [.v6]
)
