import Foundation
import Testing
@testable import DocParse

/// Runs the test suites of peer projects (../shared/peer-specs, see its README) against the
/// quantity recognizer, the numeral reader and the numeral writer: one data-driven runner, run
/// twice: in process, and through `parsecli quantities --text=S` as a user runs it (suites
/// named `cli:…`). Per suite (README.md beside this file says the same):
/// - cn2an `cn2an_test`: default scope; a value case passes when one mention covers the whole
///   input with value × scale = the expected number, an error case when none does.
/// - Recognizers-Text NumberModel: `--scope numerals` (RT lists every number: years, dates,
///   telephone numbers, ordinals). Compared: the numbers in order, value × the scale word at the
///   head of the unit (`億元` → 1e8; a unit's own conversion, `斤` → 0.5 kg, is not RT's).
///   Mentions whose number is one Chinese numeral character before money, `%` or `折`
///   (`一美元`, `二％`, `一折`) are left to RT's CurrencyModel and PercentModel (see
///   `leftToOtherModels`).
/// - Recognizers-Text PercentModel: default scope, the percent mentions, value as written.
/// - Recognizers-Text CurrencyModel, JioNLP `extract_money`: `--scope document`, the money
///   mentions (value × scale; spans for extract_money). JioNLP `parse_money`: default scope.
///
/// Skipped, with the reason (each skip is counted and printed per suite):
/// - cases the peer marks `NotSupported`/`NotSupportedByDesign` on any platform;
/// - cn2an `direct` mode of cn2an (returns digit strings like "01", not values);
/// - cn2an strict-mode errors for inputs that normal/smart mode accepts: we read numbers the
///   normal/smart way (`一一` = 11), because documents are not checked for strict style;
/// - cn2an money words (`元整`, `角`, `分` inside the numeral string): money is recognized by
///   units (`元`) in running text, not by cheque-style amount strings;
/// - an2cn `rmb` mode (cheque-style money writing) and exponent literals (`1.23e-5`): output
///   formatting outside this tool;
/// - cn2an `transform` and chinese2digits `takeNumberFromString`: sentence rewriting with their
///   own conventions (`三零万` = 300000, `百四` = 4%), not used by a policy-document parser;
/// - Recognizers-Text cases with blanks inside a number (`7 万5 千4 百`, speech-recognition
///   style), Latin abbreviations (`40k`), 折/成 discounts and 千分之/万分之 forms, `N个百分点`
///   resolved as percent (we keep percentage points apart from percent by design), fraction
///   and ordinal outputs of NumberModel, currencies outside our unit table (奈拉, 瑞士法郎, 台币,
///   比特币, `$`, `￥`) and unit-only mentions (`人民币 美元`) in CurrencyModel, and the
///   DateTime/NumberRange/Ordinal/Dimension/Age/Temperature models (ranges are inclusive here
///   and half-open in RT; years and dates are exclusions here, not values; RT resolves
///   dimensions to its own unit catalogue, we keep the written unit with a scale);
/// - jionlp cases with currencies outside the unit table or with 几/数十 (values jionlp
///   resolves to intervals), and extract_money cases for foreign currency words.
@Suite("Peer suites")
struct PeerSuiteTests {
    static let root = TestPaths.root.deletingLastPathComponent().appendingPathComponent("shared/peer-specs")

    struct Tally {
        var name: String
        var passed = 0
        var failed: [String] = []
        var skipped = 0
        var total: Int { passed + failed.count }
        var rate: Double { total == 0 ? 1 : Double(passed) / Double(total) }
        mutating func check(_ ok: Bool, _ what: @autoclosure () -> String) {
            if ok { passed += 1 } else { failed.append(what()) }
        }
    }

    /// Pass-rate floors, set just under what the recognizer achieves (see BENCHMARKS.md).
    static let thresholds: [String: Double] = [
        "cn2an/cn2an_test": 0.99,
        "cn2an/an2cn_test": 0.99,
        "recognizers-text/Number/NumberModel": 0.98,
        "recognizers-text/Number/PercentModel": 0.98,
        "recognizers-text/NumberWithUnit/CurrencyModel": 0.98,
        "jionlp/parse_money_test": 0.98,
        "jionlp/extract_money_test": 0.98,
    ]

