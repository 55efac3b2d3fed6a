import Testing
@testable import DocParse

/// Spoken shorthands the quantity reader resolves: a bare 百/千 before one digit, a range whose
/// low end shares the high end's place, and a colloquial currency word.
@Suite("Shortened numerals and shared places")
struct ShortenedNumeralTests {
    @Test("A bare 百 or 千 followed by one digit drops its leading 1 and its trailing place")
    func bareHundredOrThousand() {
        #expect(ChineseNumeral.value("百五") == 150)
        #expect(ChineseNumeral.value("千七") == 1700)
        #expect(ChineseNumeral.value("仟贰") == 1200)
        // A longer run that opens with a bare 百 stays malformed, and 十 keeps its own reading.
        #expect(ChineseNumeral.value("百十二") == nil)
        #expect(ChineseNumeral.value("百万") == nil)
        #expect(ChineseNumeral.value("十六") == 16)
    }

    @Test("Words that merely open with 千 or 百 give no number")
    func idiomsStayWords() {
        #expect(QuantityRecognizer.quantities(in: "百花齐放,千方百计推进", mode: .lenient).isEmpty)
    }

    @Test("The low end of a range takes the place unit its high end is written in")
    func sharedPlace() {
        #expect(one("每村安排四至六百名志愿者")?.value == .range(400, 600))
        #expect(one("补助三到五千元") == Seen(text: "三到五千元", value: .range(3000, 5000), unit: "元", scale: 1, kind: .number, approximate: false))
        #expect(one("新增投入一到二百亿元") == Seen(text: "一到二百亿元", value: .range(100, 200), unit: "亿元", scale: 1e8, kind: .number, approximate: false))
        // Tens and a high end with more digits keep the values as written.
        #expect(one("工期二到四十天")?.value == .range(2, 40))
        #expect(one("每户一到三百五十元")?.value == .range(1, 350))
    }

    @Test("An inclusion mark after the low end does not break the range")
    func inclusionMark() {
        #expect(one("贷款额度为20万元(含)至80万元") == Seen(text: "20万元(含)至80万元", value: .range(20, 80), unit: "万元", scale: 1e4, kind: .number, approximate: false))
        #expect(one("项目规模3000亩（含）—6000亩")?.value == .range(3000, 6000))
        // With no second end the mark stays outside the figure.
        #expect(one("奖励资金10万元(含)以下") == Seen(text: "10万元", value: .number(10), unit: "万元", scale: 1e4, kind: .number, approximate: false))
    }

    @Test("美刀 is read as US dollars")
    func colloquialDollar() {
        #expect(one("每晚住宿费八十美刀") == Seen(text: "八十美刀", value: .number(80), unit: "美刀", scale: 1, kind: .number, approximate: false))
    }
}
