/// Classifies normalized text into tokens in one pass over its scalars.
///
/// Han runs are handed to ICU's word segmentation only when `words` is requested: most
/// rules work on characters and markers, and dictionary segmentation is the single most
/// expensive step of the pipeline (see BENCHMARKS.md), so it runs where a rule needs words.
///
/// A list marker is recognized only at the start of a line, numbers are read whole
/// (`1,200.5`, `2023年` as a year, `93%` and `百分之八十五` as percents), and numeral-only
/// words become `chineseNumeral` tokens. Token ranges are normalized
/// offsets.
///
/// ```swift
/// let t = Normalizer.normalize(SourceText("(一)到2025年达到93%"))
/// for token in Lexer.tokenize(t) { print(token.kind, t.string(token.range)) }
/// // listMarker (一)   cjkWord 到   year 2025年   cjkWord 达到   percent 93%
/// ```
public enum Lexer {
    /// Tokenizes a whole normalized text.
    ///
    /// - Parameters:
    ///   - t: The normalized text.
    ///   - words: Whether to split Han runs into words with ICU; false gives one
    ///     `cjkWord` per run and is much faster.
    /// - Returns: The tokens in order, covering every scalar.
    public static func tokenize(_ t: NormalizedText, words: Bool = true) -> [Token] {
        tokenize(t.text, range: 0..<t.text.count, words: words)
    }

    /// Tokenizes part of a scalar array.
    ///
    /// A marker is recognized at `range.lowerBound` and after each line break, so pass a
    /// range that starts at a line start when markers matter.
    ///
    /// - Parameters:
    ///   - text: Normalized scalars (the lexer relies on width folding: it sees `%`, not `％`).
    ///   - range: The offsets to tokenize.
    ///   - words: Whether to split Han runs into words with ICU.
    /// - Returns: The tokens in order; their ranges are offsets into `text`.
    public static func tokenize(_ text: [Unicode.Scalar], range: Range<Int>, words: Bool = true) -> [Token] {
        var tokens: [Token] = []
        let breaker = words ? WordBreaker() : nil
        var i = range.lowerBound
        let end = range.upperBound
        var lineStart = true
        while i < end {
            let c = text[i]
            let v = c.value
            if v == 0x0A {
                tokens.append(Token(kind: .newline, range: i..<(i + 1)))
                i += 1
                lineStart = true
                continue
            }
            if v == 0x20 {
                var j = i + 1
                while j < end, text[j] == " " { j += 1 }
                tokens.append(Token(kind: .space, range: i..<j))
                i = j
                continue
            }
            if lineStart, let m = MarkerLexer.match(text, at: i, end: end) {
                tokens.append(Token(kind: .listMarker, range: i..<m))
                i = m
                lineStart = false
                continue
            }
            lineStart = false
            if CharClass.isDigit(v) {
                var j = i
                while j < end, CharClass.isDigit(text[j].value) || ((text[j] == "." || text[j] == ",") && j + 1 < end && CharClass.isDigit(text[j + 1].value) && j > i) {
                    j += 1
                }
                if j - i == 4, j < end, text[j] == ScaleWords.yearMark, !text[i..<j].contains(".") , !text[i..<j].contains(",") {
                    tokens.append(Token(kind: .year, range: i..<(j + 1)))
                    i = j + 1
                    continue
                }
                if j < end, text[j] == "%" {
                    tokens.append(Token(kind: .percent, range: i..<(j + 1)))
                    i = j + 1
                    continue
                }
                tokens.append(Token(kind: .arabicNumber, range: i..<j))
                i = j
                continue
            }
            if isPercentWord(text, i, end) {
                // 百分之八十五
                var j = i + 3
                while j < end, CharClass.isChineseNumeral(text[j].value) || (text[j] == ScaleWords.decimalPoint && j + 1 < end && CharClass.isChineseNumeral(text[j + 1].value)) { j += 1 }
                tokens.append(Token(kind: .percent, range: i..<j))
                i = j
                continue
            }
            if CharClass.isHan(v) {
                var j = i + 1
                while j < end, CharClass.isHan(text[j].value), !isPercentWord(text, j, end) { j += 1 }
                let first = tokens.count
                if let b = breaker {
                    let bounds = b.boundaries(in: text, range: i..<j)
                    for k in 1..<bounds.count where bounds[k] > bounds[k - 1] {
                        tokens.append(Token(kind: .cjkWord, range: bounds[k - 1]..<bounds[k]))
                    }
                } else {
                    tokens.append(Token(kind: .cjkWord, range: i..<j))
                }
                markNumerals(text, &tokens, from: first)
                i = j
                continue
            }
            if CharClass.isLatin(v) {
                var j = i
                while j < end, CharClass.isLatin(text[j].value) { j += 1 }
                tokens.append(Token(kind: .latinWord, range: i..<j))
                i = j
                continue
            }
            tokens.append(Token(kind: CharClass.isPunctuation(v) ? .punctuation : .other, range: i..<(i + 1)))
            i += 1
        }
        return tokens
    }
}

extension Lexer {
    static let percentWord = Array(ScaleWords.percentWord.unicodeScalars)

    @inline(__always)
    static func isPercentWord(_ text: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        i + 3 < end && WordMatch.at(text, i, end, percentWord) && CharClass.isChineseNumeral(text[i + 3].value)
    }

    /// Words made only of numeral characters become `chineseNumeral` tokens, and adjacent
    /// ones merge (ICU may cut `三千五百万` into `三千` `五百万`). `一` inside `统一` stays a word.
    static func markNumerals(_ text: [Unicode.Scalar], _ tokens: inout [Token], from first: Int) {
        var k = first
        var w = first
        while k < tokens.count {
            var t = tokens[k]
            if text[t.range].allSatisfy({ CharClass.isChineseNumeral($0.value) || $0 == ScaleWords.decimalPoint }) && CharClass.isChineseNumeral(text[t.range.lowerBound].value) {
                t.kind = .chineseNumeral
                if w > first, tokens[w - 1].kind == .chineseNumeral, tokens[w - 1].range.upperBound == t.range.lowerBound {
                    tokens[w - 1].range = tokens[w - 1].range.lowerBound..<t.range.upperBound
                    k += 1
                    continue
                }
            }
            tokens[w] = t
            w += 1
            k += 1
        }
        tokens.removeLast(tokens.count - w)
    }
}
