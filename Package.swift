// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "DocParse",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DocParse", targets: ["DocParse"]),
        .executable(name: "parsecli", targets: ["parsecli"]),
        .executable(name: "docparse-server", targets: ["docparse-server"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"4.0.0"),
        // `swift package generate-documentation --target DocParse` builds the DocC catalogue.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // Only the web service (docparse-server, DocParseServer) uses these; DocParse and parsecli don't.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // DOCX and XLSX are zip packages: read by Ingest/ZipPackage.swift, and the diff's
        // 修改对照表 written as a Word document.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // ICU behind a C header that uses only plain C types (see Sources/CICU/include/CICU.h).
        .systemLibrary(
            name: "ICUSystem",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "CICU", dependencies: ["ICUSystem"]),
        // HTML pages through gumbo (HTML5 tree construction, source offsets), as flat events
        // behind a plain C header (Sources/CHTML/include/CHTML.h).
        .systemLibrary(name: "GumboSystem", pkgConfig: "gumbo", providers: [.apt(["libgumbo-dev"])]),
        .target(name: "CHTML", dependencies: ["GumboSystem"]),
        // PDF text layers through poppler-glib, behind a plain C header (Sources/CPDF/include/CPDF.h).
        .systemLibrary(name: "PopplerSystem", pkgConfig: "poppler-glib", providers: [.apt(["libpoppler-glib-dev"])]),
        .target(name: "CPDF", dependencies: ["PopplerSystem"]),
        .target(
            name: "DocParse",
            dependencies: [
                "CICU",
                "CHTML",
                "CPDF",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // The catalogue's source; scripts/gen-messages embeds it as Messages+Generated.swift.
            exclude: ["Resources/Messages/messages.json"]
        ),
        .executableTarget(
            name: "parsecli",
            dependencies: [
                "DocParse",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target over the whole parse (scripts/fuzz builds it with -sanitize=fuzzer);
        // in a normal build it replays input files.
        // Output invariants and the libFuzzer driver shared by the fuzz targets and the
        // regression tests (kept out of the library's public API).
        .target(name: "DocParseFuzzSupport", dependencies: ["DocParse"]),
        .executableTarget(name: "docparse-fuzz-parse", dependencies: ["DocParse", "DocParseFuzzSupport"]),
        // libFuzzer target over the quantity recognizer and the numeral reader.
        .executableTarget(name: "docparse-fuzz-quantities", dependencies: ["DocParse", "DocParseFuzzSupport"]),
        // The benchmark (scripts/bench): DocParse only, no other dependency.
        .executableTarget(name: "docparse-bench", dependencies: ["DocParse"]),
        // The web service's routes, limits and page (issue 9), as a library so tests start it in-process.
        .target(
            name: "DocParseServer",
            dependencies: [
                "DocParse",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "docparse-server",
            dependencies: [
                "DocParseServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DocParseServerTests",
            dependencies: [
                "DocParseServer",
                "DocParse",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "DocParseTests",
            dependencies: [
                "DocParse", "DocParseFuzzSupport",
                // Tests write small DOCX/XLSX packages of their own.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
