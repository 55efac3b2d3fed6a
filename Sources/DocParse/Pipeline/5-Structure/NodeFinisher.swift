/// Turns the draft nodes of a zone into the `OutlineNode` tree: ids in document order,
/// title, text, spans, clauses and bullets.
enum NodeFinisher {
    /// `nextId` numbers nodes across zones (`n1`, `n2`…), so ids stay unique in one output.
    static func tree(_ drafts: [DraftNode], _ text: NormalizedText, nextId: inout Int) -> [OutlineNode] {
        var flat: [OutlineNode] = []
        flat.reserveCapacity(drafts.count)
        for d in drafts {
            nextId += 1
            flat.append(node(d, text, id: "n\(nextId)"))
        }
        // Nest by depth with a stack of open nodes; a node's children are complete when a
        // node at its depth or above arrives.
        var roots: [OutlineNode] = []
        var stack: [OutlineNode] = []
        func close() {
            let done = stack.removeLast()
            if stack.isEmpty { roots.append(done) } else { stack[stack.count - 1].children.append(done) }
        }
        // Depths read in place: `stack.last` copied the whole node (a retain per field) on
        // every test (`OutlineNodeVWOc`, perf 2026-12-05).
        for n in flat {
            while !stack.isEmpty, stack[stack.count - 1].depth >= n.depth { close() }
            stack.append(n)
        }
        while !stack.isEmpty { close() }
        return roots
    }

    static func node(_ d: DraftNode, _ text: NormalizedText, id: String) -> OutlineNode {
        let t = text.text
        let heading = d.segments[0]
        // Title: the heading line, or the first sentence of an item written as a paragraph.
        var titleEnd = heading.upperBound
        var k = d.bodyStart
        while k < heading.upperBound {
            if t[k] == "。" || t[k] == "!" || t[k] == "?" { titleEnd = k; break }
            k += 1
        }
        if let cut = d.titleCut, cut > d.bodyStart, cut < titleEnd { titleEnd = cut }
        var titleRange = d.bodyStart..<max(d.bodyStart, ZoneTrim.trim(t, d.bodyStart..<titleEnd).upperBound)
        var title = text.original(titleRange)
        if let cell = d.titleCell {
            // A task-table row: the task cell alone is the title, its first sentence when it
            // holds several (`推动营收增长，全年营收达到…。加强协同。`), as for an item written
            // as a paragraph.
            var end = cell.upperBound
            for k in cell where t[k] == "。" || t[k] == "!" || t[k] == "?" { end = k; break }
            titleRange = cell.lowerBound..<max(cell.lowerBound, ZoneTrim.trim(t, cell.lowerBound..<end).upperBound)
            title = text.original(titleRange)
        } else if d.headingContinued {
            // A heading broken over two lines: the title is both parts without the break,
            // its span covers both.
            title += text.original(d.segments[1])
            titleRange = titleRange.lowerBound..<d.segments[1].upperBound
        }
        var body = ""
        for (i, s) in d.segments.enumerated() {
            if i > 0 { body += d.joined[i] ? "" : "\n" }
            body += text.original(s)
        }
        let whole = heading.lowerBound..<d.segments.last!.upperBound
        var n = OutlineNode(id: id, depth: d.depth, marker: d.marker, ordinal: d.ordinal, style: d.style,
                            title: title, text: body, span: text.span(whole),
                            titleSpan: titleRange.isEmpty ? nil : text.span(titleRange))
        n.repaired = d.repaired
        n.rule = d.rule.name
        var paragraphs: [Range<Int>] = [d.bodyStart..<(d.headingContinued ? d.segments[1] : heading).upperBound]
        for (i, s) in d.segments.enumerated().dropFirst(d.headingContinued ? 2 : 1) {
            if t[s.lowerBound] == "—" {
                var b = s.lowerBound
                while b < s.upperBound, t[b] == "—" || t[b] == " " { b += 1 }
                n.bullets.append(Bullet(text: text.original(b..<s.upperBound), span: text.span(s)))
                paragraphs.append(b..<s.upperBound)
            } else if d.joined[i], let last = paragraphs.last {
                // A line broken inside a sentence continues the paragraph before it.
                paragraphs[paragraphs.count - 1] = last.lowerBound..<s.upperBound
            } else {
                paragraphs.append(s)
            }
        }
        // A joined paragraph spans its `\n`; clause search reads the break as text, which is
        // harmless (it is neither a boundary nor a clause word).
        n.clauses = ClauseFinder.clauses(text, paragraphs)
        return n
    }
}
