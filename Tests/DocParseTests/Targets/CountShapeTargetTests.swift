import Testing
@testable import DocParse

/// Target rules for the count shapes of `CountShapeTests`: modifying enumeration nouns
/// (`重点`), scaled counts with their counter left out, days allowed.
@Suite("Targets: 重点 before a noun, scaled counts without a counter, days allowed")
struct CountShapeTargetTests {
    @Test("重点 before the noun it modifies counts things; at a phrase end it names an enumeration")
    func modifyingEnumerationNoun() {
        #expect(targets("每年选取2项重点课题开展攻关。").map(\.value) == [.number(2)])
        #expect(targets("力争打造3个重点商圈。").count == 1)
        #expect(targets("工作中要抓住两个重点。").isEmpty)
        #expect(targets("明确三个重点的推进路径。").isEmpty)
        // A second enumeration noun after 重点 keeps the enumeration (`五个重点任务`).
        #expect(targets("报告提出五个重点任务。").isEmpty)
        #expect(targets("确定四个重点领域。").isEmpty)
    }

    @Test("Digits ending in 万/亿 before a noun count it with the counter left out")
    func scaledCount() {
        let t = targets("力争带动 8 万农户增收致富。")
        #expect(t.map(\.value) == [.number(80000)])
        #expect(targets("全年新增15万城镇就业岗位。").count == 1)
        // A scale with nothing counted after it stays a bare number.
        #expect(targets("全区人口约30万。").isEmpty)
    }

    @Test("A count of days allowed is a target where the sentence sets it")
    func daysAllowed() {
        let t = targets("受理后应当在20日内办结。")
        #expect(t.map(\.value) == [.number(20)])
        #expect(t.first?.unit == "日")
        #expect(targets("会议定于10月20日内召开。").isEmpty)
    }

    @Test("A limit moved to the figure caps it: 压缩至, 缩短到, 放宽至, 延长至")
    func limitMoved() {
        let t = targets("企业开办时间压缩至1个工作日。")
        #expect(t.map(\.value) == [.number(1)])
        #expect(t.first?.comparator == .lte)
        #expect(targets("审批时限缩短到 5 天。").first?.comparator == .lte)
        #expect(targets("公积金贷款期限最长可延长至30年。").count == 1)
        #expect(targets("慢病长处方用药放宽至6个月。").count == 1)
        // A duration with no limit word stays out.
        #expect(targets("慢病长处方用药6个月。").isEmpty)
        #expect(targets("工作满3年的职工可以申请。").isEmpty)
    }

    @Test("超 glued to the figure bounds it (gt); the 超 of 超出 does not")
    func gluedExceed() {
        let t = targets("全年文旅消费总额超60亿元。")
        #expect(t.map(\.value) == [.number(60)])
        #expect(t.first?.comparator == .gt)
        #expect(targets("如工期超出18个月的,由业主另行审批。").isEmpty)
    }

    @Test("One for each holder a distributive word names is a quota; a lone 一 alone is not")
    func perHolder() {
        #expect(targets("每个乡镇建成一所标准化卫生院。").map(\.value) == [.number(1)])
        #expect(targets("确保每所学校配备一名心理健康教师。").count == 1)
        #expect(targets("建成一所标准化卫生院。").isEmpty)
        // A vague batch stays out even per holder.
        #expect(targets("每个社区培育一批志愿者。").isEmpty)
    }
}
