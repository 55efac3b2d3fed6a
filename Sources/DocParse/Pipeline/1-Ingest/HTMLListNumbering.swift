/// The numbers a browser draws before the items of an ordered list (`<ol>`), so that items
/// numbered by the markup read like items numbered by hand: `<ol start="3"><li>推进…` reads
/// `3.推进…`.
///
/// What is read, as HTML and CSS define it: `<ol start>`, `type` (`1`, `a`, `A`, `i`, `I`),
/// `reversed` (counting down from the number of items), `<li value>` (the item's number, the
/// next items counting on from it), and `list-style-type` in the list's `style` (`decimal`,
/// `lower-alpha`, `upper-roman`, `cjk-ideographic`…, `none`). Western styles end with `.`,
/// Chinese ones with `、`, as browsers draw them. Unordered lists (`<ul>`) draw bullets,
/// which are no numbers, and nested lists number on their own.
struct HTMLListNumbering {
    struct List {
        var ordered: Bool
        var next: Int
        var step: Int
        /// Word's name of the number format (``DocxNumbering/format(_:_:)`` writes it).
        var format: String
        var suffix: String
    }

    private var stack: [List] = []
    private let events: [HTMLReader.Event]
    /// Per `<ol>` event: how many items it holds (a reversed list counts down from it).
    private let itemCounts: [Int: Int]

    init(_ events: [HTMLReader.Event]) {
        self.events = events
        var counts: [Int: Int] = [:]
        // Per open element: whether it is a list; the open lists' event indices. O(1) per
        // event, however deep the nesting.
        var openIsList: [Bool] = []
        var lists: [Int] = []
        for (i, e) in events.enumerated() {
            switch e.kind {
            case HTMLReader.openKind:
                let isList = ["ol", "ul", "menu", "dir"].contains(e.tag)
                if e.tag == "li", let l = lists.last, events[l].tag == "ol" { counts[l, default: 0] += 1 }
                openIsList.append(isList)
                if isList { lists.append(i) }
            case HTMLReader.closeKind:
                if openIsList.popLast() == true { _ = lists.popLast() }
            default:
                break
            }
        }
        itemCounts = counts
    }

    /// A list element (`ol`, `ul`, `menu`, `dir`) opens at event `i`.
    mutating func open(_ tag: String, at i: Int) {
        guard tag == "ol" else {
            stack.append(List(ordered: false, next: 1, step: 1, format: "decimal", suffix: "."))
            return
        }
        let a = events[i].attributes
        let reversed = a["reversed"] != nil
        var style = Self.style(type: a["type"])
        if let css = a["style"].flatMap(Self.listStyleType) { style = Self.style(css: css) }
        let count = itemCounts[i] ?? 0
        let start = a["start"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? (reversed ? count : 1)
        stack.append(List(ordered: style != nil, next: start, step: reversed ? -1 : 1,
                          format: style?.format ?? "decimal", suffix: style?.suffix ?? "."))
    }

    mutating func close() { _ = stack.popLast() }

    /// The marker of the `<li>` event `e`, nil outside an ordered list.
    mutating func marker(forItem e: HTMLReader.Event) -> String? {
        guard let top = stack.last, top.ordered else { return nil }
        let n = e.attributes["value"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? top.next
        stack[stack.count - 1].next = n + top.step
        guard n >= 0 else { return nil }
        return DocxNumbering.format(n, top.format) + top.suffix
    }

    /// The number format of the `type` attribute (`1` when absent or unknown).
    static func style(type: String?) -> (format: String, suffix: String)? {
        switch type?.trimmingCharacters(in: .whitespaces) {
        case "a": return ("lowerLetter", ".")
        case "A": return ("upperLetter", ".")
        case "i": return ("lowerRoman", ".")
        case "I": return ("upperRoman", ".")
        default: return ("decimal", ".")
        }
    }

    /// The number format of a CSS `list-style-type`; nil for `none` and for bullets.
    static func style(css: String) -> (format: String, suffix: String)? {
        switch css {
        case "decimal": return ("decimal", ".")
        case "decimal-leading-zero": return ("decimalZero", ".")
        case "lower-alpha", "lower-latin": return ("lowerLetter", ".")
        case "upper-alpha", "upper-latin": return ("upperLetter", ".")
        case "lower-roman": return ("lowerRoman", ".")
        case "upper-roman": return ("upperRoman", ".")
        case "cjk-ideographic", "simp-chinese-informal", "trad-chinese-informal": return ("chineseCounting", "\u{3001}")
        case "cjk-decimal": return ("ideographDigital", "\u{3001}")
        case "simp-chinese-formal", "trad-chinese-formal": return ("chineseLegalSimplified", "\u{3001}")
        default: return nil   // none, disc, circle, square
        }
    }

    /// The `list-style-type` (or the type word of `list-style`) of a style attribute.
    static func listStyleType(_ style: String) -> String? {
        for decl in style.lowercased().split(separator: ";") {
            let parts = decl.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2 else { continue }
            if parts[0] == "list-style-type" { return parts[1] }
            if parts[0] == "list-style" {
                for w in parts[1].split(separator: " ") where Self.style(css: String(w)) != nil || ["none", "disc", "circle", "square"].contains(String(w)) {
                    return String(w)
                }
            }
        }
        return nil
    }

    /// Whether an item's text already opens with a list marker (`1.`, `（一）`, `一、`,
    /// `第一条`), full-width forms included: then the item was numbered by hand and a drawn
    /// number would double it.
    static func opensWithMarker(_ text: ArraySlice<Unicode.Scalar>) -> Bool {
        var head: [Unicode.Scalar] = []
        for s in text.prefix(16) {
            // Full-width ASCII (`１．`, `（一）`) folded as the normalizer folds it.
            if s.value >= 0xFF01 && s.value <= 0xFF5E, let a = Unicode.Scalar(s.value - 0xFEE0) { head.append(a) } else { head.append(s) }
        }
        return MarkerLexer.match(head, at: 0, end: head.count) != nil
    }
}
