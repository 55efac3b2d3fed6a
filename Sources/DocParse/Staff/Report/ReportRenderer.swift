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
    /// - Returns: A complete UTF-8 HTML document.
    public static func html(_ parsed: ParsedDocument, findings: [Finding]) -> String {
        let doc = parsed.document
        let md = doc.metadata
        var h = "<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        // Defence in depth: even if text escaped escaping, the page may run no script and load nothing.
        h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        h += "<title>\(e(md.title ?? doc.source.path ?? "DocParse report"))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        h += header(doc)
        h += "<div class=\"layout\">\n" + nav(doc) + "<main>\n"
        h += findingsSection(findings)
        h += tasksSection(doc)
        h += targetsSection(doc)
        h += unitsSection(doc)
        h += sourceSection(parsed, findings)
        h += "</main>\n</div>\n</body>\n</html>\n"
        return h
    }

    static func e(_ s: String) -> String { HTMLEscape.text(s) }

    static func header(_ doc: Document) -> String {
        let md = doc.metadata
        var h = "<header>\n<h1>\(e(md.title ?? "(无标题)"))"
        if md.isDraft { h += "<span class=\"badge\">征求意见稿 draft</span>" }
        h += "</h1>\n<dl class=\"meta\">\n"
        let period = md.period.map { "\($0.start)–\($0.end)" }
        let rows: [(String, String, String?)] = [
            ("发布机构", "issuer", md.issuer), ("日期", "date", md.date), ("类型", "type", md.docType?.rawValue),
            ("期限", "period", period), ("索引号", "index no.", md.indexNumber), ("文号", "doc no.", md.documentNumber),
            ("来源文件", "source", doc.source.path), ("编码", "encoding", doc.source.encoding + (doc.source.encodingDetected ? " (detected)" : "")),
        ]
        for (zh, en, v) in rows {
            h += "<dt>\(zh) <span class=\"en\">\(en)</span></dt><dd>\(v.map(e) ?? "<span class=\"empty\">—</span>")</dd>\n"
        }
        return h + "</dl>\n</header>\n"
    }

    static func nav(_ doc: Document) -> String {
        var h = "<nav aria-label=\"outline\">\n<strong>目录 <span class=\"en\">outline</span></strong>\n"
        h += "<ul><li><a href=\"#findings\">检查结果 findings</a></li><li><a href=\"#tasks\">任务 tasks</a></li>"
        h += "<li><a href=\"#targets\">指标 targets</a></li><li><a href=\"#units\">单位 units</a></li><li><a href=\"#source\">原文 source</a></li></ul>\n<hr>\n"
        func list(_ nodes: [OutlineNode]) -> String {
            guard !nodes.isEmpty else { return "" }
            var s = "<ul>\n"
            for n in nodes {
                s += "<li><a href=\"#at-\(n.span.start)\">\(e(n.marker)) \(e(short(n.title, 28)))</a>\(list(n.children))</li>\n"
            }
            return s + "</ul>\n"
        }
        h += doc.outline.isEmpty ? "<p class=\"empty\">no numbered outline found</p>\n" : list(doc.outline)
        for a in doc.appendices {
            h += "<p><strong>\(e(a.title))</strong> <span class=\"en\">appendix</span></p>\n" + list(a.outline)
        }
        return h + "</nav>\n"
    }

    static func short(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n)) + "…" : s }

    static func link(_ sp: Span?) -> String {
        guard let sp else { return "—" }
        return "<a href=\"#at-\(sp.start)\">\(sp.line):\(sp.column)</a>"
    }

    static func findingsSection(_ findings: [Finding]) -> String {
        var h = "<section id=\"findings\">\n<h2>检查结果 <span class=\"en\">check findings (\(findings.count))</span></h2>\n"
        if findings.isEmpty { return h + "<p class=\"empty\">no findings</p>\n</section>\n" }
        h += "<table>\n<tr><th>级别 <span class=\"en\">severity</span></th><th>位置 <span class=\"en\">place</span></th><th>说明 <span class=\"en\">message</span></th><th>代码 <span class=\"en\">code</span></th></tr>\n"
        for f in findings {
            h += "<tr><td class=\"sev-\(f.severity.rawValue)\">\(f.severity.rawValue)</td><td class=\"num\">\(link(f.span))</td><td>\(e(f.message))</td><td><code>\(e(f.code))</code></td></tr>\n"
        }
        return h + "</table>\n</section>\n"
    }

    static func tasksSection(_ doc: Document) -> String {
        var h = "<section id=\"tasks\">\n<h2>任务 <span class=\"en\">tasks (\(doc.tasks.count))</span></h2>\n"
        if doc.tasks.isEmpty { return h + "<p class=\"empty\">no tasks found</p>\n</section>\n" }
        var nodes: [String: OutlineNode] = [:]
        for n in doc.allNodes { nodes[n.id] = n }
        var targetsByNode: [String: [Target]] = [:]
        for t in doc.targets { if let id = t.nodeId { targetsByNode[id, default: []].append(t) } }
        h += "<table>\n<tr><th>编号 <span class=\"en\">path</span></th><th>任务 <span class=\"en\">title</span></th><th>牵头 <span class=\"en\">lead</span></th><th>责任 <span class=\"en\">responsible</span></th><th>指标 <span class=\"en\">targets</span></th></tr>\n"
        for t in doc.tasks {
            let n = nodes[t.nodeId]
            let ts = (targetsByNode[t.nodeId] ?? []).map { e($0.text) }.joined(separator: "<br>")
            h += "<tr><td class=\"num\"><a href=\"#at-\(t.span.start)\">\(e(t.path))</a></td><td>\(e(t.title))</td>"
            h += "<td>\(e((n?.lead ?? []).joined(separator: "、")))</td><td>\(e((n?.responsible ?? []).joined(separator: "、")))</td><td>\(ts)</td></tr>\n"
        }
        return h + "</table>\n</section>\n"
    }

    static func targetsSection(_ doc: Document) -> String {
        var h = "<section id=\"targets\">\n<h2>指标 <span class=\"en\">targets (\(doc.targets.count))</span></h2>\n"
        if doc.targets.isEmpty { return h + "<p class=\"empty\">no targets found</p>\n</section>\n" }
        h += "<table>\n<tr><th>指标 <span class=\"en\">indicator</span></th><th>值 <span class=\"en\">value</span></th><th>单位 <span class=\"en\">unit</span></th><th>比较 <span class=\"en\">comparator</span></th><th>年份 <span class=\"en\">year</span></th><th>类型 <span class=\"en\">kind</span></th><th>位置 <span class=\"en\">place</span></th></tr>\n"
        for t in doc.targets {
            let v: String
            switch t.value {
            case .number(let x): v = DiffFormatter.num(x)
            case .range(let a, let b): v = DiffFormatter.num(a) + "–" + DiffFormatter.num(b)
            }
            let year = t.year.map { y in t.yearEnd.map { "\(y)–\($0)" } ?? "\(y)" } ?? (t.rate ? "每年 yearly" : "—")
            h += "<tr><td>\(e(t.indicator ?? "—"))</td><td class=\"num\">\(e(v))</td><td>\(e(t.unit ?? ""))</td><td>\(e(t.comparator.rawValue))</td>"
            h += "<td class=\"num\">\(e(year))</td><td>\(e(t.kind.rawValue))</td><td class=\"num\">\(link(t.span))</td></tr>\n"
        }
        return h + "</table>\n</section>\n"
    }

    static func unitsSection(_ doc: Document) -> String {
        var h = "<section id=\"units\">\n<h2>单位 <span class=\"en\">units (\(doc.units.count))</span></h2>\n"
        if doc.units.isEmpty { return h + "<p class=\"empty\">no units found</p>\n</section>\n" }
        var paths: [String: String] = [:]
        for t in doc.tasks { paths[t.nodeId] = t.path }
        h += "<table>\n<tr><th>单位 <span class=\"en\">unit</span></th><th>类别 <span class=\"en\">kind</span></th><th>牵头任务 <span class=\"en\">leads</span></th><th>参与任务 <span class=\"en\">shares</span></th></tr>\n"
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
            h += "<tr><td>\(name)</td><td>\(e(u.kind.rawValue))</td><td>\(tasks([.lead]))</td><td>\(tasks([.responsible, .supporting, .mentioned]))</td></tr>\n"
        }
        return h + "</table>\n</section>\n"
    }

    /// The original text with anchors at node starts and marks at target and unit spans.
    /// Overlapping marks are dropped (targets win), so the markup always nests.
    static func sourceSection(_ parsed: ParsedDocument, _ findings: [Finding]) -> String {
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
        var h = "<section id=\"source\">\n<h2>原文 <span class=\"en\">source text, targets <mark class=\"t\">marked</mark>, units <mark class=\"u\">marked</mark></span></h2>\n<div class=\"source\">"
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
