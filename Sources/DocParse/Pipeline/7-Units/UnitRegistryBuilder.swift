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

    /// The longest head `isAliasHead` can accept, in scalars: a level prefix, or two to four
    /// Han characters. (A string equal to a level prefix has as many scalars: the prefixes
    /// are Han, which have no decomposition into more scalars.)
    static let longestHead = max(4, UnitPrefixes.levelPrefixes.map { $0.unicodeScalars.count }.max() ?? 0)

    static func build(_ attributions: [Attribution], nodeIds: [String?]) -> [UnitEntry] {
        // Names by index in the order first seen; each name's occurrences, its `count` and its
        // group root by that index. The registry keyed everything by name: every lookup hashed
        // a Han string through its canonical form and every `count` broke it into characters
        // (3.3 % of `docparse-bench` samples, perf 2026-12-05 23:13Z). Names are distinct
        // under `==`, so an index stands for exactly the name the dictionaries found.
        var order: [String] = []
        var index: [String: Int] = [:]
        var occurrences: [[UnitEntry.Occurrence]] = []
        for (a, nodeId) in zip(attributions, nodeIds) {
            for c in a.clauses where c.role != .leaders {
                for u in c.units {
                    var o = UnitEntry.Occurrence(nodeId: nodeId, role: c.role, text: u.text, span: u.span, expandedFrom: u.expandedFrom)
                    o.rule = a.ruleName
                    if let i = index[u.name] {
                        occurrences[i].append(o)
                    } else {
                        index[u.name] = order.count
                        order.append(u.name)
                        occurrences.append([o])
                    }
                }
            }
        }
        let counts = order.map(\.count)
        // Union names with their aliases.
        var parent = Array(order.indices)
        func root(_ s: Int) -> Int {
            var r = s
            while parent[r] != r { r = parent[r] }
            return r
        }
        // Longer names by the shorter name they end with (each name has at most a few heads).
        // Only cuts whose head `isAliasHead` can accept are tried.
        var longer = [[Int]](repeating: [], count: order.count)
        // Each tail was built as a string (appended scalar by scalar) and looked up by its
        // canonical hash: 1.5 % of perf samples of `parsecli batch` (2026-12-05). When every
        // name is made of scalars that normalization leaves alone (`isCanonicallyInert`), two
        // names are `==` exactly when their scalars are equal, so the tail's scalars are looked
        // up in place and a string is built only for a hit; otherwise the string lookup stays.
        let nameScalars = order.map { Array($0.unicodeScalars) }
        let byScalarsExact = nameScalars.allSatisfy { $0.allSatisfy { Self.isCanonicallyInert($0.value) } }
        var byScalars: [ArraySlice<Unicode.Scalar>: Int] = [:]
        if byScalarsExact {
            byScalars.reserveCapacity(nameScalars.count)
            for (i, n) in nameScalars.enumerated() { byScalars[n[...]] = i }
        }
        for (li, scalars) in nameScalars.enumerated() {
            for cut in 1..<max(1, scalars.count - 1) where cut <= Self.longestHead {
                let tail = scalars[cut...]
                let hit = byScalarsExact ? byScalars[tail] : index[SourceText.utf8String(tail)]
                guard let si = hit else { continue }
                if isAliasHead(SourceText.utf8String(scalars[..<cut]), of: SourceText.utf8String(tail)) {
                    longer[si].append(li)
                }
            }
        }
        for (si, s) in order.enumerated() where !generic.contains(s) && s.unicodeScalars.count >= 2 {
            let candidates = longer[si]
            guard !candidates.isEmpty else { continue }
            let chain = candidates.sorted { counts[$0] < counts[$1] }
            guard zip(chain, chain.dropFirst()).allSatisfy({ order[$1].hasSuffix(order[$0]) }) else { continue }
            for c in chain {
                let a = root(si)
                let b = root(c)
                if a != b { parent[a] = b }
            }
        }
        var groups = [[Int]](repeating: [], count: order.count)
        var groupOrder: [Int] = []
        for i in order.indices {
            let r = root(i)
            if groups[r].isEmpty { groupOrder.append(r) }
            groups[r].append(i)
        }
        var out: [UnitEntry] = []
        for r in groupOrder {
            let members = groups[r]
            let name = members.max { counts[$0] < counts[$1] }!
            let canonical = members.first { counts[$0] == counts[name] }!
            var occ = members.flatMap { occurrences[$0] }
            occ = occ.enumerated().sorted { ($0.element.span.start, $0.offset) < ($1.element.span.start, $1.offset) }.map(\.element)
            out.append(UnitEntry(id: "u\(out.count + 1)", name: order[canonical], aliases: members.filter { $0 != canonical }.map { order[$0] },
                                 kind: UnitKindClassifier.kind(of: order[canonical]), occurrences: occ))
        }
        return out
    }

    /// Scalars that canonical normalization never changes, decomposes or composes with a
    /// neighbour (no decomposition, combining class 0, never the second of a composition):
    /// printable ASCII, CJK punctuation up to U+3029 (U+302A… are combining marks), CJK
    /// ideographs (extension A and the unified block) and the fullwidth ASCII forms. Strings
    /// made only of them are in NFC, so `==` on them is equality of scalars.
    static func isCanonicallyInert(_ v: UInt32) -> Bool {
        (v >= 0x20 && v < 0x7F) || (v >= 0x3000 && v <= 0x3029) || (v >= 0x3400 && v <= 0x4DBF)
            || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xFF01 && v <= 0xFF5E)
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
