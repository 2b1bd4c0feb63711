import Mustache
import StatusgenModel

/// The language of a text shown in the original on a page in another language, for its `lang` and `dir`
/// attributes: `<h1{{#titleLanguage}} lang="{{code}}" dir="{{direction}}"{{/titleLanguage}}>`.
final class OriginalLanguageViewModel: Sendable {
    /// The default language's code: "en".
    let code: String
    /// The direction it is written in: `ltr` or `rtl`.
    let direction: String

    /// The default language of `context` when `part` of `item` is shown untranslated; `nil` otherwise.
    static func of(_ part: UntranslatedParts, in item: TimelineIncident, _ context: RenderingContext)
        -> OriginalLanguageViewModel?
    {
        guard item.untranslated.contains(part) else { return nil }
        return OriginalLanguageViewModel(code: context.languages[0].code, direction: context.languages[0].direction)
    }

    init(code: String, direction: String) {
        self.code = code
        self.direction = direction
    }
}

extension OriginalLanguageViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "code": return self.code
        case "direction": return self.direction
        default: return nil
        }
    }
}
