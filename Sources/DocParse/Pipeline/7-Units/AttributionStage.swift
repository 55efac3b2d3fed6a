/// Fills node `lead`/`responsible`/`supporting`/`leaders` and the `units` registry.
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
    /// - Parameter analysis: the shared text layer (task-table rows), read once by the pipeline
    ///   (read here when nil, for callers that run this stage alone).
    static func run(_ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic], analysis: TextAnalysis? = nil) {
        let found = attributions(in: text, outline: doc.outline, tables: analysis?.tables, diagnostics: &diagnostics)
        let nodeIds = OutlineAttacher.attach(found, to: &doc.outline, text: text)
        if !doc.outline.isEmpty {
            for (a, id) in zip(found, nodeIds) where id == nil && a.form != .mention {
                diagnostics.append(Diagnostic(severity: .info, code: "units.unattached",
                                              message: "units are named here, outside every outline node",
                                              span: a.span))
            }
        }
        doc.units = UnitRegistryBuilder.build(found, nodeIds: nodeIds)
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
