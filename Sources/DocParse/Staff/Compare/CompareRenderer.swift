/// Writes a ``DraftComparison`` as one self-contained HTML page (the 修改对照表): changed
/// items side by side (原稿 | 修改稿) with deleted characters struck through in the old column
/// and inserted ones underlined in the new, then changed targets, units and metadata.
///
/// Like the report, the page runs no script and loads nothing (a Content-Security-Policy says
/// so), and every piece of document text is escaped, so a hostile draft cannot act through it.
///
/// ```swift
/// let page = CompareRenderer.html(DraftComparison(old: a, new: b), oldName: "v1.txt", newName: "v2.txt")
/// ```
public enum CompareRenderer {
    /// Renders the page.
    ///
    /// - Parameters:
    ///   - c: The comparison.
    ///   - oldName: How the earlier draft is named on the page (its file name).
    ///   - newName: How the later draft is named.
    ///   - lang: The main language of the labels; the other language follows in small type.
    ///   - links: Links shown under the title (downloads, the way back to a form).
    /// - Returns: A complete UTF-8 HTML document.
    public static func html(_ c: DraftComparison, oldName: String, newName: String, lang: Language = .zh, links: [PageLink] = []) -> String {
        func L(_ key: String) -> String {
            let main = MessageCatalogue.label(key, lang)
            let other = MessageCatalogue.label(key, lang == .zh ? .en : .zh)
            return e(main) + (other == main ? "" : " <span class=\"en\">\(e(other))</span>")
        }
        var h = "<!DOCTYPE html>\n<html lang=\"\(lang == .zh ? "zh-Hans" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n"
        h += "<title>\(e(MessageCatalogue.label("compare.title", lang))) · \(e(newName))</title>\n<style>\n\(css)\n</style>\n</head>\n<body>\n"
        h += "<header>\n<h1>\(L("compare.title"))</h1>\n"
        h += "<p class=\"files\">\(L("compare.old")): <code>\(e(oldName))</code> → \(L("compare.new")): <code>\(e(newName))</code></p>\n"
        if !links.isEmpty {
            h += "<p class=\"links\">" + links.map { "<a href=\"\(e($0.href))\">\(L($0.labelKey))</a>" }.joined(separator: " · ") + "</p>\n"
        }
        h += "</header>\n<main>\n"
        if c.isEmpty {
            h += "<section><p class=\"empty\">\(L("diff.none"))</p></section>\n"
        }
        // Items.
        h += "<section id=\"items\">\n<h2>\(L("compare.items")) <span class=\"count\">\(c.rows.count)</span></h2>\n"
        h += "<p class=\"legend\">\(L("compare.legend")): <del>\(e(MessageCatalogue.label("compare.sample-del", lang)))</del> <ins>\(e(MessageCatalogue.label("compare.sample-ins", lang)))</ins></p>\n"
        if c.rows.isEmpty {
            h += "<p class=\"empty\">\(L("compare.items-none"))</p>\n"
        } else {
            h += "<table class=\"cmp\">\n<colgroup><col class=\"path\"><col class=\"side\"><col class=\"side\"><col class=\"kind\"></colgroup>\n"
            h += "<tr><th>\(L("compare.path"))</th><th>\(L("compare.old"))</th><th>\(L("compare.new"))</th><th>\(L("compare.change"))</th></tr>\n"
            for row in c.rows {
                var old = "", new = ""
                for p in row.pieces {
                    switch p.op {
                    case .same: old += e(p.text); new += e(p.text)
                    case .delete: old += "<del>\(e(p.text))</del>"
                    case .insert: new += "<ins>\(e(p.text))</ins>"
                    }
                }
                h += "<tr class=\"\(row.change)\"><td class=\"num\">\(pathCell(row))</td><td>\(old)</td><td>\(new)</td>"
                h += "<td>\(e(CompareText.changeLabel(row.change, lang)))</td></tr>\n"
            }
            h += "</table>\n"
        }
        if c.renumberedOnly > 0 {
            h += "<p class=\"note\">\(e(Message("compare.renumbered-only", ["count": String(c.renumberedOnly)]).text(lang)))</p>\n"
        }
        h += "</section>\n"
        // Targets.
        if !c.diff.targets.isEmpty {
            h += "<section id=\"targets\">\n<h2>\(L("diff.targets")) <span class=\"count\">\(c.diff.targets.count)</span></h2>\n<table>\n"
            h += "<tr><th>\(L("compare.indicator"))</th><th>\(L("compare.path"))</th><th>\(L("compare.oldValue"))</th><th>\(L("compare.newValue"))</th><th>\(L("compare.year"))</th><th>\(L("compare.change"))</th></tr>\n"
            for t in c.diff.targets {
                let name = t.indicator ?? t.new?.text ?? t.old?.text ?? ""
                let years = [CompareText.year(t.old, lang), CompareText.year(t.new, lang)]
                let year = years[0] == years[1] || years[0].isEmpty || years[1].isEmpty ? (years[1].isEmpty ? years[0] : years[1]) : "\(years[0]) → \(years[1])"
                h += "<tr><td>\(e(name))</td><td class=\"num\">\(e(t.path ?? ""))</td>"
                h += "<td>\(t.old.map { e(CompareText.value($0, lang)) } ?? "—")</td><td>\(t.new.map { e(CompareText.value($0, lang)) } ?? "—")</td>"
                h += "<td class=\"num\">\(e(year))</td><td>\(e(CompareText.fields(t, lang)))</td></tr>\n"
            }
            h += "</table>\n</section>\n"
        }
        // Units.
        if !c.diff.units.isEmpty {
            h += "<section id=\"units\">\n<h2>\(L("diff.units")) <span class=\"count\">\(c.diff.units.count)</span></h2>\n<table>\n"
            h += "<tr><th>\(L("compare.path"))</th><th>\(L("compare.task"))</th><th>\(L("compare.role"))</th><th>\(L("compare.unitsAdded"))</th><th>\(L("compare.unitsRemoved"))</th></tr>\n"
            for u in c.diff.units {
                h += "<tr><td class=\"num\">\(e(u.path))</td><td>\(e(u.title))</td><td>\(e(MessageCatalogue.label("role.", value: u.role, lang)))</td>"
                h += "<td><ins>\(e(u.added.joined(separator: "、")))</ins></td><td><del>\(e(u.removed.joined(separator: "、")))</del></td></tr>\n"
            }
            h += "</table>\n</section>\n"
        }
        // Metadata.
        if !c.diff.metadata.isEmpty {
            h += "<section id=\"metadata\">\n<h2>\(L("diff.metadata"))</h2>\n<table>\n"
            h += "<tr><th>\(L("compare.field"))</th><th>\(L("compare.old"))</th><th>\(L("compare.new"))</th></tr>\n"
            for m in c.diff.metadata {
                h += "<tr><td>\(L("field." + m.field))</td><td>\(e(CompareText.metadataValue(m.field, m.old, lang)))</td>"
                h += "<td>\(e(CompareText.metadataValue(m.field, m.new, lang)))</td></tr>\n"
            }
            h += "</table>\n</section>\n"
        }
        h += "<footer>\(L("compare.generated"))</footer>\n</main>\n</body>\n</html>\n"
        return h
    }

