/// The units stage's result: what it found, kept apart from the document until the pipeline
/// joins it in, so that the stage reads the outline and never writes into it.
struct UnitFacts {
    /// Every attribution in document order.
    var attributions: [Attribution]
    /// The outline path of the node each attribution belongs to (nil outside every node).
    var paths: [[Int]?]
    /// Where an attribution outside the main outline belongs inside an appended document.
    struct AppendixPlace: Equatable {
        var appendix: Int
        var path: [Int]
    }
    /// For each attribution, its node in an appendix's outline (nil when in none).
    var appendixPaths: [AppendixPlace?] = []
    /// The registry: each distinct unit once, with every place it is named.
    var units: [UnitEntry]

    /// Writes the roles into the outline nodes and sets the document's registry.
    func join(into doc: inout Document) {
        OutlineAttacher.join(attributions, paths: paths, into: &doc.outline)
        for (a, place) in zip(attributions, appendixPaths) {
            guard let place, place.appendix < doc.appendices.count else { continue }
            OutlineAttacher.join([a], paths: [place.path], into: &doc.appendices[place.appendix].outline)
        }
        doc.units = units
    }
}
