/// Finds who is named for what: node `lead`/`responsible`/`supporting`/`leaders` and the
/// `units` registry, returned as ``UnitFacts`` that the pipeline joins into the document.
///
/// Attributions are found over the normalized text, each with its span (bracket and label
/// groups, task-table rows, duty sentences of the 保障 section), then each is attached to the
/// deepest outline node containing it. Without an outline (or outside every node) units are
/// still registered, with a null `nodeId`.
///
/// Task tables: `TaskTableReader.rows(in:diagnostics:)` gives each row's number, task text,
/// deadline and units with spans; the outline stage can make a node/task of each row, and this
/// stage then attaches the row's units to it (the row's span lies inside the node's span).
enum AttributionStage {
    /// Runs the stage and joins its facts into `doc` (for callers that run this stage alone;
    /// the pipeline calls ``facts(_:outline:_:analysis:)`` and joins them itself).
    static func run(_ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic], analysis: TextAnalysis? = nil) {
        facts(text, outline: doc.outline, appendices: doc.appendices, &diagnostics, analysis: analysis).join(into: &doc)
    }

    /// What the stage finds, without touching the document: every attribution, the outline
    /// node it belongs to, and the unit registry.
    ///
    /// - Parameter analysis: the shared text layer (task-table rows), read once by the pipeline
    ///   (read here when nil).
    /// - Parameter appendices: the appended documents (`附件`), each with an outline of its own:
    ///   an attribution outside the main outline but inside an appendix (a task table attached
    ///   to a notice) goes to the appendix's node that contains it.
    static func facts(_ text: NormalizedText, outline: [OutlineNode], appendices: [Appendix] = [],
                      _ diagnostics: inout [Diagnostic], analysis: TextAnalysis? = nil) -> UnitFacts {
        let found = attributions(in: text, outline: outline, tables: analysis?.tables, diagnostics: &diagnostics)
        let paths = OutlineAttacher.paths(found, in: outline, text: text)
        var nodeIds = OutlineAttacher.nodeIds(paths, in: outline)
        let inAppendices = appendixPaths(found, mainPaths: paths, appendices: appendices, text: text)
        for (k, place) in inAppendices.enumerated() {
            guard let place else { continue }
            nodeIds[k] = OutlineAttacher.node(at: place.path, in: appendices[place.appendix].outline).id
        }
        if !outline.isEmpty || appendices.contains(where: { !$0.outline.isEmpty }) {
            for (a, id) in zip(found, nodeIds) where id == nil && a.form != .mention {
                diagnostics.append(Diagnostic(severity: .info, code: "units.unattached",
                                              message: "units are named here, outside every outline node",
                                              span: a.span))
            }
        }
        return UnitFacts(attributions: found, paths: paths, appendixPaths: inAppendices,
                         units: UnitRegistryBuilder.build(found, nodeIds: nodeIds))
    }

    /// For each attribution outside the main outline that lies inside an appendix, the
    /// appendix and the path of its node there (nil elsewhere). Attributions and appendices
    /// are both in document order, so one forward walk pairs them: linear in their count.
    static func appendixPaths(_ found: [Attribution], mainPaths: [[Int]?], appendices: [Appendix],
                              text: NormalizedText) -> [UnitFacts.AppendixPlace?] {
        var out = [UnitFacts.AppendixPlace?](repeating: nil, count: found.count)
        guard !appendices.isEmpty else { return out }
        var k = 0
        for (ai, app) in appendices.enumerated() where !app.outline.isEmpty {
            while k < found.count, found[k].span.start < app.span.start { k += 1 }
            var members: [Int] = []
            while k < found.count, found[k].span.start < app.span.end {
                if mainPaths[k] == nil, found[k].span.end <= app.span.end { members.append(k) }
                k += 1
            }
            guard !members.isEmpty else { continue }
            let sub = members.map { found[$0] }
            for (m, p) in zip(members, OutlineAttacher.paths(sub, in: app.outline, text: text)) {
                if let p { out[m] = UnitFacts.AppendixPlace(appendix: ai, path: p) }
            }
        }
        return out
    }

    /// Every attribution of the text in document order: role groups, table rows, then duty
    /// sentences outside both.
    static func attributions(in text: NormalizedText, outline: [OutlineNode], tables: TaskTables? = nil,
                             diagnostics: inout [Diagnostic]) -> [Attribution] {
        var found = AttributionFinder.find(in: text, diagnostics: &diagnostics)
        let groups = found.map(\.range)
        // The table reader's diagnostics are reported here, where the rows become attributions.
        let tables = tables ?? TaskTables.read(text, markers: LineMarkers(text))
        diagnostics += tables.diagnostics
        for row in tables.rows
        where !MentionFinder.overlapsAny(groups, row.range) {
            found.append(row.attribution)
            found += row.subRowAttributions.filter { !MentionFinder.overlapsAny(groups, $0.range) }
        }
        found += MentionFinder.find(in: text, outline: outline, excluding: found.map(\.range))
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        AttributionNotes.carryFirstLeads(&found, text.text)
        return found
    }
}
