/// Renders one self-contained HTML page for a parsed document: metadata, a navigable
/// outline, tasks, targets, units, the check findings, and the source text with targets and
/// units highlighted at their spans. No scripts, no external fonts or links; prints well.
///
/// One file with nothing to fetch can be mailed, archived or opened offline, and a page that
/// may run no script cannot be turned against its reader by a hostile draft: all document
/// text goes through ``HTMLEscape`` and the page sets a Content-Security-Policy that forbids
/// scripts and external loads.
///
/// ```swift
/// let parsed = try DocumentParser.parseWithSource(bytes: bytes, options: ParseOptions(path: "plan.txt"))
/// let page = ReportRenderer.html(parsed, findings: DraftChecker.check(parsed))
/// try page.write(toFile: "plan.html", atomically: true, encoding: .utf8)
/// ```
public enum ReportRenderer {
    /// Renders the report page.
    ///
    /// - Parameters:
    ///   - parsed: The document and the text its spans point into.
    ///   - findings: Check findings to list and mark in the text; pass `[]` for none.
    ///   - lang: The main language of the labels and findings (the other language follows
    ///     the labels in small type); the document's own text is shown as written.
    ///   - links: Links shown under the header (the server's way back to its form).
    /// - Returns: A complete UTF-8 HTML document.
    public static func html(_ parsed: ParsedDocument, findings: [Finding], lang: Language = .zh, links: [PageLink] = []) -> String {
        let doc = parsed.document
        let md = doc.metadata
        let r = Labels(lang: lang)
        var h = "<!DOCTYPE html>\n<html lang=\"\(lang == .zh ? "zh-Hans" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // Defence in depth: even if text escaped escaping, the page may run no script and load nothing.
        h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        h += "<title>\(e(md.title ?? doc.source.path ?? "DocParse"))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        h += header(doc, r, links)
        h += "<div class=\"layout\">\n" + nav(doc, r) + "<main>\n"
        h += findingsSection(findings, r)
        h += tasksSection(parsed, r)
        h += targetsSection(doc, r)
        h += unitsSection(doc, r)
        h += sourceSection(parsed, findings, r)
        h += "</main>\n</div>\n</body>\n</html>\n"
        return h
    }

    /// Labels from the catalogue: the main language, then the other one in small type.
    struct Labels {
        let lang: Language
        /// `任务 <span class="en">tasks</span>` (escaped).
        func both(_ key: String) -> String {
            let main = MessageCatalogue.label(key, lang)
            let other = MessageCatalogue.label(key, lang == .zh ? .en : .zh)
            return e(main) + (other == main ? "" : " <span class=\"en\">\(e(other))</span>")
        }
        /// The main language only (not escaped).
        func one(_ key: String) -> String { MessageCatalogue.label(key, lang) }
        /// The label of a code under a prefix (`docType.`, `role.`), or the code itself.
        func value(_ prefix: String, _ code: String) -> String { MessageCatalogue.label(prefix, value: code, lang) }
    }

    static func e(_ s: String) -> String { HTMLEscape.text(s) }

