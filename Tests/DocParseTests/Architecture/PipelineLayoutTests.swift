import Foundation
import Testing
@testable import DocParse

/// The folder tree under `Sources/DocParse/Pipeline` is the pipeline: one folder per stage,
/// numbered in the order `Pipeline.Stage` lists them, and a stage's code names only types of
/// its own or earlier stages (plus `Model/`, `Resources/` and `API/`), never a later stage's.
/// `Lexical/` is the layer below every stage (character classes, numerals, marker shapes):
/// every stage may use it, and it names no stage's type.
@Suite("Pipeline layout")
struct PipelineLayoutTests {
    static let pipelineDir = TestPaths.root.appendingPathComponent("Sources/DocParse/Pipeline")
    static let lexicalDir = TestPaths.root.appendingPathComponent("Sources/DocParse/Lexical")

    /// The first stage owning each type name declared under `Pipeline/`, and every stage file.
    static func stageTypes() throws -> (owner: [String: Int], files: [(stage: Int, url: URL, code: String)]) {
        var owner: [String: Int] = [:]
        var files: [(stage: Int, url: URL, code: String)] = []
        for (i, s) in Pipeline.Stage.allCases.enumerated() {
            for u in swiftFiles(under: pipelineDir.appendingPathComponent(s.rawValue)) {
                let src = try String(contentsOf: u, encoding: .utf8)
                for name in declaredTypes(src) where owner[name] == nil { owner[name] = i }
                files.append((i, u, code(src)))
            }
        }
        return (owner, files)
    }

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

    /// Source without `//` comments and without the text of string literals, so a comment or
    /// a message may mention a later stage's word (`save it again from Word`).
    static func code(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var out = ""
            var inString = false
            var escaped = false
            var previous: Character? = nil
            for c in line {
                if inString {
                    if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false; out.append(c) }
                    continue
                }
                if c == "/", previous == "/" { out.removeLast(); break }
                if c == "\"" { inString = true }
                out.append(c)
                previous = c
            }
            return out
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
        let (owner, files) = try Self.stageTypes()
        #expect(owner["TextAnalysis"] == stages.firstIndex(of: .analyze))
        var violations: [String] = []
        for f in files {
            for (name, stage) in owner where stage > f.stage && Self.mentions(f.code, name) {
                violations.append("\(f.url.lastPathComponent) (\(stages[f.stage].rawValue)) uses \(name) of \(stages[stage].rawValue)")
            }
        }
        #expect(violations.isEmpty, "\(violations.sorted().joined(separator: "\n"))")
    }

    @Test("Ingest is stage 1: the decoder and every format's reader live in it")
    func ingestIsTheFirstStage() throws {
        let stages = Pipeline.Stage.allCases
        #expect(stages.first == .ingest)
        let (owner, _) = try Self.stageTypes()
        for reader in ["TextDecoder", "FormatDetector", "HTMLReader", "DocxReader", "XlsxReader", "PDFReader", "ExtractedText", "SourceText"] {
            #expect(owner[reader] == 0, "\(reader) is not declared in \(stages[0].rawValue)")
        }
        // Nothing of the library sits beside the pipeline as a stage of its own.
        #expect(!FileManager.default.fileExists(atPath: TestPaths.root.appendingPathComponent("Sources/DocParse/Ingest").path))
    }

    @Test("The lexical layer below the stages names no stage's type")
    func lexicalLayerIsBelowEveryStage() throws {
        let (owner, _) = try Self.stageTypes()
        let stages = Pipeline.Stage.allCases
        var violations: [String] = []
        let files = Self.swiftFiles(under: Self.lexicalDir)
        #expect(!files.isEmpty)
        for u in files {
            let code = Self.code(try String(contentsOf: u, encoding: .utf8))
            for (name, stage) in owner where Self.mentions(code, name) {
                violations.append("\(u.lastPathComponent) (Lexical) uses \(name) of \(stages[stage].rawValue)")
            }
        }
        #expect(violations.isEmpty, "\(violations.sorted().joined(separator: "\n"))")
        // The pieces the readers share with later stages are found there, not in a stage.
        let lexical = Set(files.flatMap { Self.declaredTypes((try? String(contentsOf: $0, encoding: .utf8)) ?? "") })
        for shared in ["CharClass", "MarkerLexer", "MarkerReader", "ChineseNumeralWriter"] {
            #expect(lexical.contains(shared) && owner[shared] == nil, "\(shared) is not in Lexical/")
        }
    }
}
