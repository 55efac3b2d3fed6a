import Testing
@testable import DocParse

@Suite("Heading year with a blank before 年")
struct HeadingYearBlankTests {
    @Test("A PDF text layer's blank between the digits and 年 still gives the heading its year")
    func blankBeforeYearMark() {
        #expect(OutlineLookup.headingYear("三、2026 年主要工作安排") == 2026)
        #expect(OutlineLookup.headingYear("2026年主要工作安排") == 2026)
        // A span stays no single year, blank or not.
        #expect(OutlineLookup.headingYear("2025 年—2027年行动") == nil)
        // Two blanks are no longer one word.
        #expect(OutlineLookup.headingYear("编号 2026  年度") == nil)
    }
}
