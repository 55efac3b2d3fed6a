/// The units stage's result: what it found, kept apart from the document until the pipeline
/// joins it in, so that the stage reads the outline and never writes into it.
struct UnitFacts {
    /// Every attribution in document order.
    var attributions: [Attribution]
    /// The outline path of the node each attribution belongs to (nil outside every node).
    var paths: [[Int]?]
    /// The registry: each distinct unit once, with every place it is named.
    var units: [UnitEntry]

    /// Writes the roles into the outline nodes and sets the document's registry.
    func join(into doc: inout Document) {
        OutlineAttacher.join(attributions, paths: paths, into: &doc.outline)
        doc.units = units
    }
}
