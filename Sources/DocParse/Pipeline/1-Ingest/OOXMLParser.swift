import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX pass over one Office Open XML part (FoundationXML's `XMLParser`, libxml2 inside):
/// element names without their namespace prefix (`w:p` → `p`), attributes likewise.
/// Streaming keeps memory flat on large sheets, and every reader here needs one pass only.
final class OOXMLParser: NSObject, XMLParserDelegate {
    typealias Start = (_ name: String, _ attributes: [String: String]) -> Void
    typealias End = (_ name: String) -> Void
    typealias Text = (_ text: String) -> Void

    private let onStart: Start
    private let onEnd: End
    private let onText: Text

    private init(start: @escaping Start, end: @escaping End, text: @escaping Text) {
        onStart = start
        onEnd = end
        onText = text
    }

    /// Parses `bytes`; throws a description of the first XML error.
    static func parse(_ bytes: [UInt8], start: @escaping Start, end: @escaping End, text: @escaping Text) throws(ParseFailure) {
        // Office writes its parts in UTF-8. Bytes that are not UTF-8 are refused here: FoundationXML
        // traps on element names holding invalid UTF-8 (found by the fuzzer) instead of reporting them.
        if !(bytes.count >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)),
           let bad = UTF8Validator.validate(bytes).firstError {
            throw ParseFailure(message: "not UTF-8 at byte \(bad.offset)")
        }
        let delegate = OOXMLParser(start: start, end: end, text: text)
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        if !parser.parse() {
            let e = parser.parserError.map { "\($0.localizedDescription)" } ?? "malformed XML"
            throw ParseFailure(message: "\(e) at line \(parser.lineNumber)")
        }
    }

    struct ParseFailure: Error { var message: String }

    /// The message of a parse failure, for error details.
    static func describe(_ error: any Error) -> String {
        (error as? ParseFailure)?.message ?? "\(error)"
    }

    static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attrs: [String: String] = [:]
        for (k, v) in attributeDict { attrs[Self.local(k)] = v }
        onStart(Self.local(elementName), attrs)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        onEnd(Self.local(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { onText(string) }
}
