import Testing
@testable import DocParse

/// Rules found on weak real documents, tested in new sentences of the same shapes.
@Suite("Targets: more verbs, month ends, baseline years, annual means, label lead-ins")
struct TargetGeneralRuleTests {
    func dated(_ text: String, date: String) -> [Target] {
        var md = Metadata()
        md.docType = .actionPlan
        md.date = date
        return targets(text, metadata: md)
    }

    @Test("Raising, paying out, clearing and relieving verbs set targets")
    func moreVerbs() {
        #expect(targets("全市筹集人才公寓3000套。").map(\.value) == [.number(3000)])
        #expect(targets("向困难家庭发放取暖补贴2万户。").count == 1)
        #expect(targets("集中整治120家散乱污作坊。").count == 1)
        #expect(targets("信访积案压降20%。").count == 1)
        #expect(targets("年内回笼资金5.6亿元。").count == 1)
        #expect(targets("力争为小微企业减负12亿元。").count == 1)
        #expect(targets("每个街道办好1所老年食堂。").count == 1)
        #expect(targets("失业人员再就业1200人。").count == 1)
        #expect(targets("回购价格按原价每年扣减2%计算。").count == 1)
        // A noun without such a verb states nothing: still no target.
        #expect(targets("全区有老年食堂12所。").isEmpty)
    }

    @Test("推动 and 支持 push a counted set in Arabic digits, not a numeral set of programmes")
    func progressVerbs() {
        #expect(targets("着力推动8个省级技术创新中心建设。").count == 1)
        #expect(targets("支持 4 所县级医院创建三级医院。").map(\.value) == [.number(4)])
        #expect(targets("推动三个层次协同发展。").isEmpty)
    }

    @Test("A month end after a month number dates a figure with the document's year")
    func monthEnd() {
        let a = dated("10月底前新开工保障房项目14个。", date: "2023-08-01")
        #expect(a.map(\.year) == [2023])
        let b = dated("十一月底完成改造老旧小区20个。", date: "2021-09-15")
        #expect(b.map(\.year) == [2021])
        // A written year wins; no month end, no year.
        #expect(dated("到2026年3月底,新建驿站30个。", date: "2023-08-01").first?.year == 2026)
        #expect(dated("新建驿站30个。", date: "2023-08-01").first?.year == nil)
        // A count of months before 底 is no month end: the figure takes no document year.
        #expect(dated("用3个月底数排查,新建驿站30个。", date: "2023-08-01").first?.year == nil)
    }

    @Test("A baseline year does not keep the paragraph's deadline from a later sentence")
    func baselineYear() {
        let ts = targets("到2028年,全省二氧化硫排放量较2020年下降10%。其中,东部各市排放量较2020年下降14%;西部各市排放量不超过2020年水平,中部各市与2020年相比下降8%。")
        #expect(ts.map(\.year) == [2028, 2028, 2028])
        // A year that dates its own sentence still stops the carry.
        let own = targets("到2028年,全省排放量下降10%。2026年,东部各市排放量下降6%。")
        #expect(own.map(\.year) == [2028, 2026])
    }

    @Test("年均 before a noun is an annual mean (dated by the deadline), before a verb a rate")
    func annualMean() {
        let a = targets("到2027年,全市细颗粒物浓度下降9%。其中,城区细颗粒物年均浓度下降12%。")
        #expect(a.map(\.year) == [2027, 2027])
        #expect(a.last?.rate == false)
        let b = targets("到2027年,全市细颗粒物浓度下降9%。农民收入年均增长7%。")
        #expect(b.last?.rate == true)
        #expect(b.last?.year == nil)
    }

    @Test("A short label closed by : before the deadline still lets the deadline head the paragraph")
    func labelLeadIn() {
        let ts = targets("主要指标:到2029年,森林覆盖率达到45%。其中,山区各县森林覆盖率达到60%。")
        #expect(ts.map(\.year) == [2029, 2029])
    }

    @Test("Counts per visit and works: 家次, 节次, 户次, 部; 零部件 and 八部门 are no amounts")
    func measureWords() {
        #expect(one("走访不少于3000家次企业")?.unit == "家次")
        #expect(one("观摩课不少于40节次")?.unit == "节次")
        #expect(one("入户宣传1200户次")?.unit == "户次")
        #expect(one("每年推出2—4部精品剧目")?.value == .range(2, 4))
        #expect(one("每年推出2—4部精品剧目")?.unit == "部")
        #expect(seen("发展汽车零部件产业").isEmpty)
        #expect(seen("人社部等六部门联合印发").isEmpty)
        #expect(one("办理时限压缩至3个工作日")?.unit == "个工作日")
        #expect(targets("组织不少于3000家次企业参加展会。").first?.unit == "家次")
        #expect(targets("全市加装电梯500部。").count == 1)
    }

    @Test("参与 and price moves set targets: 参与制定2—3项标准, 收费下调15%")
    func participationAndPrices() {
        #expect(targets("每年参与制定1—2项行业标准。").map(\.value) == [.range(1, 2)])
        #expect(targets("检测收费在现行标准基础上下调15%。").count == 1)
    }

    @Test("An age reached by a level verb is a target; an age that says who is not")
    func ageLevel() {
        #expect(targets("到2030年,全县人均预期寿命达到80.2岁。").map(\.value) == [.number(80.2)])
        #expect(targets("为65岁以上老年人免费体检。").isEmpty)
        // After a level verb too, an age that (with its bound) modifies a noun says who.
        #expect(targets("年龄达到62岁的职工可以申请。").isEmpty)
        #expect(targets("达到70岁以上的老人可以申请。").isEmpty)
        // A bound alone keeps the level.
        #expect(targets("到2030年,人均预期寿命达到81岁以上。").map(\.value) == [.number(81)])
    }

