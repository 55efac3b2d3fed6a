/// Word's automatic numbering (`numbering.xml`) rendered as the marker a reader sees.
///
/// A numbered paragraph names a list instance (`w:numId`) and a level (`w:ilvl`); the
/// instance points to an abstract definition whose levels give the start value, the number
/// format (`decimal`, `chineseCounting`, `decimalEnclosedCircle`…) and the text around it
/// (`w:lvlText` such as `%1、` or `（%1）`, where `%k` is level k's current number). Counters
/// belong to the abstract definition, as in Word: instances sharing one continue each other,
/// and an instance's `w:startOverride` restarts the level when the instance is first used.
/// An item resets the counters of the levels below it.
struct DocxNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var suffix = "tab"
    }

    var abstracts: [String: [Int: Level]] = [:]
    /// numId → (abstractNumId, level → startOverride)
    var instances: [String: (abstract: String, overrides: [Int: Int])] = [:]

    private var counters: [String: [Int: Int]] = [:]
    private var instancesUsed = Set<String>()

    /// Reads `numbering.xml`.
    static func parse(_ bytes: [UInt8]) throws(OOXMLParser.ParseFailure) -> DocxNumbering {
        final class State {
            var n = DocxNumbering()
            var abstract: String?
            var level: Int?
            var lvl = Level()
            var num: String?
            var numAbstract = ""
            var overrides: [Int: Int] = [:]
            var overrideLevel: Int?
        }
        let s = State()
        try OOXMLParser.parse(bytes, start: { name, a in
            switch name {
            case "abstractNum": s.abstract = a["abstractNumId"]
            case "lvl":
                if s.abstract != nil { s.level = Int(a["ilvl"] ?? "0"); s.lvl = Level() }
                else if s.num != nil { s.overrideLevel = s.overrideLevel ?? Int(a["ilvl"] ?? "0") }
            case "start": if s.level != nil { s.lvl.start = Int(a["val"] ?? "1") ?? 1 }
            case "numFmt": if s.level != nil { s.lvl.format = a["val"] ?? "decimal" }
            case "lvlText": if s.level != nil { s.lvl.text = a["val"] ?? "" }
            case "suff": if s.level != nil { s.lvl.suffix = a["val"] ?? "tab" }
            case "num": s.num = a["numId"]; s.numAbstract = ""; s.overrides = [:]
            case "abstractNumId": if s.num != nil { s.numAbstract = a["val"] ?? "" }
            case "lvlOverride": s.overrideLevel = Int(a["ilvl"] ?? "0")
            case "startOverride": if let l = s.overrideLevel, let v = Int(a["val"] ?? "") { s.overrides[l] = v }
            default: break
            }
        }, end: { name in
            switch name {
            case "lvl":
                if let a = s.abstract, let l = s.level { s.n.abstracts[a, default: [:]][l] = s.lvl; s.level = nil }
            case "abstractNum": s.abstract = nil
            case "lvlOverride": s.overrideLevel = nil
            case "num":
                if let id = s.num { s.n.instances[id] = (s.numAbstract, s.overrides) }
                s.num = nil
            default: break
            }
        }, text: { _ in })
        return s.n
    }

    /// The marker of the next item of list `numId` at `level`, counting it; nil when the list
    /// is unknown, numbering is switched off (`numId` 0) or the level shows no number.
    mutating func marker(numId: String, level: Int) -> String? {
        guard numId != "0", let inst = instances[numId], let levels = abstracts[inst.abstract], let lvl = levels[level] else { return nil }
        var c = counters[inst.abstract] ?? [:]
        if instancesUsed.insert(numId).inserted {
            for (l, v) in inst.overrides { c[l] = v - 1; for deeper in c.keys where deeper > l { c[deeper] = nil } }
        }
        c[level] = (c[level] ?? (lvl.start - 1)) + 1
        for deeper in c.keys where deeper > level { c[deeper] = nil }
        counters[inst.abstract] = c
        if lvl.format == "none" || lvl.format == "bullet" { return nil }
        // `%k` stands for level k-1's current number, in that level's format.
        var out = ""
        var chars = Array(lvl.text)
        var i = 0
        while i < chars.count {
            if chars[i] == "%", i + 1 < chars.count, let k = chars[i + 1].wholeNumberValue, k >= 1, k <= 9 {
                let l = k - 1
                let fmt = levels[l]?.format ?? "decimal"
                let value = c[l] ?? (levels[l]?.start ?? 1)
                out += Self.format(value, fmt)
                i += 2
                continue
            }
            out.append(chars[i])
            i += 1
        }
        chars = []
        if out.isEmpty { return nil }
        switch lvl.suffix {
        case "nothing": return out
        default: return out + " "
        }
    }

    /// `n` in Word's number format `format`.
    static func format(_ n: Int, _ format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital", "taiwaneseCounting",
             "taiwaneseCountingThousand", "japaneseCounting":
            if format == "chineseLegalSimplified" { return ChineseNumeralWriter.write(Int64(n), style: .financial) }
            if format == "ideographDigital" { return ChineseNumeralWriter.write(Int64(n), style: .digits) }
            return ChineseNumeralWriter.write(Int64(n))
        case "ideographTraditional":
            let s = ListNumberingWords.heavenlyStems
            return n >= 1 && n <= s.count ? s[n - 1] : String(n)
        case "ideographZodiac":
            let s = ListNumberingWords.earthlyBranches
            return n >= 1 && n <= s.count ? s[n - 1] : String(n)
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            if n >= 1 && n <= 20 { return String(Unicode.Scalar(0x2460 + UInt32(n - 1))!) }
            return String(n)
        case "decimalEnclosedParen":
            if n >= 1 && n <= 20 { return String(Unicode.Scalar(0x2474 + UInt32(n - 1))!) }
            return "(\(n))"
        case "decimalEnclosedFullstop":
            if n >= 1 && n <= 20 { return String(Unicode.Scalar(0x2488 + UInt32(n - 1))!) }
            return "\(n)."
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String.UnicodeScalarView(String(n).unicodeScalars.map { Unicode.Scalar($0.value + 0xFEE0)! }))
        case "decimalZero": return n < 10 ? "0\(n)" : String(n)
        case "lowerLetter", "upperLetter":
            guard n >= 1 else { return String(n) }
            let base = format == "lowerLetter" ? 0x61 : 0x41
            let letter = Character(Unicode.Scalar(UInt32(base + (n - 1) % 26))!)
            return String(repeating: letter, count: (n - 1) / 26 + 1)
        case "lowerRoman", "upperRoman":
            let r = roman(n)
            return format == "lowerRoman" ? r.lowercased() : r
        default:
            return String(n)
        }
    }

    static func roman(_ n: Int) -> String {
        guard n > 0 && n < 4000 else { return String(n) }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var n = n, out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }
}
