/// Builds the `NormalizedText` of a document in linear passes over its scalars.
///
/// Pass 1 folds each scalar (width, blanks, dashes, quotes, line breaks, traditional to
/// simplified) and drops zero-width ones. Pass 2 drops scrape artifacts: a `#` standing
/// alone on a line or ending a paragraph after a blank (`制订本行动计划。 #`), which web
/// captures leave behind. Pass 3 splits lines and zones them (`BoilerplateZoner`).
///
/// Folding is per scalar and deliberately not NFKC: NFKC would turn `①` into `1` and `⑴`
/// into `(1)`, erasing list-marker styles the outline needs. Because every kept scalar comes
/// from exactly one original scalar, the result's offset map stays exact.
///
/// ```swift
/// let t = Normalizer.normalize(SourceText("（一）加強師資隊伍建設"))
/// print(t.string(0..<t.count))   // (一)加强师资队伍建设
/// ```
public enum Normalizer {
    /// Normalizes a document's original text.
    ///
    /// Removed stray `#` marks are reported as one `normalize.stray-hash-removed` diagnostic
    /// in the result.
    ///
    /// - Parameter source: The decoded original.
    /// - Returns: The normalized text with its offset map, zoned lines and diagnostics.
    public static func normalize(_ source: SourceText) -> NormalizedText {
        let scalars = source.scalars
        let n = scalars.count
        // The folded text is written only from the first scalar that changes: a text that
        // normalization leaves as it is shares the source's storage instead of a copy. From
        // there on the scalars are written into an array of the source's length (folding never
        // adds scalars) instead of appended one by one (capacity and uniqueness checks per
        // scalar), and printable ASCII and Han, nearly every scalar, are told apart before the
        // fold's `switch`, whose jump table was most of the loop's time (`perf annotate`; the
        // loop was 2.5 % of all samples of `parsecli batch` over the corpus, 2026-12-05).
        // State lives inside the closures, not captured by a helper function, so that its
        // accesses need no run-time exclusivity checks.
        // Whether a `#` was written: only then can `removeArtifacts` find a stray one, and a
        // text without any is spared that pass (0.4 % of all samples of `parsecli batch` over
        // the corpus, `perf record`, 2026-12-05).
        let folded = TraditionalShadow.table.withUnsafeBufferPointer { table -> ([Unicode.Scalar], SourceOffsets, Bool) in
            scalars.withUnsafeBufferPointer { src -> ([Unicode.Scalar], SourceOffsets, Bool) in
                var map = SourceOffsets()
                var hash = false
                var i = 0
                while i < n {
                    let (out, from) = fold(src, i, table)
                    guard out == src[i], from == i else { break }
                    if src[i] == "#" { hash = true }
                    map.append(i)
                    i += 1
                }
                guard i < n else { return (scalars, map, hash) }
                let text = [Unicode.Scalar](unsafeUninitializedCapacity: n) { dst, count in
                    let base = dst.baseAddress!
                    if i > 0 { base.initialize(from: src.baseAddress!, count: i) }
                    var w = i
                    while i < n {
                        let (out, from) = fold(src, i, table)
                        if let out {
                            if out == "#" { hash = true }
                            (base + w).initialize(to: out)
                            w += 1
                            map.append(from)
                        }
                        i = from + 1
                    }
                    count = w
                }
                return (text, map, hash)
            }
        }
        var (text, map) = (folded.0, folded.1)
        var diagnostics: [Diagnostic] = []
        if folded.2 { removeArtifacts(&text, &map, source: source, diagnostics: &diagnostics) }
        var result = NormalizedText(source: source, text: text, toSource: map, lines: [], diagnostics: diagnostics)
        result.lines = BoilerplateZoner.zone(result)
        return result
    }

    /// What scalar `i` becomes (nil: dropped) and the last source scalar it takes (`\r\n`
    /// becomes one `\n`, mapped to the `\n`).
    @inline(__always)
    static func fold(_ src: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ table: UnsafeBufferPointer<UInt32>) -> (Unicode.Scalar?, Int) {
        let v = src[i].value
        // Printable ASCII is never folded; Han (the traditional table's range) only simplified.
        if v >= 0x20 && v < 0x7F { return (src[i], i) }
        if v >= TraditionalShadow.first && v <= TraditionalShadow.last {
            return (Unicode.Scalar(TraditionalShadow.simplify(v, table)) ?? "\u{FFFD}", i)
        }
        if v == 0x0D {
            // \r\n and a lone \r both become one \n, mapped to the last scalar of the break.
            return ("\n", i + 1 < src.count && src[i + 1].value == 0x0A ? i + 1 : i)
        }
        guard let f = CharacterFolding.fold(v) else { return (nil, i) }
        return (Unicode.Scalar(TraditionalShadow.simplify(f, table)) ?? "\u{FFFD}", i)
    }

    /// Removes stray `#` marks (judged on the text before any removal), and reports how many
    /// went. Nothing is copied when there is none.
    static func removeArtifacts(_ text: inout [Unicode.Scalar], _ map: inout SourceOffsets, source: SourceText, diagnostics: inout [Diagnostic]) {
        var removedAt: [Int] = []
        for i in text.indices where text[i] == "#" && isStrayHash(text, i) { removedAt.append(i) }
        guard let first = removedAt.first else { return }
        let firstRemoved = Int(map[first])
        var w = 0
        var k = 0
        for i in text.indices {
            if k < removedAt.count, removedAt[k] == i { k += 1; continue }
            text[w] = text[i]
            w += 1
        }
        text.removeLast(text.count - w)
        map = map.removing(removedAt)
        let removed = removedAt.count
        let at = firstRemoved
        diagnostics.append(Diagnostic(
            severity: .info, code: "normalize.stray-hash-removed",
            message: "removed \(removed) stray '#' mark\(removed == 1 ? "" : "s") left by a web capture (first shown here)",
            span: source.span(at..<(at + 1))))
    }

    /// A `#` is stray when it stands alone between blanks or line boundaries, or when only
    /// blanks follow it to the end of its line and it does not end a Latin word (`C#`).
    @inline(__always)
    static func isStrayHash(_ t: [Unicode.Scalar], _ i: Int) -> Bool {
        let prev: UInt32 = i > 0 ? t[i - 1].value : 0x0A
        var j = i + 1
        while j < t.count, t[j] == " " { j += 1 }
        let atLineEnd = j >= t.count || t[j] == "\n"
        let next: UInt32 = i + 1 < t.count ? t[i + 1].value : 0x0A
        let prevBlank = prev == 0x20 || prev == 0x0A
        let nextBlank = next == 0x20 || next == 0x0A
        if prevBlank && nextBlank { return true }
        if atLineEnd {
            let latin = (prev >= 0x30 && prev <= 0x39) || (prev >= 0x41 && prev <= 0x5A) || (prev >= 0x61 && prev <= 0x7A) || prev == 0x23
            return !latin
        }
        return false
    }
}
