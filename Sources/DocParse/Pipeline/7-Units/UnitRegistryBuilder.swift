/// Builds the document's unit registry: each distinct unit once, with every place it is named.
///
/// Obvious aliases are merged within the document: a name that is another name without its
/// level or place prefix (`教育局` / `市教育局`, `市教育局` / `汉中市教育局`), and only when that
/// longer name is unambiguous (`教育局` next to both `市教育局` and `县教育局` stays apart).
/// Bare organs (`政府`) and generic words (`部门`) are never merged. People (`leaders`) are
/// never units.
enum UnitRegistryBuilder {
    static let levelPrefixes = Set(UnitPrefixes.levelPrefixes)
    static let placeEnds = Set(UnitPrefixes.placeEnds)
    static let generic = Set(UnitNameEndings.bareOrgans + UnitNameEndings.sharedEndings)

    static func build(_ attributions: [Attribution], nodeIds: [String?]) -> [UnitEntry] {
        var order: [String] = []
        var occurrences: [String: [UnitEntry.Occurrence]] = [:]
        for (a, nodeId) in zip(attributions, nodeIds) {
            for c in a.clauses where c.role != .leaders {
                for u in c.units {
                    var o = UnitEntry.Occurrence(nodeId: nodeId, role: c.role, text: u.text, span: u.span, expandedFrom: u.expandedFrom)
                    o.rule = a.ruleName
                    // One hash of the name per occurrence (a lookup, then the append, hashed
                    // it twice; Han names hash through their canonical form).
                    let i = occurrences.index(forKey: u.name)
                    if let i {
                        occurrences.values[i].append(o)
                    } else {
                        order.append(u.name)
                        occurrences[u.name] = [o]
                    }
                }
            }
        }
        // Union names with their aliases.
        var parent: [String: String] = [:]
        func root(_ s: String) -> String {
            var r = s
            while let p = parent[r], p != r { r = p }
            return r
        }
        // Longer names by the shorter name they end with (each name has at most a few heads).
        let known = Set(order)
        var longer: [String: [String]] = [:]
        for l in order {
            let scalars = Array(l.unicodeScalars)
            for cut in 1..<max(1, scalars.count - 1) {
                let short = String(String.UnicodeScalarView(scalars[cut...]))
                if known.contains(short), isAliasHead(String(String.UnicodeScalarView(scalars[..<cut])), of: short) {
                    longer[short, default: []].append(l)
                }
            }
        }
        for s in order where !generic.contains(s) && s.unicodeScalars.count >= 2 {
            let candidates = longer[s] ?? []
            guard !candidates.isEmpty else { continue }
            let chain = candidates.sorted { $0.count < $1.count }
            guard zip(chain, chain.dropFirst()).allSatisfy({ $1.hasSuffix($0) }) else { continue }
            for c in chain {
                let a = root(s)
                let b = root(c)
                if a != b { parent[a] = b }
            }
        }
        var groups: [String: [String]] = [:]
        var groupOrder: [String] = []
        for s in order {
            let r = root(s)
            if groups[r] == nil { groupOrder.append(r) }
            groups[r, default: []].append(s)
        }
        var out: [UnitEntry] = []
        for r in groupOrder {
            let members = groups[r]!
            let name = members.max { $0.count < $1.count || ($0.count == $1.count && false) }!
            let canonical = members.first { $0.count == name.count }!
            var occ = members.flatMap { occurrences[$0]! }
            occ = occ.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }.map(\.element)
            out.append(UnitEntry(id: "u\(out.count + 1)", name: canonical, aliases: members.filter { $0 != canonical },
                                 kind: UnitKindClassifier.kind(of: canonical), occurrences: occ))
        }
        return out
    }

    /// True when `head` can be dropped from the front of a name without changing the unit:
    /// a level (`市`, `市委`) or a place name (`汉中`, `汉中市`), never a plural (`各`).
    static func isAliasHead(_ head: String, of short: String) -> Bool {
        if levelPrefixes.contains(head) { return true }
        let h = Array(head.unicodeScalars)
        guard h.count >= 2, h.count <= 4, h.allSatisfy({ CharClass.isHan($0.value) }), !UnitPrefixes.pluralOpeners.contains(where: { head.hasPrefix($0) }) else { return false }
        let lastIsLevel = placeEnds.contains(String(h[h.count - 1]))
        let shortStartsWithLevel = short.unicodeScalars.first.map { placeEnds.contains(String($0)) } ?? false
        return lastIsLevel || shortStartsWithLevel
    }
}
