/// Splits a written list of units into names, each with its text as written and its span.
///
/// ```
/// 市委组织部市委编办、市人社局,各县区党委、政府
/// → 市委组织部 | 市委编办 | 市人社局 | 各县区党委 | 各县区政府 (expanded from 各县区党委、政府)
/// ```
///
/// Lists are cut at separators (`、 , ; :`, blanks), at a conjunction that follows the end of
/// a name (`市教育局和市财政局`, never `住房和城乡建设局`), and where names run together:
/// only where one name ends (`UnitNameEndings`) AND the next begins (`UnitPrefixes`, or a place
/// name like `汉中市`), so a name is never cut inside (`汉中市职业技术学院` stays whole).
/// Elided organs are rebuilt and recorded: `各县区党委、政府`, `各县区党委政府`, and shared
/// endings written once at the end (`机构编制、教育部门`).
enum UnitListSplitter {
    /// How a single blank between Han characters in the list is read (see `isWrap`).
    enum BlankBreaks {
        /// A blank separates units, as in text written by hand.
        case separate
        /// A PDF copy whose cell line breaks became blanks (`发改 委`): a blank wraps a name
        /// unless a whole name ends before it and another begins after it.
        case wrapped
        /// Line breaks typed into a sheet's or a web page's table cell, never wraps at the
        /// cell's width: a break after a whole name separates units whatever follows.
        case typed
    }

    static let endings = WordTable<Void>(words: UnitNameEndings.endings)
    static let prefixes = WordTable<Void>(words: UnitPrefixes.prefixes)
    static let placeEnds = WordTable<Void>(words: UnitPrefixes.placeEnds)
    static let bareOrgans = WordTable<Void>(words: UnitNameEndings.bareOrgans)
    static let sharedEndings = WordTable<Void>(words: UnitNameEndings.sharedEndings)
    static let standalone = WordTable<Void>(words: UnitNameEndings.standaloneUnits)
    static let closers = WordTable<Void>(words: UnitNameEndings.listClosers)
    static let conjunctions = WordTable<Void>(words: UnitNameEndings.conjunctions)
    static let qualifiers = WordTable<Void>(words: UnitPrefixes.sharedQualifiers)

    /// The owner written before `qualifier` in `name` (`县政府` of `县政府有关部门`), when there is one.
    static func ownerBefore(qualifier: String, in name: String) -> String? {
        guard let r = name.range(of: qualifier), r.lowerBound > name.startIndex else { return nil }
        return String(name[..<r.lowerBound])
    }
    static let branches = WordTable<Void>(words: UnitNameEndings.branchEndings)

    /// The longest a unit name is allowed to be; longer pieces are prose, not names.
    static let maxNameLength = 30

    /// A line break with Han characters (or a closing bracket) right before and a Han character
    /// right after it: a wrapped line. Not when a whole name ends before the break and another
    /// begins after it (`县水利局` / `县住建局`, a table cell listing one unit per line): that
    /// break separates two units.
    ///
    /// With `blanks` `.wrapped` or `.typed` (a cell whose line breaks became blanks, `发改 委`),
    /// a single blank is read the same way, also before an opening bracket (`各县 (市、区)…`).
    /// With `.typed` (breaks typed into a cell), a break after a whole name separates units
    /// whatever follows (`财务会计部` / `投资发展部`); one inside a name still wraps it
    /// (`农产品流通工作` / `专班`).
    @inline(__always) static func isWrap(_ t: [Unicode.Scalar], _ j: Int, _ range: Range<Int>,
                                         blanks: BlankBreaks = .separate) -> Bool {
        guard j > range.lowerBound, j + 1 < range.upperBound else { return false }
        if blanks == .separate, t[j].value == 0x20 { return isBlankInsideName(t, j, range) }
        let blank = blanks != .separate && t[j].value == 0x20
        guard t[j].value == 0x0A || blank else { return false }
        let b = t[j - 1].value
        let a = t[j + 1].value
        guard (CharClass.isHan(b) || Brackets.isClose(b)) && (CharClass.isHan(a) || (blank && Brackets.isOpen(a))) else { return false }
        let nameStart = max(range.lowerBound, j - maxNameLength)
        if endings.suffix(t, endingAt: j, start: nameStart) != nil,
           !endingRunsOn(t, j, start: nameStart, end: range.upperBound),
           blanks == .typed || beginsName(t, at: j + 1, end: range.upperBound) { return false }
        return true
    }

