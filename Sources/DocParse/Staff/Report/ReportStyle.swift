/// The report's stylesheet: no external fonts, Chinese font fallbacks, print rules.
enum ReportStyle {
    static let css = """
    :root { --ink:#1d2330; --muted:#5b6475; --line:#d9dde5; --accent:#a4262c; --bg:#fafbfc; --target:#fff2b3; --unit:#d7ecff; }
    * { box-sizing: border-box; }
    body { margin:0; color:var(--ink); background:var(--bg); line-height:1.6;
      font-family: "PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Helvetica Neue",Arial,sans-serif; }
    header { background:#fff; border-bottom:3px solid var(--accent); padding:1.2rem 2rem; }
    header h1 { margin:0 0 .4rem; font-size:1.5rem; }
    .badge { display:inline-block; padding:0 .5rem; border-radius:3px; background:var(--accent); color:#fff; font-size:.8rem; margin-left:.5rem; vertical-align:middle; }
    dl.meta { display:grid; grid-template-columns: max-content 1fr max-content 1fr; gap:.2rem 1rem; margin:.6rem 0 0; font-size:.9rem; }
    dl.meta dt { color:var(--muted); } dl.meta dd { margin:0; }
    .en { color:var(--muted); font-size:.75em; font-weight:normal; }
    .layout { display:grid; grid-template-columns: 18rem 1fr; gap:1.5rem; padding:1.5rem 2rem; }
    nav { position:sticky; top:1rem; align-self:start; max-height:calc(100vh - 2rem); overflow:auto; font-size:.85rem; background:#fff; border:1px solid var(--line); border-radius:6px; padding:.8rem; }
    nav ul { list-style:none; margin:0; padding-left:.9rem; } nav > ul { padding-left:0; }
    nav a { color:var(--ink); text-decoration:none; } nav a:hover { text-decoration:underline; }
    section { background:#fff; border:1px solid var(--line); border-radius:6px; padding:1rem 1.2rem; margin-bottom:1.5rem; }
    h2 { font-size:1.15rem; margin:.2rem 0 .8rem; border-left:4px solid var(--accent); padding-left:.5rem; }
    table { border-collapse:collapse; width:100%; font-size:.88rem; }
    th, td { border-bottom:1px solid var(--line); padding:.35rem .5rem; text-align:left; vertical-align:top; }
    th { background:#f1f3f7; font-weight:600; }
    td.num { white-space:nowrap; font-variant-numeric: tabular-nums; }
    .count { color:var(--muted); font-size:.8em; font-weight:normal; }
    header .links { margin:0 0 .3rem; font-size:.9rem; } header .links a { color:#1f5fbf; }
    /* Fixed columns: unit names (a bureau or an office) keep whole on one line where they fit, and the
       sentences take the room that is left. */
    table.tasks, table.findings { table-layout:fixed; }
    table.tasks col.path { width:7.5em; } table.tasks col.title { width:24%; } table.tasks col.units { width:11em; }
    .badge .en { color:#f6dcde; }
    table.findings col.sev { width:6.5em; } table.findings col.place { width:5.5em; } table.findings col.code { width:15em; }
    td.unit { word-break:keep-all; overflow-wrap:anywhere; }
    table.tasks td, table.findings td { overflow-wrap:anywhere; }
    .sev-error { color:#b00020; font-weight:600; } .sev-warning { color:#9a5b00; font-weight:600; } .sev-note { color:var(--muted); }
    .source { white-space:pre-wrap; word-break:break-all; font-size:.92rem; line-height:1.8; }
    .source .bp { color:#9aa1ad; }
    mark.t { background:var(--target); padding:0 1px; } mark.u { background:var(--unit); padding:0 1px; }
    .empty { color:var(--muted); font-style:italic; }
    code { font-size:.85em; color:var(--muted); }
    @media print {
      body { background:#fff; } nav { display:none; } .layout { display:block; padding:0; }
      section { border:none; page-break-inside:auto; } header { border-bottom-width:1px; }
      a { color:inherit; text-decoration:none; }
    }
    @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } nav { position:static; max-height:none; } }
    """
}
