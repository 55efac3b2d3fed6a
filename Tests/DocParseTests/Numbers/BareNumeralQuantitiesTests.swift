import Testing
@testable import DocParse

/// `parsecli quantities` shows every number the recognizer reads; the target stage keeps its
/// stricter reading.
@Suite("Bare numerals in quantities")
struct BareNumeralQuantitiesTests {
    @Test("The CLI shows unitless Chinese numerals as numbers with no unit")
    func cliShowsBareNumerals() throws {
        let r = try CLIRunner.run(["quantities", "--format", "table", "--text=共有九百零五人,另有六千零七"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("九百零五人\t905\t人"))
        #expect(r.stdout.contains("六千零七\t6007\t-"))
    }

    @Test("Plan names and enumerators are no numbers, in either scope")
    func planNamesAndEnumerators() {
        for mode in [QuantityRecognizer.Mode.lenient, .document] {
            #expect(QuantityRecognizer.quantities(in: "“十三五”期间,一是统一标准", mode: mode).isEmpty)
        }
    }

    @Test("The target stage ignores a bare numeral that quantities shows")
    func targetsKeepTheirFilter() {
        #expect(QuantityRecognizer.quantities(in: "建成三千", mode: .lenient).count == 1)
        #expect(QuantityRecognizer.quantities(in: "建成三千", mode: .document).isEmpty)
    }
}
