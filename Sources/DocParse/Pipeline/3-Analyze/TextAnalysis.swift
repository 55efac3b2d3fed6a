/// The shared text layer: facts about the normalized text that more than one later stage
/// reads, computed once per document before any of them runs.
///
/// Stages after this one (metadata, structure, targets, units, references) depend only on
/// earlier stages and on this layer, never on each other's folders. The pieces that several
/// of them use live in this folder: line-start markers (`Markers/`), sentence and clause
/// bounds and brackets (`Bounds/`), numerals and quantities (`Numbers/`), word tables and ICU
/// word breaks (`Words/`), unit-name lists (`UnitNames/`), neighbouring content lines
/// (`Lines/`), task-table rows (`TaskTables/`) and the token view of `parsecli tokens`
/// (`Tokens/`).
struct TextAnalysis: Sendable {
    /// The task-table rows, with the diagnostics met reading them.
    var tables: TaskTables

    /// The one entry point of the layer: reads `text` once.
    static func analyze(_ text: NormalizedText) -> TextAnalysis {
        TextAnalysis(tables: TaskTables.read(text))
    }
}