    static func e(_ s: String) -> String { HTMLEscape.text(s) }

    /// The old path over the new one when the number changed, so the column stays narrow.
    static func pathCell(_ row: DraftComparison.Row) -> String {
        if let o = row.oldPath, let n = row.newPath, o != n { return e(o) + "<br>→ " + e(n) }
        return e(row.newPath ?? row.oldPath ?? "")
    }

    static let css = """
    :root { --ink:#1d2330; --muted:#5b6475; --line:#d9dde5; --accent:#a4262c; --del:#b3261e; --ins:#1a6b2a; }
    * { box-sizing:border-box; }
    body { margin:0; color:var(--ink); background:#fafbfc; line-height:1.7;
      font-family:"Noto Serif CJK SC","Source Han Serif SC","SimSun","Songti SC","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",serif; }
    header { background:#fff; border-bottom:3px solid var(--accent); padding:1rem 2rem; }
    h1 { margin:0 0 .3rem; font-size:1.5rem; letter-spacing:.1em; }
    .files, .links { margin:.2rem 0; font-size:.9rem; }
    main { padding:1rem 2rem 2rem; max-width:1400px; }
    section { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem 1.2rem; margin-bottom:1.2rem; }
    h2 { font-size:1.1rem; margin:.2rem 0 .6rem; border-left:4px solid var(--accent); padding-left:.5rem; }
    .count { color:var(--muted); font-size:.85rem; font-weight:normal; }
    .en { color:var(--muted); font-size:.75em; font-weight:normal; }
    table { border-collapse:collapse; width:100%; font-size:.92rem; }
    th, td { border:1px solid var(--line); padding:.4rem .55rem; text-align:left; vertical-align:top; }
    th { background:#f1f3f7; font-weight:600; }
    table.cmp { table-layout:fixed; }
    col.path { width:9rem; } col.kind { width:6rem; } col.side { width:auto; }
    td { word-break:break-word; white-space:pre-wrap; }
    td.num { white-space:nowrap; font-variant-numeric:tabular-nums; }
    del { color:var(--del); background:#fde7e7; text-decoration:line-through; }
    ins { color:var(--ins); background:#e3f4e6; text-decoration:underline; }
    tr.added td:nth-child(3), tr.removed td:nth-child(2) { background:#fcfcf4; }
    .legend, .note, footer { color:var(--muted); font-size:.85rem; }
    .empty { color:var(--muted); font-style:italic; }
    code { font-size:.9em; }
    a { color:#1f5fbf; }
    @media print { body { background:#fff; } section { border:none; padding:0; } header { border-bottom-width:1px; } }
    """
}
