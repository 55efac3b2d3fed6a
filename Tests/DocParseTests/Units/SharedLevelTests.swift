import Testing
@testable import DocParse

/// Rule `shared organ` with places written without their level: a short place name before a
/// named place with a level and an organ borrows both; 州 after one character is part of a
/// city's name, not the level of an autonomous prefecture.
@Suite("Units: places that borrow the level and organ of the place after them")
struct SharedLevelTests {
    @Test("A bare place name before a named city, county or province borrows its level and organ")
    func bareNames() {
        #expect(split("杭州、宁波市政府")?.map(\.name) == ["杭州市政府", "宁波市政府"])
        #expect(split("福州、厦门、泉州市人民政府")?.map(\.name) == ["福州市人民政府", "厦门市人民政府", "泉州市人民政府"])
        #expect(split("江西、湖南省政府")?.map(\.name) == ["江西省政府", "湖南省政府"])
        #expect(split("沛县、丰县政府")?.map(\.name) == ["沛县政府", "丰县政府"])
        // Each span stays on its own piece.
        let units = split("苏州、无锡市政府") ?? []
        #expect(units.map(\.text) == ["苏州", "无锡市政府"])
    }

    @Test("A prefecture named with two characters or more keeps 州 as its level")
    func prefectures() {
        #expect(split("恩施州、宜昌市人民政府")?.map(\.name) == ["恩施州人民政府", "宜昌市人民政府"])
        #expect(split("湘西州、怀化市党委和政府")?.map(\.name) == ["湘西州党委", "湘西州政府", "怀化市党委", "怀化市政府"])
        // A bare level after an opener is still a level.
        #expect(CollectiveNames.isPlace(Normalizer.normalize(SourceText("各州")).text, 0..<2))
        #expect(!CollectiveNames.isPlace(Normalizer.normalize(SourceText("兰州")).text, 0..<2))
    }

    @Test("No level is lent across a district, a level with no name, or a department")
    func notLent() {
        // A department written short before a development zone is no place.
        #expect(split("财政、高新区管委会")?.map(\.name).contains("财政区管委会") == false)
        // The last place has no name of its own before its level.
        #expect(split("教育、市政府")?.map(\.name).contains("教育市政府") == false)
        // Departments that merely share an ending are untouched.
        #expect(split("市教育局、市人社局")?.map(\.name) == ["市教育局", "市人社局"])
    }
}
