// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "igfrules",
    products: [
        .executable(name: "igfrules", targets: ["igfrules"]),
        .library(name: "IGFRules", targets: ["IGFRules"]),
    ],
    targets: [
        // The language: source text, lexer, parser, checker, evaluator, explanations, renderers.
        .target(name: "IGFRules"),
        // The commands and the REPL, as a library so that tests can run them in-process.
        .target(name: "IGFRulesCLI", dependencies: ["IGFRules"]),
        // The executable: only hands the process's arguments and streams to IGFRulesCLI.
        .executableTarget(name: "igfrules", dependencies: ["IGFRulesCLI"]),
        // The in-process benchmark (scripts/bench.sh builds it in release and runs it).
        .executableTarget(name: "igfrules-bench", dependencies: ["IGFRules"], path: "Sources/igfrules-bench"),
        // Fuzz targets (scripts/fuzz.sh builds them with libFuzzer; a plain build replays inputs).
        .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
        .executableTarget(name: "FuzzFrontEnd", dependencies: ["IGFRules", "FuzzSupport"]),
        .executableTarget(name: "FuzzEvaluator", dependencies: ["IGFRules", "FuzzSupport"]),
        .executableTarget(name: "FuzzFormatter", dependencies: ["IGFRules", "FuzzSupport"]),
        .executableTarget(name: "FuzzCommandLine", dependencies: ["IGFRulesCLI", "FuzzSupport"]),
        .executableTarget(name: "FuzzArithmetic", dependencies: ["IGFRules", "FuzzSupport"]),
        .testTarget(name: "IGFRulesTests", dependencies: ["IGFRules"]),
        .testTarget(name: "IGFRulesCLITests", dependencies: ["IGFRulesCLI", "IGFRules"]),
    ],
    swiftLanguageModes: [.v6]
)
