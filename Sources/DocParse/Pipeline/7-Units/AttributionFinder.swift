/// Finds role groups written with role words: brackets closing an item, `【】` labels, label lines.
///
/// Shapes (after normalization, so `（`/`：`/`；` are already `(`/`:`/`;`):
/// - `(牵头单位:市教育局;责任单位:市委组织部、市人社局)`, also in `〔〕` `【】` `[]`, also with blanks
///   instead of `;` (`(牵头部门:教育局  责任部门:宣传部)`);
/// - `(市卫生健康委牵头,市财政局、市医保局配合)`, `〔省交通运输厅负责,各市州政府落实〕`: units BEFORE
///   the verb, every clause must be units + a role verb, otherwise the bracket is prose
///   (`(含幼儿园,下同)`, `(2023—2025年)`);
/// - `【牵头单位】市生态环境局【配合单位】市公安局` anywhere on a line;
/// - `责任单位:…` starting a line or following `。`/`;`, one role per line or several; consecutive
///   label lines are one group; a label with nothing after it takes the next line.
/// Lines of metadata headers (`发布机构: … 责任部门: …`) are not attributions.
enum AttributionFinder {
    static let openers = WordTable<Void>(words: RoleWords.clauseOpeners)
    static let copulas = WordTable<Void>(words: RoleWords.labelCopulas)
    static let personTitles = WordTable<Void>(words: RoleWords.personTitles)
    static let headerLabels = WordTable<Void>(words: DocTypeWords.headerLabels)

    /// A role label found in the text.
    struct LabelHit {
        var range: Range<Int>      // the label as written, with `【】` when bracketed
        var word: Range<Int>       // the role word
        var valueStart: Int
        var role: AttributionRole
    }

    /// Every attribution of `text`, in document order.
    static func find(in text: NormalizedText, diagnostics: inout [Diagnostic]) -> [Attribution] {
        let t = text.text
        var out: [Attribution] = []
        var li = 0
        var lastLabelLine = -10
        // Where a bracket group carried over from the line before ends (see `continued`).
        var carriedEnd = -1
        while li < text.lines.count {
            let line = text.lines[li]
            guard line.zone == .content else { li += 1; continue }
            var covered: [Range<Int>] = []
            if carriedEnd > line.range.lowerBound { covered.append(line.range.lowerBound..<carriedEnd) }
            // Groups are read as they close, never gathered: a line of a million `(1)` would
            // hold them all. Only the last group can be open at the line's end.
            let from = carriedEnd
            forEachBracketGroup(t, line.range) { g in
                guard g.open >= from else { return }
                var g = g
                if !g.closed, let whole = continued(text, g, li) {
                    g = whole
                    carriedEnd = whole.close + 1
                }
                if let a = bracketAttribution(text, g, &diagnostics) {
                    out.append(a)
                    covered.append(a.range)
                }
            }
            if let (a, consumed) = labelLine(text, li, covered, &diagnostics) {
                let startsLine = onlyBlanks(t, line.range.lowerBound..<a.range.lowerBound)
                if startsLine, lastLabelLine >= 0, ContentLines.previous(text, before: li) == lastLabelLine,
                   let prev = out.last, prev.form == .labelLines {
                    // `牵头单位:…` then `责任单位:…` on the next line: one group.
                    out[out.count - 1] = merged(text, prev, a)
                } else {
                    out.append(a)
                }
                lastLabelLine = consumed ?? li
                li = (consumed ?? li) + 1
                continue
            }
            if covered.isEmpty, let a = closingSentence(text, line.range) { out.append(a) }
            li += 1
        }
        out.sort { $0.range.lowerBound < $1.range.lowerBound }
        return out
    }

    // MARK: - Brackets

    /// A bracket group on one line: `open` is the opening bracket, `close` the closing one (or the
    /// line end when the bracket is never closed).
    struct Group { var open: Int; var close: Int; var closed: Bool }

