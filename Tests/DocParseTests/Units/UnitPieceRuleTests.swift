import Testing
@testable import DocParse

/// The piece rules of `UnitListSplitter.split`, one at a time: which rule takes each piece of
/// a written list, in the order `UnitPieceRule.all` tries them.
@Suite("Unit-list piece rules")
struct UnitPieceRuleTests {
    /// The rule that took each piece, as the splitter runs them.
    static func rules(_ s: String, strict: Bool = false) -> [UnitPieceRule]? {
        let text = Normalizer.normalize(SourceText(s))
        let (pieces, _, _) = UnitListSplitter.cut(text, 0..<text.count, strict: strict)
        var split = UnitPieceRule.Split(text: text, pieces: pieces, sharedRuns: CollectiveNames.sharedOrganRuns(text.text, pieces),
                                        strict: strict, anchor: 0)
        var taken: [UnitPieceRule] = []
        var k = 0
        while k < pieces.count {
            guard let (rule, outcome) = UnitPieceRule.all.lazy.compactMap({ r in r.apply(&split, k).map { (r, $0) } }).first else {
                Issue.record("no rule took piece \(k) of \(s)")
                return nil
            }
            switch outcome {
            case .taken(let next):
                taken.append(rule)
                k = next
            case .notAList:
                return nil
            }
        }
        return taken
    }

    @Test("The list holds every rule once, and each name is unique")
    func registry() {
        #expect(Set(UnitPieceRule.all) == Set(UnitPieceRule.allCases))
        #expect(UnitPieceRule.all.count == UnitPieceRule.allCases.count)
        #expect(Set(UnitPieceRule.all.map(\.rawValue)).count == UnitPieceRule.all.count)
        // The one rule that takes any piece comes last.
        #expect(UnitPieceRule.all.last == .name)
    }

    @Test("Each shape is taken by its own rule")
    func shapes() {
        // Plain names, one per piece.
        #expect(Self.rules("区水务局、区林业局") == [.name, .name])
        // A bare organ after a unit with a place: it borrows the place.
        #expect(Self.rules("各乡镇党委、政府") == [.name, .repeatedPlace])
        // Several organs run together after one place.
        #expect(Self.rules("各乡镇党委政府") == [.organRun])
        // Pieces without an ending share the generic ending of the last one, which is then a
        // name of its own.
        #expect(Self.rules("人事、审计、统计部门") == [.sharedEnding, .name])
        // The qualifier repeats; its owner comes from the unit before.
        #expect(Self.rules("区政府有关部门、有关直属单位") == [.name, .repeatedQualifier])
    }

    @Test("Strict lists: a piece that is no name makes the whole clause no list")
    func strictLists() {
        #expect(Self.rules("区水务局、区林业局", strict: true) == [.name, .name])
        #expect(Self.rules("按季度报送", strict: true) == nil)
        #expect(UnitListSplitter.split(Normalizer.normalize(SourceText("按季度报送")), 0..<5, strict: true) == nil)
    }

    @Test("The rules give the names the splitter gives")
    func sameAsSplitter() throws {
        let text = Normalizer.normalize(SourceText("各乡镇党委、政府,人事、审计部门"))
        let units = try #require(UnitListSplitter.split(text, 0..<text.count, strict: false))
        #expect(units.map(\.name) == ["各乡镇党委", "各乡镇政府", "人事部门", "审计部门"])
        #expect(units[1].expandedFrom == "各乡镇党委、政府")
    }
}