    static func cases(_ path: String) -> [[String: Any]] {
        let url = root.appendingPathComponent(path + ".jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a - b) <= 1e-9 * max(1, abs(b))
    }

    static func double(_ any: Any?) -> Double? {
        if let n = any as? NSNumber { return n.doubleValue }
        if let s = any as? String { return Double(s.replacingOccurrences(of: ",", with: "")) }
        return nil
    }

    static func marked(_ c: [String: Any]) -> Bool {
        (c["notSupported"] as? String).map { !$0.isEmpty } == true || (c["notSupportedByDesign"] as? String).map { !$0.isEmpty } == true
    }

    // MARK: cn2an

    static func cn2an() -> Tally {
        var t = Tally(name: "cn2an/cn2an_test")
        let all = cases("cn2an/cn2an_test")
        let accepted = Set(all.filter { ($0["mode"] as? String) != "strict" && $0["expected"] != nil && !($0["expected"] is NSNull) }
            .compactMap { $0["input"] as? String })
        for c in all {
            guard let input = c["input"] as? String, let mode = c["mode"] as? String else { continue }
            if mode == "direct" || input.contains("元") || input.contains("圆") || input.contains("角") { t.skipped += 1; continue }
            let got = ChineseNumeral.value(input)
            if c["expected"] is NSNull || c["expected"] == nil {
                if accepted.contains(input) { t.skipped += 1; continue }
                t.check(got == nil, "\(input): expected an error, got \(String(describing: got))")
            } else {
                let want = double(c["expected"])
                t.check(close(got, want), "\(mode) \(input): expected \(want ?? .nan), got \(String(describing: got))")
            }
        }
        return t
    }

    static func an2cn() -> Tally {
        var t = Tally(name: "cn2an/an2cn_test")
        for c in cases("cn2an/an2cn_test") {
            guard let mode = c["mode"] as? String else { continue }
            let literal = (c["input_literal"] as? String) ?? "\(c["input"] ?? "")"
            if mode == "rmb" || literal.lowercased().contains("e-") { t.skipped += 1; continue }
            let style: ChineseNumeralWriter.Style = mode == "up" ? .financial : mode == "direct" ? .digits : .lower
            // Python semantics: a float literal is written as Python prints it (1.10 → 1.1).
            var text = literal.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if c["input"] is String == false, text.contains(".") || text.lowercased().contains("e"), let v = Double(text) {
                text = v.description
                if text.contains("e") {
                    text = String(format: "%.15f", v)
                    while text.hasSuffix("0") { text.removeLast() }
                }
            }
            let got = ChineseNumeralWriter.write(decimal: text, style: style)
            let want = c["expected"] as? String
            t.check(got == want, "\(mode) \(literal): expected \(want ?? "error"), got \(got ?? "nil")")
        }
        return t
    }

    // MARK: Recognizers-Text

    static func recognizers(_ model: String, percent: Bool, reader: QuantityReader = .library) -> Tally {
        var t = Tally(name: reader.prefix + "recognizers-text/Number/\(model)")
        for c in cases("recognizers-text/Number/\(model)") {
            guard let input = c["input"] as? String, let expected = c["expected"] as? [[String: Any]] else { continue }
            let texts = expected.compactMap { $0["text"] as? String }
            let outOfScope = texts.contains { s in
                s.contains(" ") || s.unicodeScalars.contains { CharClass.isLatin($0.value) } || s.contains("折") || s.contains("成")
                    || s.contains("千分之") || s.contains("万分之") || s.contains("仟分之") || s.contains("萬分之")
                    || s.contains("百分点") || s.contains("百分點") || s.contains("分之") && !percent
                    || s.contains("/") || s.contains("第") || s.contains("^") || s.contains("打") || s.contains("半")
                    || s.hasPrefix(".") || s.hasPrefix("-.")
            } || input.contains("百 分") || (expected.contains { ($0["type"] as? String)?.contains("fraction") == true || ($0["type"] as? String) == "ordinal" })
            if marked(c) || outOfScope { t.skipped += 1; continue }
            // NumberModel lists every number in the text (years, dates, telephone numbers and
            // ordinals too): `--scope numerals`. PercentModel lists percentages: the default
            // scope's percent mentions. A number's value is value × scale (`四十九兆…億元` is
            // 499592 × 1e8), a percentage's the percent as written.
            let found = reader.read(input, percent ? .lenient : .numerals)
                .filter { percent ? $0.kind == .percent : !Self.leftToOtherModels($0) }
            let got: [Double] = found.compactMap { if case .number(let v) = $0.value { return percent ? v : v * Self.scaleWordFactor($0) } ; return nil }
            let want: [Double] = expected.compactMap { e in
                guard var s = e["value"] as? String else { return nil }
                if s.hasSuffix("%") { s.removeLast() }
                return Double(s)
            }
            var ok = got.count == want.count
            if ok { for (a, b) in zip(got, want) where !close(a, b) { ok = false } }
            t.check(ok, "\(input): expected \(want), got \(found.map(\.text)) \(got)")
        }
        return t
    }

    /// RT's NumberModel reads a numeral with its scale words (`四十九兆九千五百九十二億` →
    /// 4.99592e13) and leaves the unit out. The CLI moves a scale word before a unit into the
    /// unit (`億元`, scale 1e8) and also converts units (`斤`, scale 0.5 kg), so the runner
    /// multiplies the value by the scale word at the head of the written unit only.
    static func scaleWordFactor(_ q: Quantity) -> Double {
        guard let unit = q.unit else { return 1 }
        let u = Normalizer.normalize(SourceText(unit)).text
        for p in ScaleWords.unitPrefixes.sorted(by: { $0.word.unicodeScalars.count > $1.word.unicodeScalars.count }) {
            let w = Array(p.word.unicodeScalars)
            if u.count > w.count, Array(u.prefix(w.count)) == w { return p.scale }
        }
        return 1
    }

    /// RT's NumberModel takes one numeral character alone (`一`, `两`, `二`) only before a
    /// character of its list of measure words and boundaries (`AllowListRegex` of its Chinese
    /// definitions), which lacks `美`, `折` and `％`: so it expects no number in `一美元`,
    /// `两美刀`, `苹果折扣一折` (#280–#286) and none for `二％` (#361), while the same peer's
    /// CurrencyModel reads `苹果折扣一美元` as 1 USD (#14) and its PercentModel `苹果折扣一折` as
    /// 10 % (#143). The CLI reads each as money, a percentage or a discount; those mentions are
    /// compared under RT's CurrencyModel and PercentModel, and left out of the NumberModel
    /// comparison when their number is one Chinese numeral character. Longer numerals before
    /// the same units stay in (`十美元`, `四十九兆…億元`: RT's NumberModel reads those).
    static func leftToOtherModels(_ q: Quantity) -> Bool {
        guard let unit = q.unit, q.unitClass == .money || q.kind == .percent && (unit == "%" || unit == "折") else { return false }
        let number = Array(q.text.unicodeScalars.dropLast(unit.unicodeScalars.count))
        return number.count == 1 && ChineseNumeral.digit(number[0]) != nil && !(number[0].value >= 0x30 && number[0].value <= 0x39)
    }

    /// RT currency names of the currencies in our unit table (others are skipped).
    static let currencies: [String: String] = [
        "Chinese yuan": "元", "United States dollar": "美元", "Euro": "欧元", "Japanese yen": "日元",
        "Hong Kong dollar": "港元", "British pound": "英镑",
    ]

    static func recognizersCurrency(reader: QuantityReader = .library) -> Tally {
        var t = Tally(name: reader.prefix + "recognizers-text/NumberWithUnit/CurrencyModel")
        for c in cases("recognizers-text/NumberWithUnit/CurrencyModel") {
            guard let input = c["input"] as? String, let expected = c["expected"] as? [[String: Any]] else { continue }
            let unsupported = expected.contains { e in
                !(e["value"] is String) || Self.currencies[(e["unit"] as? String) ?? ""] == nil
                    || ((e["text"] as? String) ?? "").contains(" ")
            }
            if marked(c) || unsupported { t.skipped += 1; continue }
            let found = reader.read(input, .document).filter { $0.unitClass == .money }
            let got: [Double] = found.compactMap { if case .number(let v) = $0.value { return v * $0.scale }; return nil }
            let want = expected.compactMap { double($0["value"]) }
            var ok = got.count == want.count
            if ok { for (a, b) in zip(got, want) where !close(a, b) { ok = false } }
            t.check(ok, "\(input): expected \(want), got \(found.map(\.text)) \(got)")
        }
        return t
    }

    // MARK: jionlp

    static func parseMoney(reader: QuantityReader = .library) -> Tally {
        var t = Tally(name: reader.prefix + "jionlp/parse_money_test")
        for c in cases("jionlp/parse_money_test") {
            guard let input = c["input"] as? String, let e = c["expected"] as? [String: Any] else { continue }
            // 几/数十 and 多/余 (jionlp resolves them to intervals; we keep the number and mark it
            // approximate), 元角分 compound amounts (cheque style), Latin abbreviations (15k, 30w),
            // juxtaposed digits (三五百), bare amounts with no currency word (jionlp assumes 元)
            // and 含 inside a range are outside this tool's conventions.
            let money = UnitScales.entries.filter { $0.unitClass == .money }.map(\.unit) + ["块"]
            if input.contains("几") || input.contains("数十") || input.contains("数百")
                || (e["num"] is [Any] && (input.contains("多") || input.contains("余")))
                || input.contains("角") || input.contains("毛") || input.contains("含")
                || input.unicodeScalars.contains(where: { CharClass.isLatin($0.value) })
                || !money.contains(where: { input.contains($0) }) || input.contains("三五") || input.contains("四五") {
                t.skipped += 1
                continue
            }
            let qs = reader.read(input, .lenient).filter { $0.unitClass == .money }
            if qs.isEmpty, let cur = e["case"] as? String, !UnitScales.entries.contains(where: { $0.unit == cur || cur == "元" }) {
                t.skipped += 1
                continue
            }
            var want: [Double] = []
            if let s = e["num"] as? String, let v = Double(s) { want = [v] }
            if let arr = e["num"] as? [String] { want = arr.compactMap { Double($0) } }
            var got: [Double] = []
            if qs.count == 1 {
                switch qs[0].value {
                case .number(let v): got = [v * qs[0].scale]
                case .range(let a, let b): got = [a * qs[0].scale, b * qs[0].scale]
                }
            }
            var ok = got.count == want.count
            if ok { for (a, b) in zip(got, want) where !close(a, b) { ok = false } }
            t.check(ok, "\(input): expected \(want), got \(qs.map(\.text)) \(got)")
        }
        return t
    }

    static func extractMoney(reader: QuantityReader = .library) -> Tally {
        var t = Tally(name: reader.prefix + "jionlp/extract_money_test")
        for c in cases("jionlp/extract_money_test") {
            guard let input = c["input"] as? String, let expected = c["expected"] as? [[String: Any]] else { continue }
            let scalars = Array(input.unicodeScalars)
            let found = reader.read(input, .document).filter { $0.unitClass == .money }
            let got = found.map { [$0.span.start, $0.span.end] }
            let want = expected.compactMap { $0["offset"] as? [Int] }
            let foreign = expected.contains { e in
                guard let o = e["offset"] as? [Int], o[1] <= scalars.count else { return true }
                let s = String(String.UnicodeScalarView(scalars[o[0]..<o[1]]))
                return !UnitScales.entries.contains { s.hasSuffix($0.unit) && $0.unitClass == .money }
            }
            if foreign { t.skipped += 1; continue }
            t.check(got == want, "\(input): expected \(want), got \(found.map(\.text)) \(got)")
        }
        return t
    }

    @Test("Peer suites pass at or above their floors (rates printed)")
    func peerSuites() throws {
        guard FileManager.default.fileExists(atPath: Self.root.path) else {
            Issue.record("peer specs not found at \(Self.root.path)")
            return
        }
        let tallies = [Self.cn2an(), Self.an2cn(), Self.recognizers("NumberModel", percent: false),
                       Self.recognizers("PercentModel", percent: true), Self.recognizersCurrency(),
                       Self.parseMoney(), Self.extractMoney()]
        Self.report(tallies, floors: Self.thresholds)
    }

    /// The same suites run as a user runs them: one `parsecli quantities --text=S` process per
    /// case, its JSON Lines read back (the numeral writer's an2cn suite has no CLI and is left
    /// out). A case passes under the same comparison as in the library runner above; cn2an's
    /// value cases pass when one quantity covers the whole input with the expected value, its
    /// error cases when no single quantity does.
    @Test("Peer suites through parsecli quantities pass at or above their floors (rates printed)")
    func peerSuitesThroughCLI() throws {
        guard FileManager.default.fileExists(atPath: Self.root.path) else {
            Issue.record("peer specs not found at \(Self.root.path)")
            return
        }
        guard FileManager.default.isExecutableFile(atPath: TestPaths.parsecli.path) else {
            Issue.record("parsecli not built at \(TestPaths.parsecli.path)")
            return
        }
        let cli = QuantityReader.cli
        let tallies = [Self.cn2anThroughCLI(), Self.recognizers("NumberModel", percent: false, reader: cli),
                       Self.recognizers("PercentModel", percent: true, reader: cli), Self.recognizersCurrency(reader: cli),
                       Self.parseMoney(reader: cli), Self.extractMoney(reader: cli)]
        Self.report(tallies, floors: Self.cliThresholds)
    }

    /// Pass-rate floors of the CLI runs (the issue's aim is 98 % in scope).
    static let cliThresholds: [String: Double] = [
        "cli:cn2an/cn2an_test": 0.98,
        "cli:recognizers-text/Number/NumberModel": 0.98,
        "cli:recognizers-text/Number/PercentModel": 0.98,
        "cli:recognizers-text/NumberWithUnit/CurrencyModel": 0.98,
        "cli:jionlp/parse_money_test": 0.98,
        "cli:jionlp/extract_money_test": 0.98,
    ]

    /// cn2an's cases through the CLI: `三百万` must come back as one quantity of the whole
    /// input with value × scale = 3000000.
    static func cn2anThroughCLI() -> Tally {
        var t = Tally(name: "cli:cn2an/cn2an_test")
        let all = cases("cn2an/cn2an_test")
        let accepted = Set(all.filter { ($0["mode"] as? String) != "strict" && $0["expected"] != nil && !($0["expected"] is NSNull) }
            .compactMap { $0["input"] as? String })
        var seen = Set<String>()
        for c in all {
            guard let input = c["input"] as? String, let mode = c["mode"] as? String else { continue }
            if mode == "direct" || input.contains("元") || input.contains("圆") || input.contains("角") { t.skipped += 1; continue }
            let isError = c["expected"] is NSNull || c["expected"] == nil
            if isError, accepted.contains(input) { t.skipped += 1; continue }
            // The same input asserted in several modes is one CLI case.
            if !seen.insert(input).inserted { t.skipped += 1; continue }
            let found = QuantityReader.cli.read(input, .lenient)
            let whole = found.count == 1 && found[0].span.start == 0 && found[0].span.end == input.unicodeScalars.count
            var got: Double?
            if whole, case .number(let v) = found[0].value { got = v * found[0].scale }
            if isError {
                t.check(!whole, "\(input): expected no reading of the whole input, got \(found.map(\.text))")
            } else {
                let want = double(c["expected"])
                t.check(close(got, want), "\(mode) \(input): expected \(want ?? .nan), got \(found.map(\.text)) \(String(describing: got))")
            }
        }
        return t
    }

    static func report(_ tallies: [Tally], floors: [String: Double]) {
        for t in tallies {
            let pct = String(format: "%.1f", t.rate * 100)
            print("peer-suite \(t.name): \(t.passed)/\(t.total) passed (\(pct)%), \(t.skipped) skipped")
            if ProcessInfo.processInfo.environment["PEER_VERBOSE"] != nil { for f in t.failed { print("  FAIL \(f)") } }
            let floor = floors[t.name] ?? 0.98
            #expect(t.rate >= floor, "\(t.name) fell below \(floor): \(t.failed.prefix(5))")
        }
    }
}
