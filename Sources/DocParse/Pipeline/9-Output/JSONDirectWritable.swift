/// A model type that writes its own JSON bytes, bypassing the `Encoder` protocol.
///
/// Why: through `Encodable`, every member of every span, node and target goes through a boxed
/// keyed container, a generic call and a key `String` kept for the sort check; that was about
/// a fifth of all parse time (BENCHMARKS.md, "Where the time goes"). The types below are the
/// ones a document holds by the thousand. Each writes exactly what its `encode(to:)` writes —
/// same keys in the same sorted order, `null` for an absent value that `encode` writes, no key
/// for one that `encodeIfPresent` omits — and `JSONOutputTests` compares both paths with
/// Foundation's encoder on every corpus document. A type that is not listed here (metadata,
/// diagnostics, source) still goes through `Encodable`, from inside a direct object too.
///
/// When a field is added to one of these types, it must be added to its `writeJSON` as well;
/// the byte-equality tests fail until it is.
protocol JSONDirectWritable: Encodable {
    /// Writes the value into the slot just begun; its object or array takes stack index `level`.
    func writeJSON(_ w: JSONByteWriter, level: Int) throws
}

extension JSONByteWriter {
    /// Opens an object at stack index `level`, lets `body` write its members, closes it.
    /// Framed: used for the document, whose members include `Encodable` values.
    @inline(__always)
    func directObject(level: Int, _ body: () throws -> Void) throws {
        open(object: true)
        try body()
        try close(downTo: level)
    }

    /// A frameless object at stack index `level` (see `frameless(object:level:)`): `body`
    /// writes its members with `member(_:_:)`; no member may go through `Encodable`.
    @inline(__always)
    func leafObject(level: Int, _ body: (inout Frameless) throws -> Void) throws {
        var o = try frameless(object: true, level: level)
        try body(&o)
        end(o, object: true)
    }

    /// An array of direct values at stack index `level`, frameless.
    func directArray<T: JSONDirectWritable>(_ items: [T], level: Int) throws {
        var a = try frameless(object: false, level: level)
        // In place through the buffer: `for x in items` copied every element (a retain per
        // field of a node), and so did `items[i]` (the array's getter; `OutlineNodeVWOc` under
        // `directArray`, 0.45 % of perf samples of `parsecli batch`, 2026-12-05); a buffer
        // pointer's subscript lends the element where it lies.
        try items.withUnsafeBufferPointer { buf in
            for i in buf.indices {
                try element(&a)
                try buf[i].writeJSON(self, level: level + 1)
            }
        }
        end(a, object: false)
    }

    /// An array of strings at stack index `level`, frameless.
    func directArray(_ items: [String], level: Int) throws {
        var a = try frameless(object: false, level: level)
        for x in items {
            try element(&a)
            string(x)
        }
        end(a, object: false)
    }

    /// A member value that has no direct form, through `Encodable` (`level`: the object's index).
    func encodableMember<T: Encodable>(_ value: T, level: Int) throws {
        try JSONStreamEncoder.encodeValue(value, writer: self, level: level + 1, codingPath: [])
    }

    func optional(_ v: Int?) { if let v { integer(v) } else { null() } }
    func optional(_ v: String?) { if let v { string(v) } else { null() } }
    func optional(_ v: Span?, level: Int) throws { if let v { try v.writeJSON(self, level: level) } else { null() } }
}

extension Document: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.directObject(level: level) {
            try w.directMember("appendices", level: level); try w.directArray(appendices, level: m)
            try w.directMember("diagnostics", level: level); try w.encodableMember(diagnostics, level: level)
            try w.directMember("glossary", level: level); try w.directArray(glossary, level: m)
            try w.directMember("metadata", level: level); try w.encodableMember(metadata, level: level)
            try w.directMember("outline", level: level); try w.directArray(outline, level: m)
            try w.directMember("references", level: level); try w.directArray(references, level: m)
            try w.directMember("schemaVersion", level: level); w.string(schemaVersion)
            try w.directMember("source", level: level); try w.encodableMember(source, level: level)
            try w.directMember("targets", level: level); try w.directArray(targets, level: m)
            try w.directMember("tasks", level: level); try w.directArray(tasks, level: m)
            try w.directMember("units", level: level); try w.directArray(units, level: m)
        }
    }
}

extension Span: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.leafObject(level: level) { o in
            w.member("column", &o); w.integer(column)
            w.member("end", &o); w.integer(end)
            w.member("line", &o); w.integer(line)
            w.member("page", &o); w.optional(page)
            w.member("start", &o); w.integer(start)
        }
    }
}

