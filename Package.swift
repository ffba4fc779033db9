// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "mhhs-catalogue",
  products: [
    .executable(name: "mhhs", targets: ["mhhs"]),
    .library(name: "MHHSCatalogue", targets: ["MHHSCatalogue"]),
    .library(name: "MHHSImport", targets: ["MHHSImport"]),
    .library(name: "MHHSLint", targets: ["MHHSLint"]),
    .library(name: "MHHSReports", targets: ["MHHSReports"]),
  ],
  targets: [
    .target(name: "MHHSCatalogue"),
    .target(name: "MHHSImport", dependencies: ["MHHSCatalogue"]),
    .target(name: "MHHSLint", dependencies: ["MHHSCatalogue"]),
    .target(name: "MHHSReports", dependencies: ["MHHSLint"]),
    .target(name: "MHHSLanguageServer", dependencies: ["MHHSCatalogue", "MHHSLint"]),
    .executableTarget(
      name: "mhhs",
      dependencies: ["MHHSCatalogue", "MHHSImport", "MHHSLint", "MHHSReports", "MHHSLanguageServer"]),
    .testTarget(name: "MHHSCatalogueTests", dependencies: ["MHHSCatalogue"]),
    .testTarget(name: "MHHSImportTests", dependencies: ["MHHSImport"]),
    .testTarget(name: "MHHSLintTests", dependencies: ["MHHSLint"]),
    .testTarget(name: "MHHSReportsTests", dependencies: ["MHHSReports"], exclude: ["Golden"]),
    .testTarget(name: "mhhsTests", dependencies: ["mhhs"], exclude: ["Fixtures"]),
  ],
  swiftLanguageModes: [.v6]
)
