import Testing
@testable import DocParse

@Suite("Numbers that are not quantities")
struct ExclusionTests {
    @Test("year: years, year ranges and years whose dash was lost")
    func years() {
        #expect(seen("2023年全市交通工作要点").isEmpty)
        #expect(seen("行动计划(2023—2025年)").isEmpty)
        #expect(seen("规划(20232025年)").isEmpty)
        #expect(seen("发布于2023").isEmpty)
        #expect(seen("二〇二五年完成").isEmpty)
    }

    @Test("date: months, days, clock times")
    func dates() {
        #expect(seen("2021年9月1日印发").isEmpty)
        #expect(seen("发布时间: 2023年04月28日 17:38").isEmpty)
        #expect(seen("生成日期 2021-09-16").isEmpty)
    }

    @Test("label: document numbers, street and building numbers, ranks")
    func labels() {
        #expect(seen("鲁卫发〔2022〕1号").isEmpty)
        #expect(seen("地址:民主街43号政府院内1号楼5楼").isEmpty)
        #expect(seen("获省优秀成果二等奖").isEmpty)
        #expect(seen("一是完善制度,二是强化监管").isEmpty)
    }

    @Test("code: phone and fax, index numbers, e-mail, licence numbers, 5G")
    func codes() {
        #expect(seen("电话:0916-2626687 传真:(0916) 2523943").isEmpty)
        #expect(seen("联系电话2626670").isEmpty)
        #expect(seen("索引号: 6107000033/2024-000016").isEmpty)
        #expect(seen("邮箱hzjjk2023@163.com").isEmpty)
        #expect(seen("陕ICP备14003207号-2").isEmpty)
        #expect(seen("推进5G、IPv6部署").isEmpty)
    }

    @Test("code: policy names with numbers")
    func policyCodes() {
        #expect(seen("推行“1+X”证书制度和5+2模式,构建1+3+N体系").isEmpty)
        #expect(seen("落实“5115”培养工程和“4226”发展思路").isEmpty)
        #expect(seen("落实“十四五”规划").isEmpty)
    }

    @Test("ordinal: 第二, 第3批")
    func ordinals() {
        #expect(seen("第二批试点,第3批名单,第一名").isEmpty)
    }

    @Test("name: counts inside fixed names")
    func names() {
        #expect(seen("两两结对开展帮扶", mode: .lenient).isEmpty)
        #expect(seen("深化三个课堂建设,坚持五育并举,做到两个只增不减,加强四史教育,按照一校一案原则").isEmpty)
        #expect(seen("深化局长抓质量四个一行动,落实“五个评价”").isEmpty)
        #expect(seen("实施三年行动计划").isEmpty)
        #expect(seen("按照一县一策推进医疗改革").isEmpty)
    }

    @Test("ordinal: list numbers, including one whose dot was lost at a line start")
    func listNumbers() {
        #expect(seen("5.健全工作机制\n12推进道路养护\n(3)加强监管\n2、完善制度").isEmpty)
        #expect(seen("完成5.5公里道路").map(\.text) == ["5.5公里"])
    }

    @Test("A lone financial numeral is part of a word (队伍, 陆续, 收拾)")
    func financialInWords() {
        #expect(seen("加强医护队伍年轻化,陆续推进,收拾场地").isEmpty)
        #expect(seen("补助伍佰元").map(\.value) == [.number(500)])
    }

    @Test("code: version labels like 2.0")
    func versions() {
        #expect(seen("实施教育信息化2.0行动,推进工业互联网3.0").isEmpty)
        #expect(seen("单价2.0元").map(\.text) == ["2.0元"])
    }

    @Test("approximation words inside other words are not approximations")
    func falseFriends() {
        #expect(seen("节约用水300吨").first?.approximate == false)
        #expect(seen("约300吨").first?.approximate == true)
    }

    @Test("Negatives stay quantities: a count next to an excluded number is still found")
    func neighbours() {
        #expect(seen("2025年新建3所医院").map(\.text) == ["3所"])
        #expect(seen("第二批建设12个站点").map(\.text) == ["12个"])
    }

    @Test("name: a quote after a figure opens a name the figure counts when a second quote closes it in the clause")
    func quoteAfterFigure() {
        // A lone quote after the figure (its opening one lost): the figure ends a name.
        #expect(seen("打造公园周边300米”绿色带").isEmpty)
        // A pair after the figure: the figure counts the quoted things.
        #expect(seen("推出12项“一窗通办”服务").map(\.text) == ["12项"])
        #expect(seen("建成 60 公里“滨河绿廊”步道").map(\.text) == ["60 公里"])
        // The pair must close in the figure's clause.
        #expect(seen("打造公园周边300米”绿色带,推行“林长制”").isEmpty)
    }
}

