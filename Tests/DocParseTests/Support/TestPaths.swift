import Foundation

/// Paths used by tests, found from this file's location so tests run from any directory.
enum TestPaths {
    /// The package root (the folder holding Package.swift).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let corpus = root.appendingPathComponent("corpus")
    static let golden = root.appendingPathComponent("Tests/DocParseTests/Golden")

    /// The five bundled corpus documents, by file name without `.txt`.
    static let corpusNames = [
        "district-education-work-points-2023",
        "hanzhong-education-quality-plan-draft-2023-2025",
        "rizhao-basic-education-plan-2023-2025",
        "xingqing-basic-education-quality-plan-2021",
        "zichuan-balanced-development-report-2022",
    ]

    static func corpusFile(_ name: String) -> URL { corpus.appendingPathComponent(name + ".txt") }

    static func corpusBytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: corpusFile(name))) }

    /// The built parsecli binary (tests that run the CLI build it through `swift build` first).
    static var parsecli: URL {
        let env = ProcessInfo.processInfo.environment
        if let p = env["PARSECLI"] { return URL(fileURLWithPath: p) }
        // The test bundle sits in the same build directory as the executable.
        let bundle = Bundle.main.bundleURL
        for dir in [bundle, bundle.deletingLastPathComponent(), bundle.deletingLastPathComponent().deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("parsecli")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/parsecli")
    }
}
