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
    ///   - lang: The language of the severities and messages (codes stay as they are).
    ///   - extracted: For a DOCX, XLSX or PDF input, its extraction: each finding then also
    ///     names its place in the file (`第12段`, `第3页第7行`), since the line number counts
    ///     lines of the extracted text.
    /// - Returns: One block per finding, each line ending in a newline; empty for no findings.
    public static func text(_ findings: [Finding], file: String, source: SourceText, lang: Language = .zh,
                            extracted: ExtractedText? = nil) -> String {
        var out = ""
        for f in findings {
            let head = "\(MessageCatalogue.label("severity." + f.severity.rawValue, lang)): \(f.message(lang)) [\(f.code)]\n"
            if let sp = f.span {
                if let x = extracted, x.format != .html, let p = x.place(at: sp.start), let label = p.message?.text(lang) {
                    // The place in the file, for a reader of the .docx or PDF: `… [code] (第3页第7行)`.
                    out += "\(file):\(sp.line):\(sp.column): " + head.dropLast() + " (\(label))\n"
                } else {
                    out += "\(file):\(sp.line):\(sp.column): " + head
                }
                out += excerpt(sp, source)
            } else {
                out += "\(file): " + head
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

    /// A one-line count by severity: `共 1 个文件：2 个错误，5 个警告，1 个提示` or
    /// `2 errors, 5 warnings, 1 note in 1 file`.
    ///
    /// - Parameters:
    ///   - findings: The findings of all files checked.
    ///   - files: How many files were checked.
    ///   - lang: The language of the line.
    /// - Returns: The summary, without a trailing newline.
    public static func summary(_ findings: [Finding], files: Int, lang: Language = .zh) -> String {
        let e = findings.filter { $0.severity == .error }.count
        let w = findings.filter { $0.severity == .warning }.count
        let n = findings.filter { $0.severity == .note }.count
        // English plurals take an `s` argument each; the Chinese template ignores them.
        func s(_ k: Int) -> String { k == 1 ? "" : "s" }
        return Message("check.summary", [
            "errors": String(e), "errorsS": s(e), "warnings": String(w), "warningsS": s(w),
            "notes": String(n), "notesS": s(n), "files": String(files), "filesS": s(files),
        ]).text(lang)
    }
}