extension OutlineNode: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.leafObject(level: level) { o in
            w.member("bullets", &o); try w.directArray(bullets, level: m)
            w.member("children", &o); try w.directArray(children, level: m)
            w.member("clauses", &o); try w.directArray(clauses, level: m)
            w.member("depth", &o); w.integer(depth)
            w.member("id", &o); w.string(id)
            w.member("lead", &o); try w.directArray(lead, level: m)
            w.member("leaders", &o); try w.directArray(leaders, level: m)
            w.member("marker", &o); w.string(marker)
            w.member("ordinal", &o); w.integer(ordinal)
            w.member("repaired", &o); w.bool(repaired)
            w.member("responsible", &o); try w.directArray(responsible, level: m)
            if let rule { w.member("rule", &o); w.string(rule) }
            w.member("span", &o); try span.writeJSON(w, level: m)
            w.member("style", &o); w.string(style.rawValue)
            w.member("supporting", &o); try w.directArray(supporting, level: m)
            w.member("text", &o); w.string(text)
            w.member("title", &o); w.string(title)
            w.member("titleSpan", &o); try w.optional(titleSpan, level: m)
        }
    }
}

extension Clause: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.leafObject(level: level) { o in
            w.member("marker", &o); w.string(marker)
            w.member("ordinal", &o); w.optional(ordinal)
            w.member("span", &o); try span.writeJSON(w, level: level + 1)
            w.member("text", &o); w.string(text)
        }
    }
}

extension Bullet: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.leafObject(level: level) { o in
            w.member("span", &o); try span.writeJSON(w, level: level + 1)
            w.member("text", &o); w.string(text)
        }
    }
}

extension Target: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.leafObject(level: level) { o in
            w.member("baselineYear", &o); w.optional(baselineYear)
            w.member("change", &o); w.optional(change?.rawValue)
            w.member("comparator", &o); w.string(comparator.rawValue)
            w.member("id", &o); w.string(id)
            w.member("indicator", &o); w.optional(indicator)
            w.member("kind", &o); w.string(kind.rawValue)
            w.member("nodeId", &o); w.optional(nodeId)
            // The trace names (`--trace` only), in the key order the Codable form writes.
            if let quantityRule { w.member("quantityRule", &o); w.string(quantityRule) }
            w.member("rate", &o); w.bool(rate)
            if let rule { w.member("rule", &o); w.string(rule) }
            w.member("scale", &o); w.floatingPoint(scale)
            w.member("span", &o); try span.writeJSON(w, level: m)
            w.member("text", &o); w.string(text)
            w.member("textSpan", &o); try w.optional(textSpan, level: m)
            w.member("unit", &o); w.optional(unit)
            w.member("value", &o); try value.writeJSON(w, level: m)
            w.member("year", &o); w.optional(year)
            w.member("yearEnd", &o); w.optional(yearEnd)
            if let yearRule { w.member("yearRule", &o); w.string(yearRule) }
        }
    }
}

extension TargetValue: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        switch self {
        case .number(let d):
            w.floatingPoint(d)
        case .range(let a, let b):
            var r = try w.frameless(object: false, level: level)
            try w.element(&r); w.floatingPoint(a)
            try w.element(&r); w.floatingPoint(b)
            w.end(r, object: false)
        }
    }
}

extension UnitEntry: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.leafObject(level: level) { o in
            w.member("aliases", &o); try w.directArray(aliases, level: m)
            w.member("id", &o); w.string(id)
            w.member("kind", &o); w.string(kind.rawValue)
            w.member("name", &o); w.string(name)
            w.member("occurrences", &o); try w.directArray(occurrences, level: m)
        }
    }
}

extension UnitEntry.Occurrence: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.leafObject(level: level) { o in
            w.member("expandedFrom", &o); w.optional(expandedFrom)
            w.member("nodeId", &o); w.optional(nodeId)
            w.member("role", &o); w.string(role.rawValue)
            if let rule { w.member("rule", &o); w.string(rule) }
            w.member("span", &o); try span.writeJSON(w, level: level + 1)
            w.member("text", &o); w.string(text)
        }
    }
}

extension Reference: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.leafObject(level: level) { o in
            w.member("documentNumber", &o); w.optional(documentNumber)
            w.member("documentNumberSpan", &o); try w.optional(documentNumberSpan, level: m)
            w.member("id", &o); w.string(id)
            w.member("issuer", &o); w.optional(issuer)
            w.member("issuerSpan", &o); try w.optional(issuerSpan, level: m)
            w.member("span", &o); try span.writeJSON(w, level: m)
            w.member("title", &o); w.string(title)
        }
    }
}

extension TaskEntry: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.leafObject(level: level) { o in
            w.member("id", &o); w.string(id)
            w.member("nodeId", &o); w.string(nodeId)
            w.member("path", &o); w.string(path)
            w.member("span", &o); try span.writeJSON(w, level: level + 1)
            w.member("title", &o); w.string(title)
        }
    }
}

extension Appendix: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.leafObject(level: level) { o in
            w.member("id", &o); w.string(id)
            w.member("outline", &o); try w.directArray(outline, level: level + 1)
            w.member("span", &o); try span.writeJSON(w, level: level + 1)
            w.member("title", &o); w.string(title)
        }
    }
}

extension GlossaryEntry: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.leafObject(level: level) { o in
            w.member("definition", &o); w.string(definition)
            w.member("span", &o); try span.writeJSON(w, level: level + 1)
            w.member("term", &o); w.string(term)
        }
    }
}
