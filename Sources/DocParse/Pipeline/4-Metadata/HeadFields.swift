/// Where the header labels (`索引号`, `发布机构`, `成文日期`…) are written in the head, found in
/// one pass over the head for every label the metadata rules ask for.
///
/// Why: each labelled field (index number, document number, issuer, source, title, dates)
/// used to scan every head line once per label of its list, a share of the metadata stage
/// (perf, 2026-12-05). Here a position costs one bit test on the labels' first scalars, and
/// the rules read the hits in the order they always did: labels in the order given, lines
/// in document order, positions in line order.
struct HeadFields {
    /// A label written on head line `line` at offset `at`; its value starts at `value`
    /// (blanks, a `:` and a table bar after the label skipped, as `ScalarScan.label` reads).
    struct Hit {
        let line: Int
        let at: Int
        let value: Int
    }

    let lines: [LineView]
    private let hits: [[Hit]]

    /// Every label list a labelled-field rule reads; a label asked for outside them is
    /// scanned on its own (`fallbackHits`), with the same answers.
    static let labelLists: [[String]] = [
        MetadataWords.indexNumberLabels, DocTypeWords.numberLabels, DocTypeWords.issuerLabels,
        DocTypeWords.sourceLabels, MetadataWords.titleLabels, MetadataWords.issueDateLabels, DocTypeWords.dateLabels,
    ]
    static let labels: [[Unicode.Scalar]] = {
        var seen = Set<String>()
        return labelLists.joined().filter { seen.insert($0).inserted && !$0.isEmpty }.map { Array($0.unicodeScalars) }
    }()
    static let ids: [String: Int] = Dictionary(uniqueKeysWithValues: labels.enumerated().map { (String(String.UnicodeScalarView($0.element)), $0.offset) })
    /// Label ids by their first scalar.
    static let byFirst: [UInt32: [Int]] = Dictionary(grouping: labels.indices, by: { labels[$0][0].value })
    /// One bit per BMP scalar that opens a label: most positions open none and cost this test only.
    static let firstBits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for l in labels where l[0].value < 0x10000 { bits[Int(l[0].value >> 6)] |= 1 << UInt64(l[0].value & 63) }
        return bits
    }()

    /// A label starts a field at the line start or after a blank, bar or colon, never inside
    /// a word (`…来源地…` is no `来源:` field).
    @inline(__always)
    static func isFieldStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i == 0 || s[i - 1] == " " || s[i - 1] == "|" || s[i - 1] == ":"
    }

    init(_ head: [LineView]) {
        lines = head
        let labels = Self.labels, byFirst = Self.byFirst, bits = Self.firstBits
        var hits = [[Hit]](repeating: [], count: labels.count)
        // Per label, the first position it may be found again on this line: after a hit the
        // search for that label resumes at its value (or the next position), as the scan per
        // label did.
        var resume = [Int](repeating: 0, count: labels.count)
        for (n, line) in head.enumerated() {
            let s = line.scalars
            for k in resume.indices { resume[k] = 0 }
            for i in s.indices {
                let v = s[i].value
                guard v >= 0x10000 || bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0,
                      Self.isFieldStart(s, i), let ids = byFirst[v] else { continue }
                for id in ids where i >= resume[id] {
                    guard let value = ScalarScan.label(s, i, s.count, labels[id]) else { continue }
                    hits[id].append(Hit(line: n, at: i, value: value))
                    resume[id] = max(i + 1, value)
                }
            }
        }
        self.hits = hits
    }

    /// The first answer of `body` over the hits of `labels`: labels in the order given, lines
    /// in document order, positions in line order.
    func first(_ labels: [String], _ body: (LineView, Int) -> (String, Range<Int>)?) -> (String, Range<Int>)? {
        for label in labels {
            let found = Self.ids[label].map { hits[$0] } ?? fallbackHits(label)
            for h in found { if let f = body(lines[h.line], h.value) { return f } }
        }
        return nil
    }

    /// The hits of a label outside `labelLists`, by the same scan for it alone.
    func fallbackHits(_ label: String) -> [Hit] {
        let l = Array(label.unicodeScalars)
        guard !l.isEmpty else { return [] }
        var out: [Hit] = []
        for (n, line) in lines.enumerated() {
            let s = line.scalars
            var i = 0
            while i < s.count {
                if Self.isFieldStart(s, i), s[i] == l[0], let value = ScalarScan.label(s, i, s.count, l) {
                    out.append(Hit(line: n, at: i, value: value))
                    i = max(i + 1, value)
                    continue
                }
                i += 1
            }
        }
        return out
    }
}
