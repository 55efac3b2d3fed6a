/// Every stage of a parse, in order. Each stage is a folder under `Pipeline/` with one entry
/// point, numbered in the order the stages run, and reads only what earlier stages produced:
///
/// | stage | folder | entry point | produces |
/// |---|---|---|---|
/// | decode | `1-Decode/` | ``TextDecoder/decode(_:forcedEncoding:lenient:)`` | scalars from bytes |
/// | normalize | `2-Normalize/` | ``Normalizer/normalize(_:)`` | ``NormalizedText``: folded text, offset map, lines and zones |
/// | analyze | `3-Analyze/` | `TextAnalysis.analyze` | the shared text layer (markers, bounds, numbers, unit names, table rows) |
/// | metadata | `4-Metadata/` | ``MetadataExtractor/extract(_:)`` | `metadata` |
/// | structure | `5-Structure/` | `OutlineStage.run` | `outline`, `tasks`, `appendices`, `glossary` |
/// | targets | `6-Targets/` | `TargetStage.run` | `targets` |
/// | units | `7-Units/` | `AttributionStage.run` | node units, `units` |
/// | references | `8-References/` | `ReferenceFinder.find` | `references` |
/// | output | `9-Output/` | ``JSONOutput`` | the JSON (written by the caller) |
///
/// Before stage 1, a web page, Word or Excel file or PDF goes through `Ingest` (in
/// `Sources/DocParse/Ingest/`, beside this folder): format detection by content and one reader
/// per format; the plain text it extracts replaces stage 1's decoded text and runs stages 2–9.
///
/// `DocumentParser` is the public door: it runs ``decode(_:options:)`` and ``run(_:info:)``.
/// Every stage is linear in the input size.
enum Pipeline {
    /// The stages in order; the raw value is the stage's folder under `Pipeline/`.
    enum Stage: String, CaseIterable {
        case decode = "1-Decode"
        case normalize = "2-Normalize"
        case analyze = "3-Analyze"
        case metadata = "4-Metadata"
        case structure = "5-Structure"
        case targets = "6-Targets"
        case units = "7-Units"
        case references = "8-References"
        case output = "9-Output"
    }

    /// Stage 1: the bytes as text, or why they cannot be read.
    static func decode(_ bytes: [UInt8], options: ParseOptions) throws(DocParseError) -> DecodedText {
        do {
            return try TextDecoder.decode(bytes, forcedEncoding: options.encoding, lenient: options.lenient)
        } catch let e as DecodeError {
            throw .decode(e)
        } catch {
            throw .decode(.undetectable(detail: "\(error)"))
        }
    }

    /// Stages 2–8 over decoded text: the document, its diagnostics in stage order. With
    /// `trace`, each outline node, target and unit occurrence keeps the name of the rule that
    /// produced it (`rule` in the JSON); without, the names are dropped.
    static func run(_ source: SourceText, info: SourceInfo, trace: Bool = false) -> Document {
        let text = Normalizer.normalize(source)
        var diagnostics = text.diagnostics
        let analysis = TextAnalysis.analyze(text)
        var doc = Document(source: info, metadata: MetadataExtractor.extract(text))
        OutlineStage.run(text, &doc, &diagnostics, analysis: analysis)
        TargetStage.run(text, &doc, &diagnostics, analysis: analysis)
        AttributionStage.run(text, &doc, &diagnostics, analysis: analysis)
        doc.references = ReferenceFinder.find(in: text, diagnostics: &diagnostics)
        doc.diagnostics = diagnostics
        if !trace { dropRuleNames(&doc) }
        return doc
    }

    /// Removes the rule names the stages recorded (one pass over the facts).
    static func dropRuleNames(_ doc: inout Document) {
        func drop(_ nodes: inout [OutlineNode]) {
            for i in nodes.indices {
                nodes[i].rule = nil
                drop(&nodes[i].children)
            }
        }
        drop(&doc.outline)
        for i in doc.appendices.indices { drop(&doc.appendices[i].outline) }
        for i in doc.targets.indices {
            doc.targets[i].rule = nil
            doc.targets[i].quantityRule = nil
            doc.targets[i].yearRule = nil
        }
        for i in doc.units.indices {
            for k in doc.units[i].occurrences.indices { doc.units[i].occurrences[k].rule = nil }
        }
    }
}
