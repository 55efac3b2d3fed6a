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
        facts(text, outline: doc.outline, &diagnostics, analysis: analysis).join(into: &doc)
    }

    /// What the stage finds, without touching the document: every attribution, the outline
    /// node it belongs to, and the unit registry.
    ///
    /// - Parameter analysis: the shared text layer (task-table rows), read once by the pipeline
    ///   (read here when nil).
    static func facts(_ text: NormalizedText, outline: [OutlineNode], _ diagnostics: inout [Diagnostic],
                      analysis: TextAnalysis? = nil) -> UnitFacts {
        let found = attributions(in: text, outline: outline, tables: analysis?.tables, diagnostics: &diagnostics)
        let paths = OutlineAttacher.paths(found, in: outline, text: text)
        let nodeIds = OutlineAttacher.nodeIds(paths, in: outline)
        if !outline.isEmpty {
            for (a, id) in zip(found, nodeIds) where id == nil && a.form != .mention {
                diagnostics.append(Diagnostic(severity: .info, code: "units.unattached",
                                              message: "units are named here, outside every outline node",
                                              span: a.span))
            }
        }
        return UnitFacts(attributions: found, paths: paths, units: UnitRegistryBuilder.build(found, nodeIds: nodeIds))
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
        }
        found += MentionFinder.find(in: text, outline: outline, excluding: found.map(\.range))
        found.sort { $0.range.lowerBound < $1.range.lowerBound }
        AttributionNotes.carryFirstLeads(&found, text.text)
        return found
    }
}
