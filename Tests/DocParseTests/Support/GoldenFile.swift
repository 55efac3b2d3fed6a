import Foundation
import Testing

/// Compares `actual` with a reviewed golden file under `Tests/DocParseTests/Golden/`.
///
/// With `RECORD_GOLDEN=1` in the environment the file is rewritten and the test fails, so a
/// recorded golden is never taken as passing without a second run (and a reading of the diff:
/// `git diff Tests/DocParseTests/Golden`). On a mismatch the first differing lines are shown.
func assertGolden(_ actual: String, _ relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = TestPaths.golden.appendingPathComponent(relativePath)
    let text = actual.hasSuffix("\n") ? actual : actual + "\n"
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded golden \(relativePath); review it with git diff and run again without RECORD_GOLDEN", sourceLocation: sourceLocation)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden \(relativePath); run with RECORD_GOLDEN=1 and review it", sourceLocation: sourceLocation)
        return
    }
    if expected == text { return }
    let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let a = text.split(separator: "\n", omittingEmptySubsequences: false)
    var report: [String] = []
    var i = 0
    while i < max(e.count, a.count), report.count < 12 {
        let el = i < e.count ? String(e[i]) : "<end>"
        let al = i < a.count ? String(a[i]) : "<end>"
        if el != al { report.append("line \(i + 1):\n  - \(el)\n  + \(al)") }
        i += 1
    }
    let detail = report.joined(separator: "\n")
    Issue.record("golden \(relativePath) differs:\n\(detail)", sourceLocation: sourceLocation)
}

/// Pretty JSON with sorted keys, for goldens of parts of a document.
func goldenJSON<T: Encodable>(_ value: T) -> String {
    let enc = JSONEncoder()
    enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? enc.encode(value)) ?? Data(), as: UTF8.self)
}
