// swift-tools-version:6.0
// libFuzzer harnesses for the JSON parser, the catalogue decoder, the importers, the pattern matcher and
// the language server (its JSON-RPC framing, and whole conversations). A separate package, so that
// `swift build` and `swift test` of the main package stay plain. Build and run: scripts/fuzz.sh.
// The library sources are the main package's, through symbolic links in Sources/ (a path
// dependency on ".." would name the package after whatever the checkout directory is called).
import PackageDescription

let package = Package(
  name: "mhhs-fuzz",
  targets: [
    .target(name: "MHHSCatalogue"),
    .target(name: "MHHSImport", dependencies: ["MHHSCatalogue"]),
    .target(name: "MHHSLint", dependencies: ["MHHSCatalogue"]),
    .target(name: "MHHSLanguageServer", dependencies: ["MHHSCatalogue", "MHHSLint"]),
    .executableTarget(name: "FuzzParser", dependencies: ["MHHSCatalogue"]),
    .executableTarget(name: "FuzzCatalogue", dependencies: ["MHHSCatalogue", "MHHSLint"]),
    .executableTarget(name: "FuzzImportDIP", dependencies: ["MHHSCatalogue", "MHHSImport"]),
    .executableTarget(name: "FuzzImportCSV", dependencies: ["MHHSCatalogue", "MHHSImport"]),
    .executableTarget(name: "FuzzPattern", dependencies: ["MHHSCatalogue"]),
    .executableTarget(name: "FuzzImportXLSX", dependencies: ["MHHSCatalogue", "MHHSImport"]),
    .executableTarget(name: "FuzzLSPFraming", dependencies: ["MHHSLanguageServer"]),
    .executableTarget(name: "FuzzLSPServer", dependencies: ["MHHSLanguageServer"]),
  ],
  swiftLanguageModes: [.v6]
)