    /// Outermost bracket groups of a line, nested brackets kept inside their group.
    static func bracketGroups(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [Group] {
        var out: [Group] = []
        forEachBracketGroup(t, r) { out.append($0) }
        return out
    }

    /// Calls `body` with each outermost bracket group of `r` in order, as it closes; a group
    /// still open at the end comes last, unclosed.
    static func forEachBracketGroup(_ t: [Unicode.Scalar], _ r: Range<Int>, _ body: (Group) -> Void) {
        var depth = 0
        var open = -1
        for i in r {
            let v = t[i].value
            if Brackets.isOpen(v) {
                if depth == 0 { open = i }
                depth += 1
            } else if Brackets.isClose(v), depth > 0 {
                depth -= 1
                if depth == 0 { body(Group(open: open, close: i, closed: true)) }
            }
        }
        if depth > 0 { body(Group(open: open, close: r.upperBound, closed: false)) }
    }

    /// The longest a bracket group broken over two lines may be.
    static let maxContinuedGroup = 200

    /// Rule `bracket over two lines`: a group still open at the end of its line (a page or
    /// a column wrapped it: `(市生态环境局牵头,…,县(市、区)` / `政府负责)`) runs on into the
    /// next line when that line closes it; nil otherwise.
    static func continued(_ text: NormalizedText, _ g: Group, _ li: Int) -> Group? {
        guard !g.closed, li + 1 < text.lines.count, text.lines[li + 1].zone == .content else { return nil }
        let next = text.lines[li + 1].range
        guard next.upperBound - g.open <= maxContinuedGroup,
              let whole = bracketGroups(text.text, g.open..<next.upperBound).first, whole.open == g.open, whole.closed
        else { return nil }
        return whole
    }

    static func bracketAttribution(_ text: NormalizedText, _ g: Group, _ diagnostics: inout [Diagnostic]) -> Attribution? {
        let t = text.text
        var s = g.open + 1
        while s < g.close, t[s].value == 0x20 { s += 1 }
        guard s < g.close else { return nil }
        let whole = g.open..<(g.closed ? g.close + 1 : g.close)
        if let first = labelHit(t, at: s, end: g.close), first.range.lowerBound == s || first.range.lowerBound == s - 1 {
            // `【牵头单位】` alone is a label marker, read with its line.
            if t[g.open].value == 0x3010, first.valueStart >= g.close { return nil }
            let hits = allHits(t, s..<g.close)
            let clauses = buildClauses(text, hits, end: g.close, &diagnostics)
            guard !clauses.isEmpty else { return nil }
            if !g.closed { diagnostics.append(unclosedBracket(text, at: g.open)) }
            return Attribution(form: .bracketLabels, text: text.original(whole), span: text.span(whole),
                               clauses: clauses, range: whole)
        }
        // Rule `label with a copula`: `(责任单位为市民政局)`, `(牵头单位是市商务局)`: the whole rest
        // of the bracket must be units (strict), so prose after a label (`以牵头单位为主`) is not.
        if g.closed, let m = RoleWordTables.labels.prefix(t, at: s, end: g.close), m.value != .leaders,
           let c = copulas.prefix(t, at: s + m.length, end: g.close), s + m.length + c.length < g.close,
           let units = UnitListSplitter.split(text, (s + m.length + c.length)..<g.close, strict: true) {
            return Attribution(form: .bracketLabels, text: text.original(whole), span: text.span(whole),
                               clauses: AttributionClause.grouping(m.value, text.original(s..<(s + m.length)), units), range: whole)
        }
        // Units before a verb, then labels: `(市教育局牵头;责任单位:市财政局、市人社局)`.
        let hits = allHits(t, s..<g.close)
        var unused: String?
        if g.closed, let firstHit = hits.first, let before = verbClauses(text, s..<firstHit.range.lowerBound, deadline: &unused) {
            let clauses = before + buildClauses(text, hits, end: g.close, &diagnostics)
            return Attribution(form: .bracketLabels, text: text.original(whole), span: text.span(whole), clauses: clauses,
                               range: whole)
        }
        var deadline: String?
        var notes = AttributionNotes()
        if !g.closed, hits.isEmpty, let cut = cutOff(text, open: g.open, s..<g.close, &diagnostics) {
            return Attribution(form: .bracketCutOff, text: text.original(whole), span: text.span(whole), clauses: cut.clauses,
                               deadline: cut.deadline, range: whole)
        }
        guard g.closed, hits.isEmpty, let clauses = verbClauses(text, s..<g.close, deadline: &deadline, notes: &notes) else {
            // Rule `truncated attribution`: a bracket of two or more unit names and nothing else
            // (`(市商务局、市税务局)`) lost its role word: no units are given, a diagnostic says so.
            if hits.isEmpty, let units = UnitListSplitter.split(text, s..<g.close, strict: true), units.count >= 2 {
                diagnostics.append(Diagnostic(severity: .info, code: "units.no-role",
                                              message: "units named without a role word; none is attributed",
                                              span: text.span(whole)))
            }
            return nil
        }
        for b in notes.blankets { diagnostics.append(AttributionNotes.blanketDiagnostic(text, b)) }
        var a = Attribution(form: .bracketVerbs, text: text.original(whole), span: text.span(whole), clauses: clauses,
                            deadline: deadline, range: whole)
        a.firstLeadsBelow = notes.firstLeads && notes.sameBelow
        return a
    }

    /// Rule `attribution cut off`: a bracket that is never closed because the text breaks off
    /// inside it (`(市生态环境局牵头督导,市公安局、应急管理局、` at the end of a crawled page). The
    /// clauses up to the last `,`/`;` that each end with a role verb count; the units after
    /// them lost their role word, so they are given none and a diagnostic names them. Nil when
    /// the tail is not a list of units or the clauses before it are not all units + verb.
    /// When every clause has its verb, only the closing bracket was lost: all clauses count.
    static func cutOff(_ text: NormalizedText, open: Int, _ r: Range<Int>, _ diagnostics: inout [Diagnostic])
        -> (clauses: [AttributionClause], deadline: String?)? {
        let t = text.text
        // Only the closing bracket is lost (`8.加强文化建设(县文旅局牵头` at the end of a line or
        // of the text): every clause has its verb, all count.
        var wholeDeadline: String?
        var wholeNotes = AttributionNotes()
        if let clauses = verbClauses(text, r, deadline: &wholeDeadline, notes: &wholeNotes), !clauses.isEmpty {
            for b in wholeNotes.blankets { diagnostics.append(AttributionNotes.blanketDiagnostic(text, b)) }
            diagnostics.append(unclosedBracket(text, at: open))
            return (clauses, wholeDeadline)
        }
        var cut = r.upperBound - 1
        while cut > r.lowerBound, !(t[cut].value == 0x2C || t[cut].value == 0x3B) { cut -= 1 }
        guard cut > r.lowerBound, cut + 1 < r.upperBound,
              let tail = UnitListSplitter.split(text, (cut + 1)..<r.upperBound, strict: true), !tail.isEmpty else { return nil }
        var deadline: String?
        var notes = AttributionNotes()
        guard let clauses = verbClauses(text, r.lowerBound..<cut, deadline: &deadline, notes: &notes), !clauses.isEmpty
        else { return nil }
        for b in notes.blankets { diagnostics.append(AttributionNotes.blanketDiagnostic(text, b)) }
        let lost = tail[0].range.lowerBound..<tail[tail.count - 1].range.upperBound
        diagnostics.append(Diagnostic(severity: .warning, code: "units.truncated-attribution",
                                      message: "the attribution breaks off: these units have no role word and none is attributed",
                                      span: text.span(lost)))
        return (clauses, deadline)
    }

    /// The warning for an attribution whose bracket at `open` is never closed, on the bracket.
    static func unclosedBracket(_ text: NormalizedText, at open: Int) -> Diagnostic {
        Diagnostic(severity: .warning, code: "units.unclosed-bracket",
                   message: "the bracket around this attribution is never closed", span: text.span(open..<(open + 1)))
    }

    /// The longest closing sentence read as an attribution; longer ones are prose.
    static let maxClosingSentence = 200

    /// Rule `closing sentence`: an item whose last sentence only assigns it, with no bracket:
    /// `…。由市发展改革委负责,市财政局配合。`, `…完成改造。市住建局负责。`. Every clause must be units
    /// then a role verb, as in a bracket, so prose that names a duty (`市教育局负责统筹协调…`) is
    /// not one. The sentence follows another sentence of its line, or opens with `由`.
    static func closingSentence(_ text: NormalizedText, _ line: Range<Int>) -> Attribution? {
        let t = text.text
        let r = ContentLines.trimmed(t, line)
        guard r.count >= 4 else { return nil }
        let end = t[r.upperBound - 1].value == 0x3002 ? r.upperBound - 1 : r.upperBound
        var start = end
        while start > r.lowerBound, end - start <= maxClosingSentence, t[start - 1].value != 0x3002 { start -= 1 }
        guard end - start <= maxClosingSentence, end - start >= 3 else { return nil }
        let opened = openers.prefix(t, at: start, end: end) != nil
        // `加强招商引资,由市商务局牵头负责,市投促中心配合。`: an action, then the attribution opened
        // by `由` after a comma; the attribution is the part from `由`.
        if !opened, let q = (start..<end).first(where: { $0 > start && t[$0 - 1].value == 0x2C && openers.prefix(t, at: $0, end: end) != nil }) {
            start = q
        } else {
            guard start > r.lowerBound || opened else { return nil }
        }
        var deadline: String?
        var notes = AttributionNotes()
        // No comma inside a list of units here (`加快建设创新中心,市科技局负责`: the first clause is an
        // action whose object ends like a unit, not a unit waiting for the verb).
        guard let clauses = verbClauses(text, start..<end, deadline: &deadline, notes: &notes, commaLists: false), !clauses.isEmpty,
              notes.blankets.isEmpty else { return nil }
        let whole = start..<r.upperBound
        return Attribution(form: .closingSentence, text: text.original(whole), span: text.span(whole), clauses: clauses,
                           deadline: deadline, range: whole)
    }

    /// `市卫生健康委牵头,市财政局、市医保局配合`: every clause is units then a role verb, or nil.
    /// Clauses that are notes are read into `notes` instead: a first-leads note
    /// (`列第一位者为牵头单位`), `下同`, and whole sentences that assign later work at once
    /// (`以下各项工作均需…落实,不再列出`), which are skipped.
    static func verbClauses(_ text: NormalizedText, _ r: Range<Int>, deadline: inout String?) -> [AttributionClause]? {
        var notes = AttributionNotes()
        return verbClauses(text, r, deadline: &deadline, notes: &notes)
    }

    /// - Parameter commaLists: whether units before a comma may wait for the verb of the next
    ///   clause (`省商务厅,省税务局牵头负责`): in a bracket, not in a closing sentence.
    static func verbClauses(_ text: NormalizedText, _ r: Range<Int>, deadline: inout String?,
                            notes: inout AttributionNotes, commaLists: Bool = true) -> [AttributionClause]? {
        let t = text.text
        var out: [AttributionClause] = []
        var pending: [FoundUnit] = []
        var i = r.lowerBound
        // The sentence (up to `。`) that holds `i`, checked once for a blanket sentence.
        var sentenceEnd = r.lowerBound
        while i < r.upperBound {
            if i >= sentenceEnd {
                var e = i
                while e < r.upperBound, t[e].value != 0x3002 { e += 1 }
                sentenceEnd = e + 1
                if AttributionNotes.isBlanket(t, i..<e) {
                    notes.blankets.append(ContentLines.trimmed(t, i..<e))
                    if AttributionNotes.mentionsSameBelow(t, i..<e) { notes.sameBelow = true }
                    i = e + 1
                    continue
                }
            }
            var j = i
            while j < r.upperBound, !UnitListSplitter.isClauseEnd(t[j].value) { j += 1 }
            var lo = i
            var hi = j
            while lo < hi, t[lo].value == 0x20 { lo += 1 }
            while hi > lo, t[hi - 1].value == 0x20 { hi -= 1 }
            if lo < hi {
                if AttributionNotes.isFirstLeadsNote(t, lo..<hi) {
                    notes.firstLeads = true
                    i = j + 1
                    continue
                }
                if AttributionNotes.isSameBelow(t, lo..<hi) {
                    notes.sameBelow = true
                    i = j + 1
                    continue
                }
                if let o = openers.prefix(t, at: lo, end: hi) { lo += o.length }
                if deadline == nil, isDeadline(t, lo..<hi) {
                    deadline = text.original(lo..<hi)
                    i = j + 1
                    continue
                }
                // Rule `joint clause`: `(由市民政局牵头,会同市财政局、市医保局推进)`: a clause opening
                // with 会同 after the lead's names the units that join the work, whatever verb (or
                // none) closes it; they support.
                if !out.isEmpty, pending.isEmpty, let jw = jointWords.prefix(t, at: lo, end: hi), hi - lo > jw.length + 1 {
                    let from = lo + jw.length
                    var unitsEnd = hi
                    if let v = RoleWordTables.verbPhrase(t, endingAt: hi, start: from) { unitsEnd = hi - v.length }
                    else if let a = actionWords.suffix(t, endingAt: hi, start: from) { unitsEnd = hi - a.length }
                    if unitsEnd > from, let units = UnitListSplitter.split(text, from..<unitsEnd, strict: true) {
                        out.append(AttributionClause(role: .supporting, roleWord: text.original(lo..<from), units: units))
                        i = j + 1
                        continue
                    }
                }
                guard let v = RoleWordTables.verbPhrase(t, endingAt: hi, start: lo), hi - v.length > lo else {
                    // `(省商务厅,省税务局、海关总署广东分署牵头负责)`: a comma inside the list; the
                    // units wait for the verb of the next clause.
                    // Not an action whose object ends like a unit (`建设应急指挥中心,市应急局负责`).
                    guard commaLists, j < r.upperBound, t[j].value == 0x2C, MentionFinder.stops.prefix(t, at: lo, end: hi) == nil,
                          let units = UnitListSplitter.split(text, lo..<hi, strict: true) else { return nil }
                    pending += units
                    i = j + 1
                    continue
                }
                let unitsEnd = hi - v.length
                // `由X会同Y负责`: X leads, Y supports.
                if let joint = jointSplit(t, lo..<unitsEnd),
                   let leads = UnitListSplitter.split(text, lo..<joint.lowerBound, strict: true),
                   let helpers = UnitListSplitter.split(text, joint.upperBound..<unitsEnd, strict: true) {
                    out.append(AttributionClause(role: .lead, roleWord: text.original(joint), units: leads))
                    out.append(AttributionClause(role: .supporting, roleWord: text.original(joint), units: helpers))
                    i = j + 1
                    continue
                }
                guard let units = UnitListSplitter.split(text, lo..<unitsEnd, strict: true) else {
                    // Rule `persons before a verb`: `市委常委、副市长张某某牵头`, `分管领导牵头`: the
                    // people in charge, kept as leaders, never units; the other clauses still count.
                    guard pending.isEmpty, personTitles.occurs(t, in: lo..<unitsEnd) else { return nil }
                    out.append(AttributionClause(role: .leaders, roleWord: text.original(unitsEnd..<hi),
                                                 units: UnitListSplitter.splitPeople(text, lo..<unitsEnd)))
                    i = j + 1
                    continue
                }
                out.append(AttributionClause(role: v.value, roleWord: text.original(unitsEnd..<hi), units: pending + units))
                pending = []
            }
            i = j + 1
        }
        // Units left without a verb: the clause is not an attribution.
        // Persons alone (`(分管领导牵头)`) name no unit: no attribution.
        if out.isEmpty || !pending.isEmpty || out.allSatisfy({ $0.role == .leaders }) { return nil }
        return notes.firstLeads ? AttributionNotes.applyFirstLeads(out) : out
    }

    static let jointWords = WordTable<Void>(words: RoleWords.jointWords)
    /// Action verbs that may close a joint clause (`会同市财政局推进`).
    static let actionWords = WordTable<Void>(words: RoleWords.detailOpeners)

    /// The `会同` of `X会同Y`, when units stand on both sides of it.
    static func jointSplit(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        var q = r.lowerBound + 2
        while q < r.upperBound - 1 {
            if let m = jointWords.prefix(t, at: q, end: r.upperBound), r.upperBound - (q + m.length) >= 2 {
                return q..<(q + m.length)
            }
            q += 1
        }
        return nil
    }

    static let deadlineUnits = WordTable<Void>(words: RoleWords.deadlineUnits)
    static let deadlinePhrases = WordTable<Void>(words: RoleWords.deadlinePhrases)

    /// `2024年底前完成`, `2025年6月`, `长期坚持`: a time limit, not units.
    static func isDeadline(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count <= 16 else { return false }
        if deadlinePhrases.prefix(t, at: r.lowerBound, end: r.upperBound) != nil { return true }
        var digit = false
        var unit = false
        for q in r {
            if CharClass.isDigit(t[q].value) { digit = true }
            if deadlineUnits.prefix(t, at: q, end: r.upperBound) != nil { unit = true }
        }
        return digit && unit
    }

    // MARK: - Labels

    /// A role label at `i`: the word then `:` (blanks allowed before it), or the word in `【】`.
    static func labelHit(_ t: [Unicode.Scalar], at i: Int, end: Int) -> LabelHit? {
        labelHit(t, at: i, end: end, labels: RoleWordTables.textLabels)
    }

    /// `labelHit` with the label table passed in: the loops that ask at every position of a
    /// line read the table once, not through its lazy global per position (`swift_once`,
    /// 0.3 % of `docparse-bench` samples, perf 2026-12-05).
    @inline(__always)
    static func labelHit(_ t: [Unicode.Scalar], at i: Int, end: Int, labels: WordTable<AttributionRole>) -> LabelHit? {
        guard let m = labels.prefix(t, at: i, end: end) else { return nil }
        let wordEnd = i + m.length
        if i > 0, t[i - 1].value == 0x3010, wordEnd < t.count, t[wordEnd].value == 0x3011 {
            var v = wordEnd + 1
            if v < end, t[v].value == 0x3A { v += 1 }
            return LabelHit(range: (i - 1)..<(wordEnd + 1), word: i..<wordEnd, valueStart: v, role: m.value)
        }
        var j = wordEnd
        while j < end, t[j].value == 0x20 { j += 1 }
        guard j < end, t[j].value == 0x3A else { return nil }
        return LabelHit(range: i..<(j + 1), word: i..<wordEnd, valueStart: j + 1, role: m.value)
    }

    /// Every label in a region, left to right.
    static func allHits(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [LabelHit] {
        var out: [LabelHit] = []
        let labels = RoleWordTables.textLabels
        var i = r.lowerBound
        while i < r.upperBound {
            if let h = labelHit(t, at: i, end: r.upperBound, labels: labels) {
                out.append(h)
                i = h.valueStart
            } else {
                i += 1
            }
        }
        return out
    }

    /// The clauses of a run of labels: each label's value runs to the next label or `end`.
    static func buildClauses(_ text: NormalizedText, _ hits: [LabelHit], end: Int,
                             _ diagnostics: inout [Diagnostic]) -> [AttributionClause] {
        var out: [AttributionClause] = []
        for (k, h) in hits.enumerated() {
            let valueEnd = k + 1 < hits.count ? hits[k + 1].range.lowerBound : end
            let v = ContentLines.trimmed(text.text, cutAtOtherField(text.text, h.valueStart..<max(h.valueStart, valueEnd)))
            if v.isEmpty {
                diagnostics.append(Diagnostic(severity: .info, code: "units.empty-role",
                                              message: "the role \(text.original(h.word)) names no unit",
                                              span: text.span(h.range)))
                continue
            }
            // A time limit written in the list (`…,6月底完成`) is no unit.
            let units = h.role == .leaders ? UnitListSplitter.splitPeople(text, v)
                                           : (UnitListSplitter.split(text, v, strict: false) ?? []).filter { !isDeadline(text.text, $0.range) }
            if units.isEmpty { continue }
            out += AttributionClause.grouping(h.role, text.original(h.word), units)
        }
        return out
    }

    /// A label line: a role label starting the line (or following `。`/`;`), or a `【role】` marker.
    /// Returns the attribution and the index of a following line it consumed, if any.
    static func labelLine(_ text: NormalizedText, _ li: Int, _ covered: [Range<Int>],
                          _ diagnostics: inout [Diagnostic]) -> (Attribution, Int?)? {
        let t = text.text
        let r = text.lines[li].range
        var i = r.lowerBound
        var first: LabelHit?
        let labels = RoleWordTables.textLabels
        // The ranges are disjoint and the scans below only move forward: a cursor finds the one
        // holding a position (a search per position made a line of many bracketed items
        // quadratic: 3.6 MB on one line took 8.3 s against 0.58 s for 0.9 MB).
        let covered = covered.sorted { $0.lowerBound < $1.lowerBound }
        var cursor = 0
        func covering(_ p: Int) -> Range<Int>? {
            while cursor < covered.count, covered[cursor].upperBound <= p { cursor += 1 }
            return cursor < covered.count && covered[cursor].contains(p) ? covered[cursor] : nil
        }
        while i < r.upperBound {
            if let c = covering(i) { i = c.upperBound; continue }
            if let h = labelHit(t, at: i, end: r.upperBound, labels: labels) {
                let bracketed = h.range.lowerBound < h.word.lowerBound
                if bracketed || startsClause(t, r.lowerBound, h.range.lowerBound) { first = h; break }
            }
            i += 1
        }
        guard let f = first, !isHeaderLine(t, r.lowerBound..<f.range.lowerBound) else { return nil }
        // One header field per line (`索引号:…` / `责任部门:…` / `发布日期:…`): a neighbour line opens with
        // another header label.
        if onlyBlanks(t, r.lowerBound..<f.range.lowerBound),
           [ContentLines.previous(text, before: li), ContentLines.next(text, after: li)].contains(where: { n in
               guard let n else { return false }
               let nr = text.lines[n].range
               var k = nr.lowerBound
               while k < nr.upperBound, t[k].value == 0x20 { k += 1 }
               guard labelHit(t, at: k, end: nr.upperBound) == nil,
                     let m = headerLabels.prefix(t, at: k, end: nr.upperBound) else { return false }
               let after = k + m.length
               return after == nr.upperBound || t[after].value == 0x3A || t[after].value == 0x20
           }) {
            return nil
        }
        // The group runs to the end of the line, or to the `。` that closes it (unless another
        // label follows: `【牵头单位】市生态环境局。【配合单位】市工信局`).
        var end = f.valueStart
        cursor = 0
        while end < r.upperBound, covering(end) == nil {
            if t[end].value == 0x3002, end + 1 >= r.upperBound || (labelHit(t, at: end + 1, end: r.upperBound) == nil
                && labelHit(t, at: min(end + 2, r.upperBound - 1), end: r.upperBound) == nil) { break }
            end += 1
        }
        var hits = allHits(t, f.range.lowerBound..<end)
        if hits.isEmpty { hits = [f] }
        var consumed: Int?
        var groupEnd = end
        var clauses = buildClauses(text, hits, end: end, &diagnostics)
        if let last = hits.last, ContentLines.trimmed(t, last.valueStart..<end).isEmpty, last.role != .leaders,
           let next = ContentLines.next(text, after: li) {
            // `牵头单位:` alone, the units on the next line.
            let nr = ContentLines.trimmed(t, text.lines[next].range)
            if !nr.isEmpty, allHits(t, nr).isEmpty, let units = UnitListSplitter.split(text, nr, strict: true) {
                diagnostics.removeAll { $0.code == "units.empty-role" && $0.span == text.span(last.range) }
                clauses.append(AttributionClause(role: last.role, roleWord: text.original(last.word), units: units))
                consumed = next
                groupEnd = nr.upperBound
            }
        }
        guard !clauses.isEmpty else { return nil }
        let whole = f.range.lowerBound..<ContentLines.trimmed(t, f.range.lowerBound..<groupEnd).upperBound
        let form: AttributionForm = f.range.lowerBound < f.word.lowerBound ? .bracketLabels : .labelLines
        return (Attribution(form: form, text: text.original(whole), span: text.span(whole), clauses: clauses, range: whole),
                consumed)
    }

    /// True when only blanks, or a `。`/`;`/closing bracket, or a blank after the item's text
    /// (`推进数字化车间建设  责任单位:…`) come before `i` on its line.
    static func startsClause(_ t: [Unicode.Scalar], _ lineStart: Int, _ i: Int) -> Bool {
        if i > lineStart, t[i - 1].value == 0x20 { return true }
        var k = i - 1
        while k >= lineStart, t[k].value == 0x20 { k -= 1 }
        return k < lineStart || t[k].value == 0x3002 || t[k].value == 0x3B || Brackets.isClose(t[k].value)
    }

    /// A metadata header line (`发布机构: 市教育局 责任部门: 市教育局`): a header label that is not a
    /// role word, followed by `:` or a blank, comes before the role label (`r` ends at the role label,
    /// so `牵头单位:市教育局 资金来源:…` is still an attribution).
    static func isHeaderLine(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = headerLabels.prefix(t, at: i, end: t.count), i + m.length <= r.upperBound {
                let after = i + m.length
                let followed = after >= t.count || t[after].value == 0x3A || t[after].value == 0x20
                if followed, RoleWordTables.labels.prefix(t, at: i, end: r.upperBound)?.length != m.length { return true }
                i = after
                continue
            }
            i += 1
        }
        return false
    }

    // MARK: - Helpers

    /// A value ends where another field begins (`市发展改革委 资金来源:…` → `市发展改革委`).
    static func cutAtOtherField(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        guard let colon = r.first(where: { t[$0].value == 0x3A }) else { return r }
        var k = colon
        while k > r.lowerBound, !(t[k - 1].value == 0x20 || t[k - 1].value == 0x3B || t[k - 1].value == 0x2C
                                   || t[k - 1].value == 0x3002) { k -= 1 }
        return r.lowerBound..<k
    }

    static func onlyBlanks(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for i in r where t[i].value != 0x20 { return false }
        return true
    }

    /// Two label groups on consecutive lines as one.
    static func merged(_ text: NormalizedText, _ a: Attribution, _ b: Attribution) -> Attribution {
        let r = a.range.lowerBound..<b.range.upperBound
        return Attribution(form: .labelLines, text: text.original(r), span: text.span(r), clauses: a.clauses + b.clauses,
                           range: r)
    }
}