    /// Rule `blank inside a name`: in text typed by hand a blank separates units, but a text
    /// copied from a PDF or a justified page leaves single blanks inside names (`市 民政局`,
    /// `市卫 健委`). A single blank between Han characters where no name ends before it (no
    /// ending, no standalone unit back to the list's last separator) is inside the name.
    static func isBlankInsideName(_ t: [Unicode.Scalar], _ j: Int, _ range: Range<Int>) -> Bool {
        guard CharClass.isHan(t[j - 1].value), CharClass.isHan(t[j + 1].value) else { return false }
        var s = j
        while s > range.lowerBound, j - s < maxNameLength, !isSeparator(t[s - 1].value), !Brackets.isClose(t[s - 1].value) { s -= 1 }
        guard s > range.lowerBound ? isSeparator(t[s - 1].value) || Brackets.isClose(t[s - 1].value) : true else { return false }
        return endings.suffix(t, endingAt: j, start: s) == nil && !standalone.contains(t, s..<j)
    }

    /// `,` `;` `。`: the end of a clause of a list (`、` only separates units inside one).
    @inline(__always) static func isClauseEnd(_ v: UInt32) -> Bool { v == 0x2C || v == 0x3B || v == 0x3002 }

    /// True for scalars that separate the units of a list.
    @inline(__always) static func isSeparator(_ v: UInt32) -> Bool {
        switch v {
        case 0x3001, 0x2C, 0x3B, 0x3A, 0x20, 0x09, 0x0A, 0x0D, 0x3000, 0x3002, 0x2F: return true // 、 , ; : blanks 。 /
        default: return false
        }
    }

    /// Splits `range` of `text` into units. With `strict`, every piece must look like a unit name
    /// (end with a known ending, or be a standalone unit such as `自治区`), else the result is nil:
    /// strict mode is for shapes where the list is not announced by a label (verb clauses, duty
    /// sentences). Without `strict` every piece with a Han character is kept.
    /// `blanks` says how a blank between two Han characters is read (see `BlankBreaks`).
    static func split(_ text: NormalizedText, _ range: Range<Int>, strict: Bool,
                      blanks: BlankBreaks = .separate) -> [FoundUnit]? {
        let t = text.text
        let (pieces, marks, firstLeads) = cut(text, range, strict: strict, blanks: blanks)
        // Each piece becomes units by the first piece rule that takes it.
        var split = UnitPieceRule.Split(text: text, pieces: pieces, sharedRuns: CollectiveNames.sharedOrganRuns(t, pieces),
                                        strict: strict, blanks: blanks, anchor: range.lowerBound)
        var k = 0
        while k < pieces.count {
            var outcome: UnitPieceRule.Outcome? = nil
            for rule in UnitPieceRule.all {
                outcome = rule.apply(&split, k)
                if outcome != nil { break }
            }
            switch outcome {
            case .taken(let next)?: k = next
            case .notAList?: return nil
            case nil: k += 1
            }
        }
        var units = split.units
        if strict, units.isEmpty { return nil }
        for k in units.indices {
            if let m = marks[units[k].range.upperBound] {
                units[k].roleMark = m.0
                units[k].roleMarkText = m.1
            }
        }
        if firstLeads, !units.isEmpty, units[0].roleMark == nil {
            units[0].roleMark = .lead
            units[0].roleMarkText = nil
        }
        return units
    }

