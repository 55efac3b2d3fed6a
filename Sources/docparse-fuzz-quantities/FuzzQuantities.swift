import DocParse
import DocParseFuzzSupport

/// libFuzzer entry: the quantity recognizer and the Chinese numeral reader on arbitrary
/// text (the bytes read as UTF-8 with repair, so every input reaches the recognizer). Every
/// mention's span must lie in the text and cut out exactly the mention's text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQuantities(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = SourceText(text)
    let norm = Normalizer.normalize(source)
    var diagnostics: [Diagnostic] = []
    // Every mode: the target stage's, and the two `parsecli quantities` scopes.
    for mode in [QuantityRecognizer.Mode.document, .lenient, .numerals] {
    for q in QuantityRecognizer.quantities(in: norm, mode: mode, diagnostics: &diagnostics) {
        precondition(q.span.start >= 0 && q.span.start <= q.span.end && q.span.end <= source.count, "span out of bounds")
        precondition(source.string(q.span.start..<q.span.end) == q.text, "span does not cut out the mention")
        switch q.value {
        case .number(let v): precondition(!v.isNaN, "NaN value")
        case .range(let a, let b): precondition(!a.isNaN && !b.isNaN, "NaN range")
        }
        precondition(mode == .numerals || q.role == .quantity, "a number that is no quantity outside --scope numerals")
    }
    }
    _ = ChineseNumeral.value(text)
    return 0
}

/// See docparse-fuzz-parse: libFuzzer's driver with `-DFUZZING`, a replay tool otherwise.
@main
struct FuzzQuantitiesMain {
    static func main() {
        #if FUZZING
        FuzzDriver.run { fuzzQuantities($0, $1) }
        #else
        FuzzReplay.run(fuzzQuantities)
        #endif
    }
}
