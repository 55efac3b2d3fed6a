/// Every stage of a parse, in order. Each stage is a folder under `Pipeline/` with one entry
/// point, numbered in the order the stages run, and reads only what earlier stages produced:
///
/// | stage | folder | entry point | produces |
/// |---|---|---|---|
/// | ingest | `1-Ingest/` | ``decode(_:options:)`` (plain text, `Decode/`), `Ingest.extract` (HTML, DOCX, XLSX, PDF) | the source text: scalars, pages, places |
/// | normalize | `2-Normalize/` | ``Normalizer/normalize(_:)`` | ``NormalizedText``: folded text, offset map, lines and zones |
/// | analyze | `3-Analyze/` | `TextAnalysis.analyze` | the shared text layer (markers, bounds, numbers, unit names, table rows) |
/// | metadata | `4-Metadata/` | `MetadataExtractor.read` (public: ``MetadataExtractor/extract(_:)``) | `metadata`, its diagnostics |
/// | structure | `5-Structure/` | `OutlineStage.run` | `outline`, `tasks`, `appendices`, `glossary` |
/// | targets | `6-Targets/` | `TargetStage.run` | `targets` |
/// | units | `7-Units/` | `AttributionStage.facts` | ``UnitFacts`` (node units, `units`), joined into the document here |
/// | references | `8-References/` | `ReferenceFinder.find` | `references` |
/// | output | `9-Output/` | ``JSONOutput`` | the JSON (written by the caller) |
///
/// Stage 1 turns bytes into the text every later stage reads: plain text is decoded
/// (`1-Ingest/Decode/`), a web page, Word or Excel file or PDF is told by its content and read
/// by its format's reader. What the readers share with later stages (character classes,
/// numerals, marker shapes) lives in `Sources/DocParse/Lexical/`, a layer below every stage.
///
/// `DocumentParser` is the public door: it runs ``decode(_:options:)`` and ``run(_:info:)``.
/// Every stage is linear in the input size.
enum Pipeline {
    /// The stages in order; the raw value is the stage's folder under `Pipeline/`.
    enum Stage: String, CaseIterable {
        case ingest = "1-Ingest"
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
    /// produced it (`rule` in the JSON), and the metadata the rule behind each field
    /// (`metadata.rules`); without, the names are dropped.
    static func run(_ source: SourceText, info: SourceInfo, trace: Bool = false) -> Document {
        let text = Normalizer.normalize(source)
        var diagnostics = text.diagnostics
        let analysis = TextAnalysis.analyze(text)
        var doc = Document(source: info, metadata: MetadataExtractor.read(text, diagnostics: &diagnostics))
        OutlineStage.run(text, &doc, &diagnostics, analysis: analysis)
        // At most one target per quantity. Reserved so that the list never grows by copying
        // (old and new buffers both held: 40 MB more at the peak of an 8 MB one-line document);
        // the pages of capacity that stay unused are never touched, so they cost no memory.
        doc.targets.reserveCapacity(analysis.quantities.count)
        TargetStage.run(text, &doc, &diagnostics, analysis: analysis)
        AttributionStage.facts(text, outline: doc.outline, appendices: doc.appendices, &diagnostics, analysis: analysis).join(into: &doc)
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
        doc.metadata.rules = nil
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
