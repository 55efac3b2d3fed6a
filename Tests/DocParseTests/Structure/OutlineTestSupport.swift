@testable import DocParse

/// Helpers for outline tests: parse a text written in the test, and look at its outline in
/// a compact form.
enum OutlineFixture {
    static func parse(_ lines: [String]) -> Document {
        DocumentParser.parse(text: lines.joined(separator: "\n"), path: "test.txt")
    }

    /// `marker title` of every node, indented two blanks per level below the first.
    static func shape(_ nodes: [OutlineNode]) -> [String] {
        var out: [String] = []
        func walk(_ n: OutlineNode) {
            out.append(String(repeating: "  ", count: n.depth - 1) + n.marker + " " + n.title)
            n.children.forEach(walk)
        }
        nodes.forEach(walk)
        return out
    }

    static func shape(_ lines: [String]) -> [String] { shape(parse(lines).outline) }

    static func codes(_ d: Document) -> [String] {
        d.diagnostics.map(\.code).filter { $0.hasPrefix("outline.") }
    }
}

/// A compact, readable projection of an outline for goldens.
struct OutlineProjection: Encodable {
    var id: String
    var depth: Int
    var marker: String
    var ordinal: Int
    var style: String
    var title: String
    var repaired: Bool
    var line: Int
    var clauses: [String]
    var bullets: [String]
    var children: [OutlineProjection]

    init(_ n: OutlineNode) {
        id = n.id
        depth = n.depth
        marker = n.marker
        ordinal = n.ordinal
        style = n.style.rawValue
        title = n.title
        repaired = n.repaired
        line = n.span.line
        clauses = n.clauses.map { c in
            let head = String(c.text.prefix(24))
            return c.text.count > 24 ? head + "…" : head
        }
        bullets = n.bullets.map { b in String(b.text.prefix(24)) + (b.text.count > 24 ? "…" : "") }
        children = n.children.map(OutlineProjection.init)
    }
}

struct DocumentOutlineProjection: Encodable {
    struct AppendixProjection: Encodable {
        var id: String
        var title: String
        var line: Int
        var outline: [OutlineProjection]
    }
    struct DiagnosticProjection: Encodable {
        var code: String
        var line: Int?
        var message: String
    }
    struct TaskProjection: Encodable {
        var id: String
        var nodeId: String
        var path: String
        var title: String
        var line: Int
    }
    struct GlossaryProjection: Encodable {
        var term: String
        var definition: String
        var line: Int
    }
    var outline: [OutlineProjection]
    var tasks: [TaskProjection]
    var appendices: [AppendixProjection]
    var glossary: [GlossaryProjection]
    var diagnostics: [DiagnosticProjection]

    init(_ d: Document) {
        outline = d.outline.map(OutlineProjection.init)
        tasks = d.tasks.map { TaskProjection(id: $0.id, nodeId: $0.nodeId, path: $0.path, title: $0.title, line: $0.span.line) }
        appendices = d.appendices.map { AppendixProjection(id: $0.id, title: $0.title, line: $0.span.line, outline: $0.outline.map(OutlineProjection.init)) }
        glossary = d.glossary.map { GlossaryProjection(term: $0.term, definition: $0.definition, line: $0.span.line) }
        diagnostics = d.diagnostics.filter { $0.code.hasPrefix("outline.") }
            .map { DiagnosticProjection(code: $0.code, line: $0.span?.line, message: $0.message) }
    }
}
