/// Renders findings the way compilers do:
///
/// ```
/// plan.txt:12:1: warning: numbering jumps from 3 to 5: 4 is missing [numbering.gap]
///     …落实立德树人根本任务。
///     5.健全思想政治工作长效机制
///     ^~
/// ```
///
/// Long lines (a Chinese paragraph is often one line) are cut to a window around the span.
///
/// The `file:line:column: severity: message [code]` shape is the one editors and CI systems
/// already parse, so a draft's findings become clickable like compiler errors. Carets are
/// placed by display width, so they line up under CJK text, which takes two columns per
/// character in a terminal.
///
/// ```swift
/// let findings = DraftChecker.check(parsed)
/// print(FindingFormatter.text(findings, file: "plan.txt", source: parsed.source), terminator: "")
/// print(FindingFormatter.summary(findings, files: 1))
/// ```
public enum FindingFormatter {
    static let context = 30

    /// Renders findings, each with an excerpt and carets when it has a span.
    ///
    /// - Parameters:
    ///   - findings: The findings, in the order to print them.
    ///   - file: The name to print before each location.
    ///   - source: The text the findings' spans point into.
    ///   - extracted: For a DOCX, XLSX, PDF or HTML input, its extraction: each finding then
    ///     also names its place in the file (`paragraph 12`, `page 3, line 7`), since the
    ///     line number counts lines of the extracted text.
    /// - Returns: One block per finding, each line ending in a newline; empty for no findings.
    public static func text(_ findings: [Finding], file: String, source: SourceText, extracted: ExtractedText? = nil) -> String {
        var out = ""
        for f in findings {
            if let sp = f.span {
                var place = ""
                if let x = extracted, let p = x.place(at: sp.start), !p.label.isEmpty, x.format != .html { place = " (\(p.label))" }
                out += "\(file):\(sp.line):\(sp.column): \(f.severity.rawValue): \(f.message) [\(f.code)]\(place)\n"
                out += excerpt(sp, source)
            } else {
                out += "\(file): \(f.severity.rawValue): \(f.message) [\(f.code)]\n"
            }
        }
        return out
    }

    /// The source line around the span and a caret line under it.
    static func excerpt(_ sp: Span, _ source: SourceText) -> String {
        let n = source.scalars.count
        guard sp.start <= n else { return "" }
        var lineStart = sp.start
        while lineStart > 0, source.scalars[lineStart - 1] != "\n", source.scalars[lineStart - 1] != "\r" { lineStart -= 1 }
        var lineEnd = sp.start
        while lineEnd < n, source.scalars[lineEnd] != "\n", source.scalars[lineEnd] != "\r" { lineEnd += 1 }
        let from = max(lineStart, sp.start - context)
        let to = min(lineEnd, max(sp.end, sp.start + 1) + context)
        let head = from > lineStart ? "…" : ""
        let tail = to < lineEnd ? "…" : ""
        let text = source.string(from..<to)
        let prefixWidth = DisplayWidth.of(head.unicodeScalars) + DisplayWidth.of(source.scalars[from..<sp.start])
        let spanEnd = min(max(sp.end, sp.start + 1), lineEnd)
        let spanWidth = max(1, DisplayWidth.of(source.scalars[sp.start..<max(sp.start, spanEnd)]))
        let caret = String(repeating: " ", count: prefixWidth) + "^" + String(repeating: "~", count: max(0, spanWidth - 1))
        return "    \(head)\(text)\(tail)\n    \(caret)\n"
    }

    /// A one-line count by severity: `2 errors, 5 warnings, 1 note in 1 file`.
    ///
    /// - Parameters:
    ///   - findings: The findings of all files checked.
    ///   - files: How many files were checked.
    /// - Returns: The summary, without a trailing newline.
    public static func summary(_ findings: [Finding], files: Int) -> String {
        let e = findings.filter { $0.severity == .error }.count
        let w = findings.filter { $0.severity == .warning }.count
        let n = findings.filter { $0.severity == .note }.count
        func plural(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
        return "\(plural(e, "error")), \(plural(w, "warning")), \(plural(n, "note")) in \(plural(files, "file"))"
    }
}
