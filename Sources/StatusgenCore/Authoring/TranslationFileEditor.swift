import StatusgenModel

/// Adds an update's translated text to `incidents/ID.LOCALE.md` for `new`, `update` and `resolve`: appended
/// under the same heading as the original's update, every other byte of the file as written, or in a new
/// file that starts with the original's title for the translator to replace.
public struct TranslationFileEditor: Sendable {
    /// The translation's path, for messages: `incidents/ID.LOCALE.md`.
    public let path: String
    private let id: String
    private let locale: String

    /// The editor of the translation of incident `id` into `locale`.
    public init(id: String, locale: String) {
        self.id = id
        self.locale = locale
        path = SiteLayout.translationPath(id, locale: locale)
    }

    /// The translation's text with `update` added: appended to `text`, the file as it is, or as a new file
    /// titled `title` when `text` is `nil`. Refuses a file that does not read as a translation, an update
    /// older than the file's newest, and a message that would start or swallow another section.
    public func apply(_ update: UpdateDraft, to text: String?, title: String) throws(DiagnosticList) -> String {
        try UpdateSection.checkMessage(update.message, path: path)
        let edited: String
        let before: [IncidentUpdate]
        if let text {
            before = try read(text).updates
            try UpdateSection.checkAppendable(update, to: text, after: before.last, path: path)
            var lines = TextLines(text)
            UpdateSection.append(update, to: &lines)
            edited = lines.text
        } else {
            before = []
            edited = "---\ntitle: \(YAMLScalar.write(title))\n---\n" + UpdateSection.text(for: update, lineEnd: "\n")
        }
        let after: [IncidentUpdate]
        do {
            after = try read(edited).updates
        } catch {
            throw UpdateSection.notWritten(error, path: path)
        }
        guard after.count == before.count + 1, after.last?.time == update.time, after.last?.status == update.status
        else { throw UpdateSection.startsAnotherSection(path: path) }
        return edited
    }

    private func read(_ text: String) throws(DiagnosticList) -> IncidentTranslation {
        try TranslationParser().parse(path: path, text: text, id: id, locale: locale).translation
    }
}
