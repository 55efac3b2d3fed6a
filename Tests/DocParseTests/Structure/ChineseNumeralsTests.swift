import Testing
@testable import DocParse

@Suite("Marker numbers: Chinese numerals, circled numbers, letters")
struct ChineseNumeralsTests {
    func value(_ s: String) -> Int? { ChineseNumerals.value(ArraySlice(Array(s.unicodeScalars))) }

    @Test("well-formed numerals read as numbers", arguments: [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十八", 28), ("一百零五", 105), ("壹拾贰", 12)])
    func reads(_ s: String, _ n: Int) {
        #expect(value(s) == n)
    }

    @Test("malformed numerals are not numbers", arguments: ["一二", "十十", "零", "百十百"])
    func rejects(_ s: String) {
        #expect(value(s) == nil)
    }

    @Test("format writes what value reads")
    func roundTrip() {
        for n in 1...120 { #expect(value(ChineseNumerals.format(n)) == n) }
    }

    @Test("circled numbers ① to ㊿ and letters")
    func circledAndLatin() {
        #expect(ChineseNumerals.circledValue(Unicode.Scalar("①").value) == 1)
        #expect(ChineseNumerals.circledValue(Unicode.Scalar("⑳").value) == 20)
        #expect(ChineseNumerals.circledValue(Unicode.Scalar("㉑").value) == 21)
        #expect(ChineseNumerals.circledValue(Unicode.Scalar("1").value) == nil)
        #expect(ChineseNumerals.circled(3) == "③")
        #expect(ChineseNumerals.latinValue(Unicode.Scalar("c").value) == 3)
    }
}
