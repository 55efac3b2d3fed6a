import ArgumentParser
import DocParse
import Foundation

extension Language: ExpressibleByArgument {}

/// `--lang zh|en` for the commands whose output is read by staff (`check`, `diff`, `report`).
///
/// Without the option the locale decides (`LC_ALL`, then `LC_MESSAGES`, then `LANG`: a `zh…`
/// locale gives Chinese, an `en…` one English); when the locale names neither language (`C`,
/// `POSIX`, unset, as on most servers and CI machines) the output is Chinese, the language of
/// the people who write the drafts.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Language of messages and labels: zh or en (default: from the locale, else zh). Codes stay English.",
        valueName: "zh|en"))
    var lang: Language?

    var resolved: Language { lang ?? Self.fromLocale(ProcessInfo.processInfo.environment) }

    static func fromLocale(_ env: [String: String]) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let v = env[key], !v.isEmpty else { continue }
            // The first variable that is set decides, as in POSIX; one naming neither language means Chinese.
            return Language(locale: v) ?? .zh
        }
        return .zh
    }
}
