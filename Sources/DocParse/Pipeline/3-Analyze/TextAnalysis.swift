/// The shared text layer: facts about the normalized text that more than one later stage
/// reads, computed once per document before any of them runs, in one linear pass each.
///
/// Stages after this one (metadata, structure, targets, units, references) depend only on
/// earlier stages and on this layer, never on each other's folders, and none of them reads
/// again what is here. The pieces live in this folder: line-start markers (`Markers/`),
/// sentence and clause bounds and brackets (`Bounds/`), numerals, years and quantities
/// (`Numbers/`), word tables and ICU word breaks, asked for on demand by the rules that need
/// whole words (`Words/`), unit-name lists (`UnitNames/`), trimmed and neighbouring content
/// lines (`Lines/`), task-table rows (`TaskTables/`) and the token view of `parsecli tokens`
/// (`Tokens/`).
struct TextAnalysis: Sendable {
    /// The lines are `NormalizedText.lines`; here, each line trimmed and the marker candidate
    /// at its start.
    var markers: LineMarkers
    /// Sentence and clause bounds of the whole text.
    var bounds: TextBounds
    /// The task-table rows, with the diagnostics met reading them.
    var tables: TaskTables
    /// Every quantity on a content line, in text order.
    var quantities: [Quantity]
    /// What the quantity recognizer reported (the target stage reports it, where the
    /// quantities are first used).
    var quantityDiagnostics: [Diagnostic]

    /// The one entry point of the layer: reads `text` once.
    static func analyze(_ text: NormalizedText) -> TextAnalysis {
        let markers = LineMarkers(text)
        var quantityDiagnostics: [Diagnostic] = []
        var quantities: [Quantity] = []
        for line in text.lines where line.zone == .content && !line.range.isEmpty {
            let found = QuantityRecognizer.quantities(in: text, range: line.range, diagnostics: &quantityDiagnostics)
            if quantities.isEmpty { quantities = found } else { quantities += found }
        }
        return TextAnalysis(markers: markers, bounds: TextBounds(text.text),
                            tables: TaskTables.read(text, markers: markers),
                            quantities: quantities, quantityDiagnostics: quantityDiagnostics)
    }
}