    @Test("A duration a term noun names is a target; a bare duration is not")
    func terms() {
        #expect(targets("本细则有效期5年。").map(\.value) == [.number(5)])
        #expect(targets("共有产权住房封闭持有期为8年。").count == 1)
        #expect(targets("补贴执行期限原则上为15年。").count == 1)
        #expect(targets("工作满3年的教师可以申请。").isEmpty)
    }

    @Test("A count per period is a quota; a vague batch per period is not")
    func perPeriod() {
        #expect(targets("落实每周3节劳动课。").map(\.value) == [.number(3)])
        #expect(targets("每学期每名教师上一节公开课。").map(\.value) == [.number(1)])
        #expect(targets("每年评选一批优秀案例。").isEmpty)
        // Without a period a lone 一 stays out.
        #expect(targets("撰写一篇调研报告。").isEmpty)
    }

    @Test("A goal word before the figure sets it: 力争2条街区列入省级示范")
    func goalWords() {
        #expect(targets("力争2条街区列入省级示范街区名单。").count == 1)
        #expect(targets("2条街区列入省级示范街区名单。").isEmpty)
    }

    @Test("A counted group after 为/对/向 that a target verb serves is a target")
    func beneficiary() {
        #expect(targets("为全市6000名残疾人提供康复服务。").map(\.value) == [.number(6000)])
        #expect(targets("对450户低收入家庭实施危房改造。").count == 1)
        // 为 inside a word (成为, 作为) is no coverb.
        #expect(targets("成为全市3个片区的中心。").isEmpty)
        // Nor at the edge of the rule's reach: 作为 six scalars before the figure.
        #expect(targets("作为城东新片区5个社区之一提供养老服务。").isEmpty)
    }

    @Test("只能 and 仅限 cap a figure (lte), a lone 一 included")
    func caps() {
        let a = targets("每户家庭只能购买一套共有产权住房。")
        #expect(a.map(\.comparator) == [.lte])
        #expect(targets("仅限申请1次。").first?.comparator == .lte)
    }

    @Test("A condition closed by 的 before the figure does not make it a threshold")
    func closedCondition() {
        #expect(targets("对中小企业的新增贷款给予不超过基准利率40%的贴息。").map(\.value) == [.number(40)])
        // Still a threshold: the figure is inside the condition.
        #expect(targets("对招收5名以上残疾学生的学校给予补助。").isEmpty)
    }

    @Test("Years named together are due at the last: 2026年和2027年")
    func coordinatedYears() {
        let t = targets("力争2026年和2027年每年新建绿道40公里。").first
        #expect(t?.year == 2027)
        let u = targets("2026年、2027年,分别建成驿站10个、12个。").first
        #expect((u?.yearEnd ?? u?.year) == 2027)
    }

    @Test("A place opening the clause before the year lets the year date it")
    func placeAndYear() {
        let t = targets("其中,南湖区2026年二氧化氮年均浓度较2020年下降12%。").first
        #expect(t?.year == 2026)
        // A year after a longer subject dates nothing by itself.
        #expect(targets("全区重点企业用水总量2026年下降12%。").first?.year == nil)
    }

    @Test("A figure inside a title in book marks is no target")
    func titles() {
        #expect(targets("认真落实《关于促进消费增长15条措施的通知》,新增消费券发放3亿元。").map(\.value) == [.number(3)])
    }

    @Test("A clause handing a document out counts its lists and sets nothing")
    func handingOut() {
        #expect(targets("现将《方案》中确定的12项重点任务进行分解。").isEmpty)
        #expect(targets("确定12项重点任务,新建驿站30个。").map(\.value) == [.number(30)])
        // The clause is read from its start, however far before the figure that is.
        let long = "现将" + String(repeating: "各区各部门报送的材料", count: 10) + "新建驿站30个的任务进行分解。"
        #expect(targets(long).isEmpty)
    }

    @Test("A level set anew (调整至) and a concentration written out (微克每立方米) are targets")
    func levelsAndConcentrations() {
        let a = targets("公积金贷款最高额度从50万元/户调整至60万元/户。")
        #expect(a.map(\.value) == [.number(60)])
        #expect(one("二氧化氮浓度控制在30微克每立方米以下")?.unit == "微克每立方米")
        #expect(targets("到2027年,二氧化氮浓度控制在30微克每立方米以下。").first?.year == 2027)
    }

    @Test("A Chinese-numeral count before a quotation mark names a slogan; slogans with counts are no amounts")
    func quotedNames() {
        #expect(targets("扎实抓好三个“重点小事”,新建口袋公园20个。").map(\.value) == [.number(20)])
        #expect(targets("推动“三站两场”交通秩序整治,新增停车泊位800个。").map(\.value) == [.number(800)])
        #expect(targets("每季度召开一次“大调度”会议。").count == 1)
        #expect(seen("保持两位数增长").isEmpty)
        #expect(seen("严格落实中央八项规定精神").isEmpty)
    }

    @Test("A year inside a cited title is no deadline")
    func titleYear() {
        let ts = targets("依据《病例报告规范(2019年版)》,新建哨点医院12家。")
        #expect(ts.map(\.year) == [nil])
        #expect(targets("到2026年,新建哨点医院12家。").first?.year == 2026)
    }
}
