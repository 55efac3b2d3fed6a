import Testing
@testable import DocParse

/// The labelled-field search reads the head once for all labels; these pin the order and the
/// resume rule it must keep from the search per label, and the scalar pre-test of signature lines.
@Suite("Header labels found in one pass, signature lines rejected on scalars")
struct HeadFieldsTests {
    static func head(_ text: String) -> HeadFields {
        let t = Normalizer.normalize(SourceText(text))
        return HeadFields(MetadataExtractor.lines(t, fromStart: true, limit: MetadataExtractor.headLines))
    }

    static func value(_ line: LineView, _ v: Int) -> (String, Range<Int>)? {
        var e = v
        while e < line.scalars.count, line.scalars[e] != " " { e += 1 }
        return e > v ? (String(String.UnicodeScalarView(line.scalars[v..<e])), v..<e) : nil
    }

    @Test("The first label of the list wins over an earlier line holding a later label")
    func labelOrderFirst() {
        let h = Self.head("发布日期: 2021-01-02\n成文日期: 2020-12-30\n正文")
        #expect(h.first(["成文日期", "发布日期"], Self.value)?.0 == "2020-12-30")
        #expect(h.first(["发布日期", "成文日期"], Self.value)?.0 == "2021-01-02")
    }

    @Test("A label inside a word is no field; a label spelled with blanks is")
    func fieldStarts() {
        let h = Self.head("本文来源地不明\n索  引  号: ab-12  来源: 某市教育局")
        #expect(h.first(["来源"], Self.value)?.0 == "某市教育局")
        #expect(h.first(["索引号"], Self.value)?.0 == "ab-12")
    }

    @Test("A label whose value is refused is looked for again after it, on the same line")
    func resumesAfterRefusedValue() {
        let h = Self.head("文号: 无  文号: 甲字〔2022〕3号")
        let found = h.first(["文号"]) { line, v in
            guard let f = Self.value(line, v), f.0 != "无" else { return nil }
            return f
        }
        #expect(found?.0 == "甲字〔2022〕3号")
    }

    @Test("A label outside the rules' lists is found by the same rules")
    func fallbackAgreesWithTable() {
        let h = Self.head("责任部门: 某局  生成日期: 2020-01-01")
        #expect(h.first(["责任部门"], Self.value)?.0 == "某局")
    }

    @Test("Plain lines not followed by a date line are rejected before any string is built")
    func plainRejections() {
        let t = Normalizer.normalize(SourceText("某市教育局\n联系电话\n某市教育局\n2023年6月1日\n附件:名单\n2023年6月1日"))
        let l = (0..<6).map { LineView(t, $0) }
        #expect(MetadataExtractor.cannotSign(l[0], MetadataExtractor.withoutDebris(l[0]), dateLine: l[1]))
        #expect(!MetadataExtractor.cannotSign(l[2], MetadataExtractor.withoutDebris(l[2]), dateLine: l[3]))
        #expect(MetadataExtractor.cannotSign(l[4], MetadataExtractor.withoutDebris(l[4]), dateLine: l[5]))
        #expect(MetadataExtractor.signatureLine(l, 2)?.name == "某市教育局")
    }

    @Test("A line with a scalar outside the plain set goes on to the Character tests")
    func nonPlainIsNotRejected() {
        let t = Normalizer.normalize(SourceText("某市教育局\u{301}\n二〇二三年六月一日"))
        let l = (0..<2).map { LineView(t, $0) }
        #expect(!MetadataExtractor.cannotSign(l[0], MetadataExtractor.withoutDebris(l[0]), dateLine: l[1]))
    }
}