    /// Cuts `range` into pieces at separators (not inside brackets, not at a wrapped line)
    /// and where names run together, taking role marks (`(牵头)`) and verbs off the pieces:
    /// the pieces, the role marks by the end of the piece they follow, and whether a mark
    /// said the first unit leads.
    static func cut(_ text: NormalizedText, _ range: Range<Int>, strict: Bool, blanks: BlankBreaks = .separate)
        -> (pieces: [Range<Int>], marks: [Int: (AttributionRole, String)], firstLeads: Bool) {
        let t = text.text
        var pieces: [Range<Int>] = []
        var marks: [Int: (AttributionRole, String)] = [:]
        var firstLeads = false
        // The first piece of the clause being read: a clause ends at `,` `;` `。`, while `、`
        // joins the units of one clause (`市交通局牵头,市公安局、各区政府配合`).
        var clauseStart = 0
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, isSeparator(t[i].value) {
                if isClauseEnd(t[i].value) { clauseStart = pieces.count }
                i += 1
            }
            var j = i
            // Separators inside brackets belong to the name: `各县(市、区)人民政府`.
            var depth = 0
            // A line break between two Han characters is a wrap inside a name (`县(市、区)` /
            // `政府`), not a separator; the name-boundary cuts below still apply.
            while j < range.upperBound, depth > 0 || !isSeparator(t[j].value) || isWrap(t, j, range, blanks: blanks) {
                if Brackets.isOpen(t[j].value) { depth += 1 }
                if Brackets.isClose(t[j].value), depth > 0 { depth -= 1 }
                j += 1
            }
            if j > i {
                var verbClosed = false
                var piece = trimPiece(t, i..<j)
                // `其中区人社局牵头`: a note on a unit of the list, its opener no part of the name.
                if let o = noteOpeners.prefix(t, at: piece.lowerBound, end: piece.upperBound), piece.count > o.length + 1 {
                    piece = (piece.lowerBound + o.length)..<piece.upperBound
                }
                // `市卫生健康委(牵头)`: a role mark in brackets after the name.
                if let m = trailingMark(t, piece) {
                    piece = piece.lowerBound..<m.open
                    if m.firstLeads { firstLeads = true } else { marks[piece.upperBound] = (m.role, text.original(m.content)) }
                }
                // `市直有关部门按职责分工负责`, `市财政局配合` inside a labelled list: the verb is not part of
                // the name; a strong one (`牵头`, `配合`) marks the unit's role.
                // Modifiers before the verb go with it (`各县区政府按职责分工落实`); the verb alone
                // says whether it is weak.
                if !strict, let v = RoleWordTables.verbPhrase(t, endingAt: piece.upperBound, start: piece.lowerBound),
                   piece.count - v.length >= 2, hasEnding(t, piece.lowerBound..<(piece.upperBound - v.length))
                    || standalone.contains(t, piece.lowerBound..<(piece.upperBound - v.length)) {
                    let verb = (piece.upperBound - v.length)..<piece.upperBound
                    piece = piece.lowerBound..<verb.lowerBound
                    if !weakVerbs.contains(t, (verb.upperBound - v.verbLength)..<verb.upperBound) {
                        marks[piece.upperBound] = (v.value, text.original(verb))
                        // Rule `verb over its clause`: the verb after the last unit of a clause is
                        // the role of every unit of it not marked otherwise.
                        for p in pieces[min(clauseStart, pieces.count)...] where marks[p.upperBound] == nil {
                            marks[p.upperBound] = (v.value, text.original(verb))
                        }
                        // The verb closes its clause: each piece is marked once (linear).
                        verbClosed = true
                    }
                }
                // A cut at a conjunction may leave a wrap's blank at a piece's edge (`党委和 人民政府`).
                pieces.append(contentsOf: cutPiece(t, piece).map { blanks != .separate ? Blanks.trim(t, $0) : $0 })
                if verbClosed { clauseStart = pieces.count }
            }
            i = j
        }
        pieces.removeAll { $0.isEmpty }
        return (CollectiveNames.merge(t, pieces), marks, firstLeads)
    }

    static let noteOpeners = WordTable<Void>(words: RoleWords.listNoteOpeners)
    static let leadWords = WordTable<Void>(words: RoleWords.leadWords)
    static let weakVerbs = WordTable<Void>(words: RoleWords.weakVerbs)
    static let firstWords = WordTable<Void>(words: RoleWords.firstIsLeadWords)

    /// A bracket closing a piece that marks a role (`(牵头)`, `(牵头单位)`, `(配合)`) or says the first
    /// unit of the list leads (`(列第一位的为牵头单位)`).
    static func trailingMark(_ t: [Unicode.Scalar], _ r: Range<Int>)
        -> (open: Int, content: Range<Int>, role: AttributionRole, firstLeads: Bool)? {
        guard r.count >= 3, let (k, content) = trailingBracket(t, r), !content.isEmpty else { return nil }
        if let role = RoleWordTables.verbs.exact(t, content) ?? RoleWordTables.labels.exact(t, content) {
            return (k, content, role, false)
        }
        var hasLead = false
        var hasFirst = false
        for q in content {
            if leadWords.prefix(t, at: q, end: content.upperBound) != nil { hasLead = true }
            if firstWords.prefix(t, at: q, end: content.upperBound) != nil { hasFirst = true }
        }
        return hasLead && hasFirst ? (k, content, .lead, true) : nil
    }

    /// The bracket that closes `r` (`…(牵头)`, `…(管委会)`): where it opens and what it holds;
    /// nil when `r` does not end with a closing bracket or no opening one stands after `r`'s
    /// first scalar. `scanLimit` bounds the look back (as a distance from `r`'s end).
    static func trailingBracket(_ t: [Unicode.Scalar], _ r: Range<Int>, scanLimit: Int = .max) -> (open: Int, inner: Range<Int>)? {
        guard r.count >= 2, Brackets.isClose(t[r.upperBound - 1].value) else { return nil }
        var k = r.upperBound - 2
        while k > r.lowerBound, r.upperBound - k <= scanLimit, !Brackets.isOpen(t[k].value) { k -= 1 }
        guard k > r.lowerBound, Brackets.isOpen(t[k].value) else { return nil }
        return (k, (k + 1)..<(r.upperBound - 1))
    }

    /// Splits names of people (`张三、李四`): separators only, no lexicon.
    static func splitPeople(_ text: NormalizedText, _ range: Range<Int>) -> [FoundUnit] {
        let t = text.text
        var out: [FoundUnit] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, isSeparator(t[i].value) { i += 1 }
            var j = i
            while j < range.upperBound, !isSeparator(t[j].value) { j += 1 }
            if j > i, hasHan(t, i..<j) || t[i].value > 0x40 {
                out.append(FoundUnit(name: nameOf(t, i..<j), text: text.original(i..<j), expandedFrom: nil,
                                     span: text.span(i..<j), range: i..<j))
            }
            i = j
        }
        return out
    }

    // MARK: - Pieces

    /// Drops a list closer (`等`, `等部门`) and quote marks around a piece.
    static func trimPiece(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        var hi = r.upperBound
        while lo < hi, isQuote(t[lo].value) { lo += 1 }
        while hi > lo, isQuote(t[hi - 1].value) { hi -= 1 }
        // A bracket left over from a group broken across lines (`市财政局)`), never a balanced one
        // inside a name (`市教育局(市教育督导室)`).
        var opens = 0
        var closes = 0
        for q in lo..<hi {
            if Brackets.isOpen(t[q].value) { opens += 1 }
            if Brackets.isClose(t[q].value) { closes += 1 }
        }
        if closes > opens, hi > lo, Brackets.isClose(t[hi - 1].value) { hi -= 1 }
        if opens > closes, hi > lo, Brackets.isOpen(t[lo].value) { lo += 1 }
        if let c = closers.suffix(t, endingAt: hi, start: lo), hi - c.length > lo { hi -= c.length }
        return lo..<hi
    }

    @inline(__always) static func isQuote(_ v: UInt32) -> Bool { v == 0x22 || v == 0x27 || v == 0x201C || v == 0x201D }

    /// Cuts a piece at conjunctions after a name's end and where names run together.
    static func cutPiece(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = r.lowerBound
        var p = r.lowerBound + 2
        // Bracket depth before `p` (p only moves forward): a name is never cut inside a
        // bracket (`各村(社区)` is not `各村(社` + `区)`).
        var depth = 0
        var scanned = r.lowerBound
        while p < r.upperBound - 1 {
            while scanned < p {
                if Brackets.isOpen(t[scanned].value) { depth += 1 }
                if Brackets.isClose(t[scanned].value), depth > 0 { depth -= 1 }
                scanned += 1
            }
            if depth > 0 { p += 1; continue }
            // `有关部门和单位`: a conjunction before a bare generic ending joins two endings of one
            // name, not two units.
            if let c = conjunctions.prefix(t, at: p, end: r.upperBound), p - start >= 2,
               endings.suffix(t, endingAt: p, start: start) != nil, r.upperBound - (p + c.length) >= 2,
               !sharedEndings.contains(t, (p + c.length)..<r.upperBound) {
                out.append(start..<p)
                start = p + c.length
                p = start + 2
                continue
            }
            if p - start >= 2, r.upperBound - p >= 2, endings.suffix(t, endingAt: p, start: start) != nil,
               !endingRunsOn(t, p, start: start, end: r.upperBound),
               branches.suffix(t, endingAt: r.upperBound, start: p) == nil,
               !isLocalOffice(t, start, p, r.upperBound), !isGenericPlural(t, p, r.upperBound),
               !standaloneRunsOn(t, start, p, r.upperBound),
               beginsName(t, at: p, end: r.upperBound) {
                out.append(start..<p)
                start = p
                p = start + 2
                continue
            }
            p += 1
        }
        out.append(start..<r.upperBound)
        return out
    }

    /// True when a standalone unit that began at `start` runs on across `p` (`各社|区` is inside
    /// `各社区`, though `社` is an ending and `区` begins names).
    static func standaloneRunsOn(_ t: [Unicode.Scalar], _ start: Int, _ p: Int, _ end: Int) -> Bool {
        for e in 1...3 where p + e <= end && standalone.isEntry(t, start..<(p + e)) { return true }
        return false
    }

    /// True when a longer ending runs on across `p` (`有关部|门` is inside `部门`): the name does
    /// not end at `p`, even if a shorter ending (`部`) does and a name seems to begin after it.
    static func endingRunsOn(_ t: [Unicode.Scalar], _ p: Int, start: Int, end: Int) -> Bool {
        for e in 1...4 where p + e <= end {
            if let m = endings.suffix(t, endingAt: p + e, start: start), m.length > e { return true }
        }
        return false
    }

    static let nationalOpeners = WordTable<Void>(words: UnitPrefixes.nationalOpeners)
    static let pluralOpeners = WordTable<Void>(words: UnitPrefixes.pluralOpeners)

    /// Rule `departments of an organ`: `市政府各部门`, `县委各有关单位`: `各` and a generic ending
    /// after an organ name the organ's departments, one unit, not the organ and `各部门`.
    static func isGenericPlural(_ t: [Unicode.Scalar], _ p: Int, _ end: Int) -> Bool {
        guard let o = pluralOpeners.prefix(t, at: p, end: end) else { return false }
        var q = p + o.length
        if let m = qualifiers.prefix(t, at: q, end: end) { q += m.length }
        return q < end && sharedEndings.contains(t, q..<end)
    }

    /// Rule `local office of a national organ`: `国家税务总局汉中市税务局` is one unit, the office of
    /// a national organ in a place, named by the organ then the place's own name. A name that
    /// opens with a national opener and is followed straight by a place name is not cut there.
    static func isLocalOffice(_ t: [Unicode.Scalar], _ start: Int, _ p: Int, _ end: Int) -> Bool {
        nationalOpeners.prefix(t, at: start, end: p) != nil && beginsPlaceName(t, at: p, end: end)
    }

    /// True when a unit name plausibly begins at `p`: a known prefix (`市`, `市委`, `各县区`) or a
    /// place name of two or three Han characters ending in a level word (`汉中市`, `兴庆区`).
    static func beginsName(_ t: [Unicode.Scalar], at p: Int, end: Int) -> Bool {
        if prefixes.prefix(t, at: p, end: end) != nil { return true }
        return beginsPlaceName(t, at: p, end: end)
    }

    /// True when a place name of two or three Han characters ending in a level word begins at
    /// `p` (`汉中市`, `兴庆区`), followed by at least two characters of a name.
    static func beginsPlaceName(_ t: [Unicode.Scalar], at p: Int, end: Int) -> Bool {
        for len in 2...3 where p + len + 2 <= end {
            var allHan = true
            // A conjunction is no part of a place name (`编办及州直…` is not a place `编办及州`).
            for q in p..<(p + len) where !CharClass.isHan(t[q].value) || conjunctions.prefix(t, at: q, end: p + len) != nil { allHan = false }
            // `汉中市…`, but not a name's own end followed by a level word (`组织部|市委编办`).
            if allHan, placeEnds.prefix(t, at: p + len, end: end) != nil,
               endings.suffix(t, endingAt: p + len, start: p) == nil { return true }
        }
        return false
    }

    // MARK: - Names

    static func nameOf(_ t: [Unicode.Scalar], _ r: Range<Int>) -> String {
        // Encoded at once (`SourceText.utf8String`): appending to a scalar view one scalar at a
        // time was most of this function's cost (perf, 2026-12-05).
        guard r.contains(where: { t[$0].value == 0x20 || t[$0].value == 0x0A }) else { return SourceText.utf8String(t[r]) }
        var s: [Unicode.Scalar] = []
        s.reserveCapacity(r.count)
        for q in r where t[q].value != 0x20 && t[q].value != 0x0A { s.append(t[q]) }
        return SourceText.utf8String(s)
    }

    static func hasEnding(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard let e = endings.suffix(t, endingAt: r.upperBound, start: r.lowerBound) else { return false }
        // A one-character ending (`局`) is not a name by itself; a longer one (`幼儿园`, `妇联`) is.
        return r.count > e.length || e.length >= 2
    }

    static func hasHan(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        for q in r where CharClass.isHan(t[q].value) { return true }
        return false
    }

    /// A strict unit name: Han (or Latin/digits) only, short, ending like a unit or standing alone.
    static func looksLikeName(_ t: [Unicode.Scalar], _ r: Range<Int>, blankWraps: Bool = false) -> Bool {
        guard r.count >= 2, r.count <= maxNameLength else { return standalone.contains(t, r) }
        var depth = 0
        for q in r {
            let v = t[q].value
            if Brackets.isOpen(v) { depth += 1; continue }
            if Brackets.isClose(v) { depth -= 1; if depth < 0 { return false }; continue }
            // 、 inside `县(市、区)`, or inside a collective name joined by `CollectiveNames`.
            if v == 0x3001 { continue }
            // A line break inside a wrapped name (see `isWrap`).
            if v == 0x0A || (blankWraps && v == 0x20) { continue }
            if !(CharClass.isHan(v) || CharClass.isLatin(v) || CharClass.isDigit(v)) { return false }
        }
        if depth != 0 { return false }
        return hasEnding(t, r) || standalone.contains(t, r) || hasBracketedOrgan(t, r) || hasBracketedAlternative(t, r)
    }

    /// Longest bracketed alternative after a name (`街道、园区`).
    static let maxAlternative = 10

    /// Rule `name with a bracketed alternative`: `各镇(街)`, `各村(社区)`, `各乡镇(街道、园区)`: a name
    /// followed by a short bracket of Han characters (and `、`) naming the other kinds of unit
    /// the name stands for is one name, kept as written.
    static func hasBracketedAlternative(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        guard r.count >= 4, let (k, inner) = trailingBracket(t, r, scanLimit: maxAlternative + 2), k > r.lowerBound + 1,
              !inner.isEmpty, inner.allSatisfy({ CharClass.isHan(t[$0].value) || t[$0].value == 0x3001 }) else { return false }
        let before = r.lowerBound..<k
        return hasEnding(t, before) || standalone.contains(t, before)
    }

    /// Rule `name with a bracketed organ`: `各县、区人民政府(管委会)`, `市教育局(市教育督导室)`: a
    /// name followed by a bracket that itself names a unit (the organ that stands in for it
    /// in some places, or a second name of the same office) is one name, kept as written.
    static func hasBracketedOrgan(_ t: [Unicode.Scalar], _ r: Range<Int>) -> Bool {
        // A nested bracket inside is no organ's name: the all-Han test below refuses it.
        guard r.count >= 5, let (k, inner) = trailingBracket(t, r), k > r.lowerBound + 1,
              inner.count >= 2, inner.allSatisfy({ CharClass.isHan(t[$0].value) }) else { return false }
        return hasEnding(t, r.lowerBound..<k) && hasEnding(t, inner)
    }

    /// The organs a piece ends with, last first reversed into order, when the piece is a prefix
    /// followed only by organs (`各县区` + `党委` + `政府`), optionally joined by a conjunction.
    static func organRun(_ t: [Unicode.Scalar], _ r: Range<Int>) -> [Range<Int>]? {
        var organs: [Range<Int>] = []
        var end = r.upperBound
        while end > r.lowerBound, let o = bareOrgans.suffix(t, endingAt: end, start: r.lowerBound) {
            organs.append((end - o.length)..<end)
            end -= o.length
            if !organs.isEmpty, let c = conjunctions.suffix(t, endingAt: end, start: r.lowerBound),
               bareOrgans.suffix(t, endingAt: end - c.length, start: r.lowerBound) != nil {
                end -= c.length
            }
        }
        guard organs.count >= 2, end > r.lowerBound else { return nil }
        return organs.reversed()
    }

    static let committeeMark = WordTable<Void>(words: UnitNameEndings.committeeMark)

    /// The place prefix of a name that ends with an organ: `各县区党委` → `各县区`, `市委` → `市`.
    static func placeHead(of name: String) -> String? {
        let s = Array(name.unicodeScalars)
        var cut: Int?
        if let o = bareOrgans.suffix(s, endingAt: s.count, start: 0), s.count > o.length {
            cut = s.count - o.length
        } else if let m = committeeMark.suffix(s, endingAt: s.count, start: 0), s.count > m.length,
                  placeEnds.suffix(s, endingAt: s.count - m.length, start: 0) != nil {
            cut = s.count - m.length
        }
        guard let cut else { return nil }
        return SourceText.utf8String(s[0..<cut])
    }
}
