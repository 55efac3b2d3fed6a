/// The extraction stages after metadata, in order. Each stage reads the normalized text and
/// what earlier stages put into the document, and appends its diagnostics.
enum Pipeline {
    static func run(_ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic]) {
        let tables = TaskTables.read(text)
        OutlineStage.run(text, &doc, &diagnostics, tables: tables)
        TargetStage.run(text, &doc, &diagnostics, tables: tables)
        AttributionStage.run(text, &doc, &diagnostics, tables: tables)
    }
}
