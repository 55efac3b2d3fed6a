/// Fills `outline`, `tasks`, `appendices` and `glossary` (see issue: the outline engine).
enum OutlineStage {
    static func run(_ text: NormalizedText, _ doc: inout Document, _ diagnostics: inout [Diagnostic]) {
    }
}
