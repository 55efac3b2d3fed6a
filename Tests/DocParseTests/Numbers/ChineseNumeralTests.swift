import Testing
@testable import DocParse

@Suite("Chinese numerals: reading and writing")
struct ChineseNumeralTests {
    @Test("Chinese numerals read to their values", arguments: [
        ("一百二十三", 123.0), ("两千", 2000), ("三千五百万", 35_000_000), ("零点五", 0.5), ("〇", 0),
        ("二〇二五", 2025), ("十五", 15), ("一千零一", 1001), ("一万三", 13000), ("两千四百五", 2450),
        ("四亿五千六百四十二万零一十五", 456_420_015), ("壹佰贰拾叁", 123), ("廿二", 22), ("负三十二", -32),
        ("十二点五万", 125_000), ("一百零一万一千", 1_011_000),
    ])
    func reads(_ s: String, _ v: Double) {
        #expect(ChineseNumeral.value(s) == v)
    }

    @Test("Mixed Arabic and Chinese forms read to their values", arguments: [
        ("1.2万", 12000.0), ("3千", 3000), ("4.2亿", 420_000_000), ("5万4千6百", 54600), ("4,565", 4565),
    ])
    func mixed(_ s: String, _ v: Double) {
        let got = ChineseNumeral.value(s)
        #expect(got.map { abs($0 - v) < 1e-6 } == true)
    }

    @Test("Malformed runs are not numbers", arguments: ["万", "十百", "十一一", "点五", "一点"])
    func malformed(_ s: String) {
        #expect(ChineseNumeral.value(s) == nil)
    }

    @Test("Integers are written the way a person writes them", arguments: [
        (Int64(0), "零"), (10, "十"), (11, "十一"), (110, "一百一十"), (1010, "一千零一十"),
        (1_000_054, "一百万零五十四"), (150_006_355, "一亿五千万六千三百五十五"), (10_000_000_000_000, "十万亿"),
        (-11, "负十一"), (103_453, "十万三千四百五十三"),
    ])
    func writes(_ n: Int64, _ s: String) {
        #expect(ChineseNumeralWriter.write(n) == s)
    }

    @Test("Financial (大写) and digit-by-digit styles")
    func styles() {
        #expect(ChineseNumeralWriter.write(Int64(11), style: .financial) == "壹拾壹")
        #expect(ChineseNumeralWriter.write(Int64(2025), style: .digits) == "二零二五")
        #expect(ChineseNumeralWriter.write(decimal: "12.0") == "十二点零")
        #expect(ChineseNumeralWriter.write(decimal: "1.2.3") == nil)
    }
}

@Suite("Round trip: written as Chinese numerals and read back")
struct ChineseNumeralRoundTripTests {

    @Test("Generated integers of every magnitude round-trip in lower and financial styles")
    func integers() {
        var rng = SplitMix64(seed: 20_251_123)
        var failures: [String] = []
        for _ in 0..<3000 {
            let digits = Int.random(in: 1...16, using: &rng)
            var n: Int64 = 0
            for _ in 0..<digits {
                // Zeros are frequent on purpose: they exercise 零 and empty 万 groups.
                let d = Int64.random(in: 0...9, using: &rng) < 4 ? 0 : Int64.random(in: 1...9, using: &rng)
                n = n * 10 + d
            }
            if Bool.random(using: &rng) { n = -n }
            for style in [ChineseNumeralWriter.Style.lower, .financial] {
                let s = ChineseNumeralWriter.write(n, style: style)
                if ChineseNumeral.value(s) != Double(n) { failures.append("\(n) → \(s) → \(String(describing: ChineseNumeral.value(s)))") }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }

    @Test("Generated decimals round-trip")
    func decimals() {
        var rng = SplitMix64(seed: 7)
        var failures: [String] = []
        for _ in 0..<2000 {
            let ip = Int64.random(in: 0...99_999_999, using: &rng)
            let fd = Int.random(in: 1...4, using: &rng)
            var frac = ""
            for _ in 0..<fd { frac += String(Int.random(in: 0...9, using: &rng)) }
            let text = "\(ip).\(frac)"
            guard let s = ChineseNumeralWriter.write(decimal: text), let v = ChineseNumeral.value(s), let want = Double(text) else {
                failures.append(text)
                continue
            }
            if abs(v - want) > 1e-6 * max(1, abs(want)) { failures.append("\(text) → \(s) → \(v)") }
        }
        #expect(failures.isEmpty, "\(failures.prefix(5))")
    }
}
