@testable import DocParse

/// Builds small documents by hand, so the staff tools are tested on exactly the structure
/// each test needs (and independently of the extractors).
struct DocBuilder {
    var source: SourceText
    var doc: Document
    var nextId = 1

    init(_ text: String, period: Metadata.Period? = Metadata.Period(start: 2023, end: 2025)) {
        source = SourceText(text)
        var md = Metadata()
        md.title = "某市交通运输高质量发展三年行动计划"
        md.issuer = "某市交通运输局"
        md.date = "2023-05-01"
        md.period = period
        md.docType = .actionPlan
        doc = Document(source: SourceInfo(path: "t.txt", sha256: "", encoding: "UTF-8", encodingDetected: false, bytes: 0, scalars: source.count),
                       metadata: md)
    }

    /// The span of the first occurrence of `needle` at or after `from`.
    func span(_ needle: String, from: Int = 0) -> Span {
        let n = Array(needle.unicodeScalars)
        let s = source.scalars
        var i = from
        while i + n.count <= s.count {
            if Array(s[i..<(i + n.count)]) == n { return source.span(i..<(i + n.count)) }
            i += 1
        }
        fatalError("\(needle) not in fixture text")
    }

    mutating func node(_ marker: String, _ ordinal: Int, _ style: String, _ title: String, depth: Int,
                       lead: [String] = [], responsible: [String] = [], children: [OutlineNode] = [], repaired: Bool = false) -> OutlineNode {
        let sp = span(title)
        let start = max(0, sp.start - marker.unicodeScalars.count)
        var n = OutlineNode(id: "n\(nextId)", depth: depth, marker: marker, ordinal: ordinal, style: MarkerStyle(rawValue: style)!, title: title,
                            text: title, span: source.span(start..<sp.end), titleSpan: sp)
        nextId += 1
        n.lead = lead
        n.responsible = responsible
        n.children = children
        n.repaired = repaired
        return n
    }

    mutating func target(_ text: String, indicator: String?, value: TargetValue, unit: String?, comparator: String = "gte",
                         year: Int? = 2025, nodeId: String? = nil) -> Target {
        let sp = span(text)
        return Target(id: "g\(doc.targets.count + 1)", nodeId: nodeId, kind: .target, value: value, unit: unit, scale: 1,
                      comparator: Comparator(rawValue: comparator)!, year: year, yearEnd: nil, rate: false, indicator: indicator, text: text, span: sp, textSpan: sp)
    }

    /// Sets `tasks` to the leaves of the outline, with marker paths.
    mutating func deriveTasks() {
        var tasks: [TaskEntry] = []
        func walk(_ n: OutlineNode, _ path: [String]) {
            let p = path + [n.marker]
            if n.children.isEmpty {
                tasks.append(TaskEntry(id: "t\(tasks.count + 1)", nodeId: n.id, path: p.joined(separator: "/"), title: n.title, span: n.span))
            }
            for c in n.children { walk(c, p) }
        }
        for n in doc.outline { walk(n, []) }
        doc.tasks = tasks
    }
}
