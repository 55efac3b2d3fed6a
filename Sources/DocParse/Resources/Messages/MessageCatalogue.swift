/// The language staff-facing text is rendered in: findings, diagnostics, diff labels, pages.
///
/// Codes (`numbering.gap`, `warning`, `implementationPlan`) are the same in every language;
/// only the words for people change.
public enum Language: String, Sendable, CaseIterable {
    /// Simplified Chinese, the language of the people who write the drafts.
    case zh
    /// English.
    case en

    /// The language a locale string names (`zh_CN.UTF-8`, `en_US`, `zh-Hans`), or nil for a
    /// locale that names neither (`C`, `POSIX`, empty).
    public init?(locale: String) {
        let l = locale.lowercased()
        if l.hasPrefix("zh") { self = .zh } else if l.hasPrefix("en") { self = .en } else { return nil }
    }
}

/// One message for a person, kept as a catalogue key and its arguments, rendered in either
/// language when shown.
///
/// Rules build these instead of sentences, so that the words live in one data file
/// (`Resources/Messages/messages.json`) and a rule never holds a language's text.
///
/// ```swift
/// let m = Message("numbering.duplicate", ["ordinal": "2", "marker": "二、"])
/// m.text(.zh)   // 编号 2（「二、」）连续用了两次
/// ```
public struct Message: Sendable, Equatable {
    /// The catalogue key (a finding or diagnostic code, or a more specific key under it).
    public var key: String
    /// The named arguments its placeholders take.
    public var args: [String: String]

    /// Creates a message.
    ///
    /// - Parameters:
    ///   - key: A key of the catalogue.
    ///   - args: Values for the template's `{name}` placeholders.
    public init(_ key: String, _ args: [String: String] = [:]) {
        self.key = key
        self.args = args
    }

    /// The message in a language.
    public func text(_ lang: Language) -> String { MessageCatalogue.render(key, args, lang) }
}

/// The message catalogue: every finding, diagnostic, diff and page label in zh-Hans and en,
/// keyed by stable codes, with `{name}` placeholders.
///
/// The data is `Resources/Messages/messages.json`, embedded by `scripts/gen-messages` as
/// `Messages+Generated.swift` (a generated table rather than a resource bundle, so every
/// binary carries it wherever it is installed). `MessageCatalogueTests` checks the two agree
/// and that every code a rule or stage emits has both languages.
public enum MessageCatalogue {
    static let table: [String: (zh: String, en: String)] = {
        var t: [String: (zh: String, en: String)] = [:]
        for e in entries { t[e.key] = (e.zh, e.en) }
        return t
    }()

    /// Whether the catalogue has an entry for `key`.
    public static func has(_ key: String) -> Bool { table[key] != nil }

    /// Every key, in catalogue order.
    public static var keys: [String] { entries.map(\.key) }

    /// The template of a key in a language, or nil when the key is unknown.
    public static func template(_ key: String, _ lang: Language) -> String? {
        table[key].map { lang == .zh ? $0.zh : $0.en }
    }

    /// A label: the entry's text in a language, or the key itself when there is none (so an
    /// unexpected code still shows as something).
    public static func label(_ key: String, _ lang: Language) -> String {
        template(key, lang).map { fill($0, [:], lang) } ?? key
    }

    /// The label of a value under a prefix (`docType.` + `implementationPlan` → 实施方案), or
    /// the value itself when the catalogue has no such label.
    public static func label(_ prefix: String, value: String, _ lang: Language) -> String {
        template(prefix + value, lang) == nil ? value : label(prefix + value, lang)
    }

    /// Renders a key with arguments. A key the catalogue lacks renders as the key and its
    /// arguments, so nothing is silently lost.
    public static func render(_ key: String, _ args: [String: String], _ lang: Language) -> String {
        guard let t = template(key, lang) else {
            return args.isEmpty ? key : key + " " + args.keys.sorted().map { "\($0)=\(args[$0]!)" }.joined(separator: " ")
        }
        return fill(t, args, lang)
    }

    /// Fills a template: `{name}` takes the argument, `{name@prefix}` the label whose key is
    /// the prefix followed by the argument (`{cmp@comparator.}` with `cmp` = `gte` → 不低于).
    /// An argument that is missing leaves the placeholder's name in braces. One pass over the
    /// template's scalars.
    static func fill(_ template: String, _ args: [String: String], _ lang: Language) -> String {
        var out = ""
        var i = template.unicodeScalars.startIndex
        let s = template.unicodeScalars
        while i < s.endIndex {
            let c = s[i]
            if c == "{", let close = s[i...].firstIndex(of: "}") {
                let inner = String(s[s.index(after: i)..<close])
                let parts = inner.split(separator: "@", maxSplits: 1).map(String.init)
                if let name = parts.first, let value = args[name] {
                    out += parts.count == 2 ? label(parts[1], value: value, lang) : value
                } else {
                    out += "{" + inner + "}"
                }
                i = s.index(after: close)
            } else {
                out.unicodeScalars.append(c)
                i = s.index(after: i)
            }
        }
        return out
    }

    /// The placeholder names of a template (the part before any `@`).
    static func placeholders(_ template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let inner = rest[rest.index(after: open)..<close]
            names.insert(String(inner.split(separator: "@", maxSplits: 1).first ?? ""))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
