import Foundation
import Testing

/// Language data (Chinese words, markers, numerals) lives in `Sources/DocParse/Resources/zhHans`,
/// not as Han-character literals in engine code: a rule names a table, so adding a word never
/// means editing a rule. Comments and tests may quote Chinese freely.
///
/// The files below still hold literals that predate the rule; each may keep at most the count
/// given, and the test fails when a count grows, when a file not listed gains one, and when a
/// listed file holds fewer (lower its count, or drop it, in the same change).
@Suite("Language data stays in Resources")
struct LanguageDataTests {
    static let engine = TestPaths.root.appendingPathComponent("Sources/DocParse")

    /// Generated from the JSON Schema document (`scripts/gen-schema-swift`); its Chinese is
    /// documentation text of the schema, not rule data.
    static let exempt: Set<String> = ["Pipeline/9-Output/JSONSchema+Generated.swift"]

    /// Literals still to move into `Resources/zhHans` (path under `Sources/DocParse` → count).
    static let pending: [String: Int] = [:]

    static func isHan(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2FA1F) || v == 0x3007
    }

    /// The number of string (and character) literals in `source` that hold a Han character,
    /// outside `//` and `/* */` comments; a `"""` literal counts once per line.
    static func hanLiterals(_ source: String) -> Int {
        let s = Array(source.unicodeScalars)
        var i = 0
        var count = 0
        func at(_ k: Int, _ w: String) -> Bool {
            let ws = Array(w.unicodeScalars)
            return k + ws.count <= s.count && Array(s[k..<(k + ws.count)]) == ws
        }
        while i < s.count {
            if at(i, "//") { while i < s.count, s[i] != "\n" { i += 1 }; continue }
            if at(i, "/*") {
                i += 2
                while i < s.count, !at(i, "*/") { i += 1 }
                i += 2
                continue
            }
            if at(i, "\"\"\"") {
                i += 3
                var lineHasHan = false
                while i < s.count, !at(i, "\"\"\"") {
                    if s[i] == "\n" { if lineHasHan { count += 1 }; lineHasHan = false }
                    if isHan(s[i]) { lineHasHan = true }
                    i += 1
                }
                if lineHasHan { count += 1 }
                i += 3
                continue
            }
            if s[i] == "\"" {
                i += 1
                var han = false
                while i < s.count, s[i] != "\"", s[i] != "\n" {
                    if s[i] == "\\" { i += 2; continue }
                    if isHan(s[i]) { han = true }
                    i += 1
                }
                if han { count += 1 }
                i += 1
                continue
            }
            i += 1
        }
        return count
    }

    @Test("The literal counter sees string and character literals, not comments")
    func counter() {
        #expect(Self.hanLiterals("let a = \"年\" // 年\n/* 章 */ let b = t[i] == \"第\" && s == \"x\"\n") == 2)
        #expect(Self.hanLiterals("let c = \"\\\"\" + \"abc\"\n") == 0)
        #expect(Self.hanLiterals("let m = \"\"\"\n  一\n  two\n  三\n  \"\"\"\n") == 2)
    }

    @Test("No Han-character literal in engine code outside Resources/ beyond the pending list")
    func noNewHanLiterals() throws {
        let e = FileManager.default.enumerator(at: Self.engine, includingPropertiesForKeys: nil)
        var found: [String: Int] = [:]
        while let u = e?.nextObject() as? URL {
            guard u.pathExtension == "swift" else { continue }
            let rel = String(u.path.dropFirst(Self.engine.path.count + 1))
            guard !rel.hasPrefix("Resources/"), !Self.exempt.contains(rel) else { continue }
            let n = Self.hanLiterals(try String(contentsOf: u, encoding: .utf8))
            if n > 0 { found[rel] = n }
        }
        #expect(found["Lexical/MarkerReader.swift"] == nil)
        for (file, n) in found.sorted(by: { $0.key < $1.key }) {
            let allowed = Self.pending[file] ?? 0
            #expect(n <= allowed, "\(file): \(n) Han literal(s); move the words into Resources/zhHans")
        }
        for (file, allowed) in Self.pending {
            #expect((found[file] ?? 0) == allowed, "\(file): \(found[file] ?? 0) Han literal(s) left, the list says \(allowed); lower it")
        }
    }
}
