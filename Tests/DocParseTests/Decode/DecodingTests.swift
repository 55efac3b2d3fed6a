import Testing
@testable import DocParse

@Suite("Decoding bytes to text")
struct DecodingTests {
    /// Traditional text (Big5 cannot encode simplified-only characters), long enough for
    /// ICU's statistical detector to tell Big5 from GB18030.
    static let traditional = """
    臺北市交通運輸發展三年行動計劃(2024—2026年)
    一、總體要求
    為貫徹落實國家綜合立體交通網規劃綱要,進一步提升城市公共交通服務水準,結合本市實際,制定本計劃。
    (一)優化公交線網。到2026年,中心城區公交站點五百米覆蓋率達到百分之九十五以上,新增公交專用道30公里。
    (二)推進綠色出行。新能源公交車佔比不低於90%,綠色出行比例達到75%左右。
    二、保障措施
    各區政府要加強組織領導,交通運輸局負責統籌協調,財政局配合做好經費保障。
    """

    static let simplified = """
    汉中市提高教育质量三年行动计划(2023—2025年)
    一、总体要求
    为贯彻落实国家关于深化教育教学改革的意见,进一步提高全市中小学校教育质量,结合本市实际,制定本计划。
    (一)推进党建创优行动。到2025年,全市普惠性幼儿园覆盖率达到百分之九十以上,新增学位3000个。
    二、保障措施
    各县区要加强组织领导,市教育局负责统筹协调,市财政局配合做好经费保障。
    """

    func decode(_ bytes: [UInt8], encoding: String? = nil, lenient: Bool = false) throws -> DecodedText {
        try TextDecoder.decode(bytes, forcedEncoding: encoding, lenient: lenient)
    }

    func string(_ d: DecodedText) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: d.scalars)
        return String(v)
    }

    @Test("The same text as GB18030, Big5, UTF-16 LE/BE with BOM and UTF-8 with BOM decodes to the same text")
    func sameTextInEveryEncoding() throws {
        let text = Self.traditional
        let gb = try #require(TextEncoder.encode(text, charset: "GB18030"))
        let big5 = try #require(TextEncoder.encode(text, charset: "Big5"))
        let le = [0xFF, 0xFE] + (try #require(TextEncoder.encode(text, charset: "UTF-16LE")))
        let be = [0xFE, 0xFF] + (try #require(TextEncoder.encode(text, charset: "UTF-16BE")))
        let u8bom = [0xEF, 0xBB, 0xBF] + Array(text.utf8)

        let cases: [(String, [UInt8], String, Bool)] = [
            ("GB18030", gb, "GB18030", true),
            ("Big5", big5, "Big5", true),
            ("UTF-16LE", le, "UTF-16LE", false),
            ("UTF-16BE", be, "UTF-16BE", false),
            ("UTF-8 BOM", u8bom, "UTF-8", false),
            ("UTF-8", Array(text.utf8), "UTF-8", true),
        ]
        for (label, bytes, encoding, detected) in cases {
            let d = try decode(bytes)
            #expect(string(d) == text, "\(label) decoded to different text")
            #expect(d.encoding == encoding, "\(label) detected as \(d.encoding)")
            #expect(d.detected == detected, "\(label) detected flag")
        }
    }

    @Test("Simplified text in GB18030 is detected as GB18030")
    func gbkSimplified() throws {
        let gb = try #require(TextEncoder.encode(Self.simplified, charset: "GB18030"))
        let d = try decode(gb)
        #expect(d.encoding == "GB18030")
        #expect(string(d) == Self.simplified)
    }

    @Test("--encoding forces a charset, by ICU alias")
    func forcedEncoding() throws {
        let gb = try #require(TextEncoder.encode(Self.simplified, charset: "GB18030"))
        let d = try decode(gb, encoding: "GBK")
        #expect(d.encoding == "GB18030")
        #expect(d.detected == false)
        #expect(string(d) == Self.simplified)
        #expect(throws: DecodeError.unknownEncoding("NO-SUCH-CHARSET")) { try decode(gb, encoding: "NO-SUCH-CHARSET") }
    }

    @Test("Invalid UTF-8 inside UTF-8 text names the byte offset; --lenient replaces and counts")
    func invalidUTF8() throws {
        let head = Array("一、总体要求。为贯彻落实国家规划,制定本计划。".utf8)
        let bytes = head + [0xC3, 0x28] + Array("二、保障措施".utf8)
        #expect(throws: DecodeError.invalidBytes(encoding: "UTF-8", offset: head.count, length: 1)) { try decode(bytes) }
        let d = try decode(bytes, lenient: true)
        #expect(d.replacedCount == 1)
        #expect(d.replacedByteOffsets == [head.count])
        #expect(string(d).contains("\u{FFFD}(二、保障措施"))
    }

    @Test("Mixed encodings: a GBK paragraph inside UTF-8 is reported at its offset, not re-read as GBK")
    func mixedEncoding() throws {
        let utf8 = Array(Self.simplified.utf8)
        let gb = try #require(TextEncoder.encode("新增学位", charset: "GB18030"))
        let bytes = utf8 + gb
        #expect(throws: DecodeError.invalidBytes(encoding: "UTF-8", offset: utf8.count, length: 1)) { try decode(bytes) }
    }

    @Test("Invalid bytes in a forced legacy encoding name the offset")
    func invalidBig5() throws {
        var big5 = try #require(TextEncoder.encode(Self.traditional, charset: "Big5"))
        big5.insert(contentsOf: [0xA4, 0x7F], at: 10) // 0x7F is never a Big5 trail byte
        #expect(throws: DecodeError.invalidBytes(encoding: "Big5", offset: 10, length: 1)) { try decode(big5, encoding: "Big5") }
        let d = try decode(big5, encoding: "Big5", lenient: true)
        #expect(d.replacedCount == 1)
    }

    @Test("UTF-16 with a lone surrogate is an error at its offset")
    func loneSurrogate() throws {
        // BOM, 'A', a lone high surrogate, 'B' (little-endian).
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        #expect(throws: DecodeError.self) { try decode(bytes) }
        do {
            _ = try decode(bytes)
        } catch let DecodeError.invalidBytes(encoding, offset, _) {
            #expect(encoding == "UTF-16LE")
            #expect(offset >= 4 && offset <= 6)
        }
        let d = try decode(bytes, lenient: true)
        #expect(d.replacedCount >= 1)
    }

    @Test("Empty and binary inputs are refused with their own errors")
    func emptyAndBinary() throws {
        #expect(throws: DecodeError.empty) { try decode([]) }
        // A byte order mark alone is an empty file as well.
        for bom: [UInt8] in [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]] {
            #expect(throws: DecodeError.empty) { try decode(bom) }
        }
        #expect(throws: DecodeError.binary(offset: 3)) { try decode([0x41, 0x42, 0x43, 0x00, 0x44]) }
        var rng = SplitMix64(seed: 42)
        for _ in 0..<20 {
            let bytes = (0..<512).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            do {
                let d = try decode(bytes)
                Issue.record("random bytes decoded as \(d.encoding)")
            } catch let e as DecodeError {
                #expect(["binary-input", "undetectable-encoding", "invalid-bytes"].contains(e.code))
            }
        }
    }

    @Test("A BOM is not part of the text, and spans count scalars after it")
    func bomDropped() throws {
        let d = try decode([0xEF, 0xBB, 0xBF] + Array("一、总体".utf8))
        #expect(d.scalars.first == "一")
    }
}
