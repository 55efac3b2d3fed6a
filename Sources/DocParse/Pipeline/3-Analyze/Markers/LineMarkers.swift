/// The marker shape at the start of every line, read once per document.
///
/// Each line is trimmed (`ZoneTrim`) and `MarkerReader` reads its start up to the trimmed
/// end. The outline takes these candidates as they are; the target rules and the table
/// reader, which ask "does an intact marker open the line here, with its item text starting
/// before `end`", ask ``intact(at:bodyBefore:)`` instead of reading the line again.
///
/// Why the stored reading answers those questions exactly: a reading bounded at `end` looks
/// at no scalar at or past the item text's start, so when the stored candidate's body starts
/// before both `end` and the trimmed line end, a reading bounded at `end` finds the same
/// candidate; otherwise such a reading finds no item text before `end` either.
struct LineMarkers: Sendable {
    /// Per line of the text: the line without blanks and stray `#` at its ends.
    let trimmed: [Range<Int>]
    /// Per line: the candidate at the trimmed line's start, nil when none (or the line is empty).
    let candidates: [MarkerCandidate?]
    /// Line start offsets, for finding a line by offset.
    private let starts: [Int]

    init(_ text: NormalizedText) {
        let t = text.text
        var trimmed: [Range<Int>] = []
        var candidates: [MarkerCandidate?] = []
        var starts: [Int] = []
        trimmed.reserveCapacity(text.lines.count)
        candidates.reserveCapacity(text.lines.count)
        starts.reserveCapacity(text.lines.count)
        for line in text.lines {
            let r = ZoneTrim.trim(t, line.range)
            trimmed.append(r)
            candidates.append(r.isEmpty ? nil : MarkerReader.read(t, at: r.lowerBound, end: r.upperBound))
            starts.append(line.range.lowerBound)
        }
        self.trimmed = trimmed
        self.candidates = candidates
        self.starts = starts
    }

    /// The index of the line holding offset `i` (binary search).
    func line(of i: Int) -> Int {
        starts.lastIndex(keyAtMost: i) { $0 }
    }

    /// The intact marker that opens its (trimmed) line at `i` and whose item text starts before
    /// `end` and before the line's end; nil when there is none. `end` must not lie past the
    /// line's end.
    func intact(at i: Int, bodyBefore end: Int) -> MarkerCandidate? {
        guard !starts.isEmpty else { return nil }
        let li = line(of: i)
        guard let c = candidates[li], c.form == .intact, c.range.lowerBound == i,
              c.bodyStart < end, c.bodyStart < trimmed[li].upperBound else { return nil }
        return c
    }
}