    static func header(_ doc: Document, _ r: Labels, _ links: [PageLink]) -> String {
        let md = doc.metadata
        var h = "<header>\n"
        if !links.isEmpty {
            h += "<p class=\"links\">" + links.map { "<a href=\"\(e($0.href))\">← \(r.both($0.labelKey))</a>" }.joined(separator: " · ") + "</p>\n"
        }
        h += "<h1>\(e(md.title ?? r.one("report.untitled")))"
        if md.isDraft { h += "<span class=\"badge\">\(r.both("report.draft"))</span>" }
        h += "</h1>\n<dl class=\"meta\">\n"
        let period = md.period.map { "\($0.start)–\($0.end)" }
        let encoding = doc.source.encoding + (doc.source.encodingDetected ? r.one("value.detected") : "")
        let rows: [(String, String?)] = [
            ("field.issuer", md.issuer), ("field.date", md.date), ("field.docType", md.docType.map { r.value("docType.", $0.rawValue) }),
            ("field.period", period), ("field.indexNumber", md.indexNumber), ("field.documentNumber", md.documentNumber),
            ("field.source", doc.source.path), ("field.encoding", encoding),
        ]
        for (key, v) in rows {
            h += "<dt>\(r.both(key))</dt><dd>\(v.map(e) ?? "<span class=\"empty\">—</span>")</dd>\n"
        }
        return h + "</dl>\n</header>\n"
    }

    static func nav(_ doc: Document, _ r: Labels) -> String {
        var h = "<nav aria-label=\"outline\">\n<strong>\(r.both("report.outline"))</strong>\n"
        h += "<ul>" + [("findings", "report.findings"), ("tasks", "report.tasks"), ("targets", "report.targets"),
                       ("units", "report.units"), ("source", "report.source")].map { "<li><a href=\"#\($0.0)\">\(r.both($0.1))</a></li>" }.joined()
        h += "</ul>\n<hr>\n"
        func list(_ nodes: [OutlineNode]) -> String {
            guard !nodes.isEmpty else { return "" }
            var s = "<ul>\n"
            for n in nodes {
                s += "<li><a href=\"#at-\(n.span.start)\">\(e(n.marker)) \(e(short(n.title, 28)))</a>\(list(n.children))</li>\n"
            }
            return s + "</ul>\n"
        }
        h += doc.outline.isEmpty ? "<p class=\"empty\">\(r.both("report.outline-none"))</p>\n" : list(doc.outline)
        for a in doc.appendices {
            h += "<p><strong>\(e(a.title))</strong> <span class=\"en\">\(e(r.one("report.appendix")))</span></p>\n" + list(a.outline)
        }
        return h + "</nav>\n"
    }

    static func short(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n)) + "…" : s }

    static func link(_ sp: Span?) -> String {
        guard let sp else { return "—" }
        return "<a href=\"#at-\(sp.start)\">\(sp.line):\(sp.column)</a>"
    }

    static func th(_ keys: [String], _ r: Labels) -> String {
        "<tr>" + keys.map { "<th>\(r.both($0))</th>" }.joined() + "</tr>\n"
    }

    static func findingsSection(_ findings: [Finding], _ r: Labels) -> String {
        var h = "<section id=\"findings\">\n<h2>\(r.both("report.findings")) <span class=\"count\">\(findings.count)</span></h2>\n"
        if findings.isEmpty { return h + "<p class=\"empty\">\(r.both("report.findings-none"))</p>\n</section>\n" }
        h += "<table class=\"findings\">\n<colgroup><col class=\"sev\"><col class=\"place\"><col><col class=\"code\"></colgroup>\n"
        h += th(["report.col.severity", "report.col.place", "report.col.message", "report.col.code"], r)
        for f in findings {
            h += "<tr><td class=\"sev-\(f.severity.rawValue)\">\(e(r.value("severity.", f.severity.rawValue)))</td><td class=\"num\">\(link(f.span))</td>"
            h += "<td>\(e(f.message(r.lang)))</td><td><code>\(e(f.code))</code></td></tr>\n"
        }
        return h + "</table>\n</section>\n"
    }

    /// One row per task; its targets are shown as the sentences that state them, each sentence
    /// once with every figure in it marked (a sentence with four figures is not repeated four
    /// times).
    static func tasksSection(_ parsed: ParsedDocument, _ r: Labels) -> String {
        let doc = parsed.document
        var h = "<section id=\"tasks\">\n<h2>\(r.both("report.tasks")) <span class=\"count\">\(doc.tasks.count)</span></h2>\n"
        if doc.tasks.isEmpty { return h + "<p class=\"empty\">\(r.both("report.tasks-none"))</p>\n</section>\n" }
        var nodes: [String: OutlineNode] = [:]
        for n in doc.allNodes { nodes[n.id] = n }
        var targetsByNode: [String: [Target]] = [:]
        for t in doc.targets { if let id = t.nodeId { targetsByNode[id, default: []].append(t) } }
        h += "<table class=\"tasks\">\n<colgroup><col class=\"path\"><col class=\"title\"><col class=\"units\"><col class=\"units\"><col class=\"figures\"></colgroup>\n"
        h += th(["report.col.path", "report.col.task", "report.col.lead", "report.col.responsible", "report.col.figures"], r)
        for t in doc.tasks {
            let n = nodes[t.nodeId]
            let sentences = sentenceCells(targetsByNode[t.nodeId] ?? [], parsed.source)
            h += "<tr><td class=\"num\"><a href=\"#at-\(t.span.start)\">\(e(t.path))</a></td><td>\(e(t.title))</td>"
            h += "<td class=\"unit\">\(e((n?.lead ?? []).joined(separator: "、")))</td><td class=\"unit\">\(e((n?.responsible ?? []).joined(separator: "、")))</td>"
            h += "<td>\(sentences.joined(separator: "<br>"))</td></tr>\n"
        }
        return h + "</table>\n</section>\n"
    }

    /// The distinct sentences (target `textSpan`s) of some targets, in order, each with its
    /// figures marked. A target without a sentence span shows its own text.
    static func sentenceCells(_ targets: [Target], _ source: SourceText) -> [String] {
        var order: [Span] = []
        var figures: [Span: [Span]] = [:]
        var loose: [String] = []
        for t in targets {
            guard let ts = t.textSpan, ts.start <= t.span.start, t.span.end <= ts.end, ts.end <= source.scalars.count else {
                loose.append("<mark class=\"t\">\(e(t.text))</mark>")
                continue
            }
            if figures[ts] == nil { order.append(ts) }
            figures[ts, default: []].append(t.span)
        }
        var out: [String] = []
        for ts in order {
            var s = ""
            var at = ts.start
            for f in figures[ts]!.sorted(by: { $0.start < $1.start }) where f.start >= at {
                s += e(source.string(at..<f.start)) + "<mark class=\"t\">\(e(source.string(f.start..<f.end)))</mark>"
                at = f.end
            }
            s += e(source.string(at..<ts.end))
            out.append(s)
        }
        return out + loose
    }

    static func targetsSection(_ doc: Document, _ r: Labels) -> String {
        var h = "<section id=\"targets\">\n<h2>\(r.both("report.targets")) <span class=\"count\">\(doc.targets.count)</span></h2>\n"
        if doc.targets.isEmpty { return h + "<p class=\"empty\">\(r.both("report.targets-none"))</p>\n</section>\n" }
        h += "<table>\n" + th(["report.col.indicator", "report.col.value", "report.col.unit", "report.col.comparator",
                                "report.col.year", "report.col.kind", "report.col.place"], r)
        for t in doc.targets {
            let v: String
            switch t.value {
            case .number(let x): v = DiffFormatter.num(x)
            case .range(let a, let b): v = DiffFormatter.num(a) + "–" + DiffFormatter.num(b)
            }
            let year = t.year.map { y in t.yearEnd.map { "\(y)–\($0)" } ?? "\(y)" } ?? (t.rate ? r.one("value.yearly") : "—")
            h += "<tr><td>\(e(t.indicator ?? "—"))</td><td class=\"num\">\(e(v))</td><td>\(e(t.unit ?? ""))</td><td>\(e(r.value("comparator.", t.comparator.rawValue)))</td>"
            h += "<td class=\"num\">\(e(year))</td><td>\(e(r.value("targetKind.", t.kind.rawValue)))</td><td class=\"num\">\(link(t.span))</td></tr>\n"
        }
        return h + "</table>\n</section>\n"
    }

    static func unitsSection(_ doc: Document, _ r: Labels) -> String {
        var h = "<section id=\"units\">\n<h2>\(r.both("report.units")) <span class=\"count\">\(doc.units.count)</span></h2>\n"
        if doc.units.isEmpty { return h + "<p class=\"empty\">\(r.both("report.units-none"))</p>\n</section>\n" }
        var paths: [String: String] = [:]
        for t in doc.tasks { paths[t.nodeId] = t.path }
        h += "<table>\n" + th(["report.col.unitName", "report.col.kind", "report.col.leads", "report.col.shares"], r)
        for u in doc.units {
            func tasks(_ roles: Set<AttributionRole>) -> String {
                var seen: [String] = []
                for o in u.occurrences where roles.contains(o.role) {
                    let label = o.nodeId.flatMap { paths[$0] } ?? o.nodeId ?? "—"
                    if !seen.contains(label) { seen.append(label) }
                }
                return seen.map(e).joined(separator: ", ")
            }
            let name = e(u.name) + (u.aliases.isEmpty ? "" : " <span class=\"en\">(\(e(u.aliases.joined(separator: "、"))))</span>")
            h += "<tr><td class=\"unit\">\(name)</td><td>\(e(r.value("unitKind.", u.kind.rawValue)))</td><td>\(tasks([.lead]))</td><td>\(tasks([.responsible, .supporting, .mentioned]))</td></tr>\n"
        }
        return h + "</table>\n</section>\n"
    }

    /// The original text with anchors at node starts and marks at target and unit spans.
    /// Overlapping marks are dropped (targets win), so the markup always nests.
    static func sourceSection(_ parsed: ParsedDocument, _ findings: [Finding], _ r: Labels) -> String {
        let doc = parsed.document
        let scalars = parsed.source.scalars
        var marks: [(Int, Int, String)] = doc.targets.map { ($0.span.start, $0.span.end, "t") }
        for u in doc.units { for o in u.occurrences { marks.append((o.span.start, o.span.end, "u")) } }
        marks.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.2 < $1.2 }
        var kept: [(Int, Int, String)] = []
        for m in marks where m.1 > m.0 && m.1 <= scalars.count {
            if let last = kept.last, m.0 < last.1 { continue }
            kept.append(m)
        }
        var anchors = Set<Int>()
        for n in doc.allNodes { anchors.insert(n.span.start) }
        for a in doc.appendices { anchors.insert(a.span.start); for n in a.outline { n.forEach { anchors.insert($0.span.start) } } }
        for t in doc.targets { anchors.insert(t.span.start) }
        for d in doc.diagnostics { if let s = d.span { anchors.insert(s.start) } }
        for f in findings { if let s = f.span { anchors.insert(s.start) } }
        var h = "<section id=\"source\">\n<h2>\(r.both("report.source")) <span class=\"en\"><mark class=\"t\">\(e(r.one("report.marked-targets")))</mark> <mark class=\"u\">\(e(r.one("report.marked-units")))</mark></span></h2>\n<div class=\"source\">"
        var k = 0
        var open: Int? = nil
        for i in 0...scalars.count {
            if let end = open, end == i { h += "</mark>"; open = nil }
            if anchors.contains(i) { h += "<span id=\"at-\(i)\"></span>" }
            if k < kept.count, kept[k].0 == i, open == nil {
                h += "<mark class=\"\(kept[k].2)\">"
                open = kept[k].1
                k += 1
            }
            if i < scalars.count { HTMLEscape.append(scalars[i], to: &h) }
        }
        return h + "</div>\n</section>\n"
    }
}
