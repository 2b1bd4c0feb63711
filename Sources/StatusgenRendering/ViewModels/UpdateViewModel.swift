import Mustache
import StatusgenModel

/// One update of an incident or maintenance.
final class UpdateViewModel: Sendable {
    /// The element id, stable across builds: "update-20261124T105200Z".
    let anchor: String
    /// The status word as written: "Identified", or "Update" for a note.
    let statusText: String
    let time: TimeViewModel
    /// The body as rendered by cmark-gfm, inserted as is.
    let bodyHTML: String
    /// On a page in another language, the note under an update shown in the original because it has no
    /// translation: "Not yet translated; shown in English."; `nil` otherwise.
    let untranslatedNote: String?
    /// The code of the language the body is in when it is not the page's: the default language's, for an
    /// update shown untranslated; `nil` otherwise.
    let originalLanguage: String?
    /// The direction that language is written in, `ltr` or `rtl`, with `originalLanguage`.
    let originalDirection: String?

    init(_ update: TimelineUpdate, _ context: RenderingContext) {
        anchor = update.anchor
        statusText = update.update.status.words(context.strings)
        time = context.timeViewModel(update.update.time)
        bodyHTML = update.update.bodyHTML
        untranslatedNote =
            update.isUntranslated
            ? context.strings.text("untranslated_note", ["language": context.languages[0].name]) : nil
        originalLanguage = update.isUntranslated ? context.languages[0].code : nil
        originalDirection = update.isUntranslated ? context.languages[0].direction : nil
    }
}

extension UpdateViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "anchor": return self.anchor
        case "statusText": return self.statusText
        case "time": return self.time
        case "bodyHTML": return self.bodyHTML
        case "untranslatedNote": return self.untranslatedNote
        case "originalLanguage": return self.originalLanguage
        case "originalDirection": return self.originalDirection
        default: return nil
        }
    }
}
