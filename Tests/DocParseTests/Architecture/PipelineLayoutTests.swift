import Foundation
import Testing
@testable import DocParse

/// The folder tree under `Sources/DocParse/Pipeline` is the pipeline: one folder per stage,
/// numbered in the order `Pipeline.Stage` lists them, and a stage's code names only types of
/// its own or earlier stages (plus `Model/`, `Resources/` and `API/`), never a later stage's.
@Suite("Pipeline layout")
struct PipelineLayoutTests {
    static let pipelineDir = TestPaths.root.appendingPathComponent("Sources/DocParse/Pipeline")

    static func swiftFiles(under dir: URL) -> [URL] {
        let e = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)
        var out: [URL] = []
        while let u = e?.nextObject() as? URL {
            if u.pathExtension == "swift" { out.append(u) }
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Names declared at the start of a line (`enum X`, `struct X`, `public final class X`…).
    static func declaredTypes(_ source: String) -> [String] {
        var out: [String] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: true) {
            var words = line.split(separator: " ").map(String.init)
            while let w = words.first, ["public", "internal", "fileprivate", "private", "final"].contains(w) || w.hasPrefix("@") {
                words.removeFirst()
            }
            guard words.count >= 2, ["enum", "struct", "class", "protocol", "actor", "typealias"].contains(words[0]) else { continue }
            let name = words[1].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if !name.isEmpty { out.append(String(name)) }
        }
        return out
    }

    /// Source without `//` comments, so a comment may mention a later stage.
    static func code(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            if let r = line.range(of: "//") { return line[..<r.lowerBound] }
            return line
        }.joined(separator: "\n")
    }

    static func mentions(_ code: String, _ name: String) -> Bool {
        var search = code.startIndex..<code.endIndex
        while let r = code.range(of: name, range: search) {
            let before = r.lowerBound == code.startIndex ? nil : code[code.index(before: r.lowerBound)]
            let after = r.upperBound == code.endIndex ? nil : code[r.upperBound]
            func isWord(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
            if !isWord(before), !isWord(after) { return true }
            search = r.upperBound..<code.endIndex
        }
        return false
    }

    @Test("The stage folders are exactly Pipeline.Stage, in order")
    func foldersMatchStages() throws {
        let entries = try FileManager.default.contentsOfDirectory(atPath: Self.pipelineDir.path)
        var folders: [String] = []
        for e in entries {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: Self.pipelineDir.appendingPathComponent(e).path, isDirectory: &isDir), isDir.boolValue {
                folders.append(e)
            }
        }
        #expect(folders.sorted() == Pipeline.Stage.allCases.map(\.rawValue))
    }

    @Test("No stage names a type declared in a later stage")
    func noLaterStageDependency() throws {
        let stages = Pipeline.Stage.allCases
        var owner: [String: Int] = [:]
        var files: [(stage: Int, url: URL, code: String)] = []
        for (i, s) in stages.enumerated() {
            for u in Self.swiftFiles(under: Self.pipelineDir.appendingPathComponent(s.rawValue)) {
                let src = try String(contentsOf: u, encoding: .utf8)
                for name in Self.declaredTypes(src) where owner[name] == nil { owner[name] = i }
                files.append((i, u, Self.code(src)))
            }
        }
        #expect(owner["TextAnalysis"] == stages.firstIndex(of: .analyze))
        var violations: [String] = []
        for f in files {
            for (name, stage) in owner where stage > f.stage && Self.mentions(f.code, name) {
                violations.append("\(f.url.lastPathComponent) (\(stages[f.stage].rawValue)) uses \(name) of \(stages[stage].rawValue)")
            }
        }
        #expect(violations.isEmpty, "\(violations.sorted().joined(separator: "\n"))")
    }
}
