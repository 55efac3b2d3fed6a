import Testing
@testable import DocParse

/// Quantity rules `day count`, `bare scale` and `shared unit`, in new sentences.
@Suite("Quantities: days allowed, a bare scale before a count, a unit shared by a list")
struct CountShapeTests {
    @Test("N日 before 内/以内/之内 counts days; a date's day does not")
    func dayCount() {
        #expect(one("收到申请之日起15日内作出答复") == Seen(text: "15日", value: .number(15), unit: "日", scale: 1, kind: .number, approximate: false))
        #expect(one("须在三十日以内补正材料")?.value == .number(30))
        #expect(one("7日之内办结")?.unit == "日")
        // A day of a month stays a date, with 内 after it or not.
        #expect(seen("于6月30日内报送").isEmpty)
        #expect(seen("定于9月1日开学").isEmpty)
        // A day with no word of time allowed after it is still a date's day.
        #expect(seen("每月5日前上报").isEmpty)
    }

    @Test("A bare scale word before a count and a bound, or 余/多 and a count, is one of its scale")
    func bareScale() {
        #expect(one("组织千人以上参加义诊") == Seen(text: "千人", value: .number(1000), unit: "人", scale: 1, kind: .number, approximate: false))
        #expect(one("举办万场以上惠民演出")?.value == .number(10000))
        #expect(one("带动百家以上企业入驻")?.value == .number(100))
        let approx = one("培训万余名护理人员")
        #expect(approx?.value == .number(10000))
        #expect(approx?.unit == "名")
        #expect(approx?.approximate == true)
        // Words that hold the character, and vague counts, give no figure.
        #expect(seen("把温暖送进千家万户").isEmpty)
        #expect(seen("万一发生险情").isEmpty)
        #expect(seen("万人空巷").isEmpty)
        #expect(seen("吸引数千名游客以上").isEmpty)
        #expect(seen("千方百计稳岗位").isEmpty)
        // After a numeral the scale belongs to that number.
        #expect(one("五千名以上")?.value == .number(5000))
    }

    @Test("A bare figure joined to a figure with a unit shares that unit")
    func sharedUnit() {
        let two = seen("出水化学需氧量和氨氮分别低于30与1.5毫克/升")
        #expect(two.map(\.unit) == ["毫克/升", "毫克/升"])
        #expect(two.map(\.value) == [.number(30), .number(1.5)])
        let chain = seen("办理时限分别压缩至5、7和10个工作日")
        #expect(chain.map(\.unit) == ["个工作日", "个工作日", "个工作日"])
        // The scale written once with the unit is shared too: 3万元 and 5万元.
        let scaled = seen("分别补助3、5万元")
        #expect(scaled.map(\.unit) == ["万元", "万元"])
        #expect(scaled.map(\.scale) == [1e4, 1e4])
        // Not across other words, and never onto a year.
        #expect(seen("完成12栋改造,新建30个站点").first?.unit == "栋")
        #expect(seen("2024和2025年各新增50个").map(\.unit) == ["个"])
        #expect(seen("共有45名学生和12名教师").map(\.unit) == ["名", "名"])
        #expect(seen("编号17的车辆和30个车位").map(\.unit) == [nil, "个"])
    }

    @Test("The shared-unit form is named for traces")
    func formName() {
        let q = QuantityRecognizer.quantities(in: "分别达到40和60公斤")
        #expect(q.map(\.form) == [.sharedUnit, .measured])
    }
}
