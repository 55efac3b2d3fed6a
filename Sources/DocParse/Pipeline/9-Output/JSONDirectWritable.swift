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
    @inline(__always)
    func directObject(level: Int, _ body: () throws -> Void) throws {
        open(object: true)
        try body()
        try close(downTo: level)
    }

    /// An array of direct values at stack index `level`.
    func directArray<T: JSONDirectWritable>(_ items: [T], level: Int) throws {
        open(object: false)
        for x in items {
            try directElement(level: level)
            try x.writeJSON(self, level: level + 1)
        }
        try close(downTo: level)
    }

    /// An array of strings at stack index `level`.
    func directArray(_ items: [String], level: Int) throws {
        open(object: false)
        for x in items {
            try directElement(level: level)
            string(x)
        }
        try close(downTo: level)
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
        try w.directObject(level: level) {
            try w.directMember("column", level: level); w.integer(column)
            try w.directMember("end", level: level); w.integer(end)
            try w.directMember("line", level: level); w.integer(line)
            try w.directMember("page", level: level); w.optional(page)
            try w.directMember("start", level: level); w.integer(start)
        }
    }
}

extension OutlineNode: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.directObject(level: level) {
            try w.directMember("bullets", level: level); try w.directArray(bullets, level: m)
            try w.directMember("children", level: level); try w.directArray(children, level: m)
            try w.directMember("clauses", level: level); try w.directArray(clauses, level: m)
            try w.directMember("depth", level: level); w.integer(depth)
            try w.directMember("id", level: level); w.string(id)
            try w.directMember("lead", level: level); try w.directArray(lead, level: m)
            try w.directMember("leaders", level: level); try w.directArray(leaders, level: m)
            try w.directMember("marker", level: level); w.string(marker)
            try w.directMember("ordinal", level: level); w.integer(ordinal)
            try w.directMember("repaired", level: level); w.bool(repaired)
            try w.directMember("responsible", level: level); try w.directArray(responsible, level: m)
            if let rule { try w.directMember("rule", level: level); w.string(rule) }
            try w.directMember("span", level: level); try span.writeJSON(w, level: m)
            try w.directMember("style", level: level); w.string(style.rawValue)
            try w.directMember("supporting", level: level); try w.directArray(supporting, level: m)
            try w.directMember("text", level: level); w.string(text)
            try w.directMember("title", level: level); w.string(title)
            try w.directMember("titleSpan", level: level); try w.optional(titleSpan, level: m)
        }
    }
}

extension Clause: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.directObject(level: level) {
            try w.directMember("marker", level: level); w.string(marker)
            try w.directMember("ordinal", level: level); w.optional(ordinal)
            try w.directMember("span", level: level); try span.writeJSON(w, level: level + 1)
            try w.directMember("text", level: level); w.string(text)
        }
    }
}

extension Bullet: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.directObject(level: level) {
            try w.directMember("span", level: level); try span.writeJSON(w, level: level + 1)
            try w.directMember("text", level: level); w.string(text)
        }
    }
}

extension Target: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.directObject(level: level) {
            try w.directMember("baselineYear", level: level); w.optional(baselineYear)
            try w.directMember("change", level: level); w.optional(change?.rawValue)
            try w.directMember("comparator", level: level); w.string(comparator.rawValue)
            try w.directMember("id", level: level); w.string(id)
            try w.directMember("indicator", level: level); w.optional(indicator)
            try w.directMember("kind", level: level); w.string(kind.rawValue)
            try w.directMember("nodeId", level: level); w.optional(nodeId)
            try w.directMember("rate", level: level); w.bool(rate)
            if let rule { try w.directMember("rule", level: level); w.string(rule) }
            try w.directMember("scale", level: level); w.floatingPoint(scale)
            try w.directMember("span", level: level); try span.writeJSON(w, level: m)
            try w.directMember("text", level: level); w.string(text)
            try w.directMember("textSpan", level: level); try w.optional(textSpan, level: m)
            try w.directMember("unit", level: level); w.optional(unit)
            try w.directMember("value", level: level); try value.writeJSON(w, level: m)
            try w.directMember("year", level: level); w.optional(year)
            try w.directMember("yearEnd", level: level); w.optional(yearEnd)
        }
    }
}

extension TargetValue: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        switch self {
        case .number(let d):
            w.floatingPoint(d)
        case .range(let a, let b):
            w.open(object: false)
            try w.directElement(level: level); w.floatingPoint(a)
            try w.directElement(level: level); w.floatingPoint(b)
            try w.close(downTo: level)
        }
    }
}

extension UnitEntry: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.directObject(level: level) {
            try w.directMember("aliases", level: level); try w.directArray(aliases, level: m)
            try w.directMember("id", level: level); w.string(id)
            try w.directMember("kind", level: level); w.string(kind.rawValue)
            try w.directMember("name", level: level); w.string(name)
            try w.directMember("occurrences", level: level); try w.directArray(occurrences, level: m)
        }
    }
}

extension UnitEntry.Occurrence: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.directObject(level: level) {
            try w.directMember("expandedFrom", level: level); w.optional(expandedFrom)
            try w.directMember("nodeId", level: level); w.optional(nodeId)
            try w.directMember("role", level: level); w.string(role.rawValue)
            if let rule { try w.directMember("rule", level: level); w.string(rule) }
            try w.directMember("span", level: level); try span.writeJSON(w, level: level + 1)
            try w.directMember("text", level: level); w.string(text)
        }
    }
}

extension Reference: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        let m = level + 1
        try w.directObject(level: level) {
            try w.directMember("documentNumber", level: level); w.optional(documentNumber)
            try w.directMember("documentNumberSpan", level: level); try w.optional(documentNumberSpan, level: m)
            try w.directMember("id", level: level); w.string(id)
            try w.directMember("issuer", level: level); w.optional(issuer)
            try w.directMember("issuerSpan", level: level); try w.optional(issuerSpan, level: m)
            try w.directMember("span", level: level); try span.writeJSON(w, level: m)
            try w.directMember("title", level: level); w.string(title)
        }
    }
}

extension TaskEntry: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.directObject(level: level) {
            try w.directMember("id", level: level); w.string(id)
            try w.directMember("nodeId", level: level); w.string(nodeId)
            try w.directMember("path", level: level); w.string(path)
            try w.directMember("span", level: level); try span.writeJSON(w, level: level + 1)
            try w.directMember("title", level: level); w.string(title)
        }
    }
}

extension Appendix: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.directObject(level: level) {
            try w.directMember("id", level: level); w.string(id)
            try w.directMember("outline", level: level); try w.directArray(outline, level: level + 1)
            try w.directMember("span", level: level); try span.writeJSON(w, level: level + 1)
            try w.directMember("title", level: level); w.string(title)
        }
    }
}

extension GlossaryEntry: JSONDirectWritable {
    func writeJSON(_ w: JSONByteWriter, level: Int) throws {
        try w.directObject(level: level) {
            try w.directMember("definition", level: level); w.string(definition)
            try w.directMember("span", level: level); try span.writeJSON(w, level: level + 1)
            try w.directMember("term", level: level); w.string(term)
        }
    }
}
