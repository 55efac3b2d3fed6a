import Testing
@testable import DocParse

@Suite("The shared last-key-at-most search")
struct StartOffsetsTests {
    @Test("lastIndexIfAny agrees with a scan from the end, nil before the first key")
    func againstScan() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            var keys: [Int] = []
            var k = Int.random(in: -3...3, using: &rng)
            for _ in 0..<Int.random(in: 0...12, using: &rng) {
                keys.append(k)
                k += Int.random(in: 0...3, using: &rng) // equal keys too
            }
            for x in -5...(k + 2) {
                let expected = keys.lastIndex { $0 <= x }
                #expect(keys.lastIndexIfAny(keyAtMost: x) { $0 } == expected, "\(keys) at \(x)")
            }
        }
    }
}
