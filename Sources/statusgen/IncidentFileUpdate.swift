import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel

/// Adds one update to an existing incident file: the shared work of `statusgen update` and `statusgen resolve`.
struct IncidentFileUpdate {
    let options: AuthoringOptions
    /// The incident's id as typed; `incidents/ID.md` and `ID.md` are accepted too.
    let id: String

    /// What the update says, decided once the file's kind and state are known.
    struct Change {
        var status: UpdateStatus
        var components: [AffectedComponent]
        var message: String
        /// The message's translations, each added to `incidents/ID.LOCALE.md`.
        var translations: [(locale: String, text: String)] = []
    }

    /// Reads the file, asks `change` for the update given the incident as it stands and the site's
    /// settings, and writes the result: the incident file, then each translation's.
    func run(_ change: (Incident, SiteConfig) throws -> Change) async throws {
        let started = ContinuousClock.now
        let reporter = DiagnosticReporter()
        let (config, now, skipped) = try reporter.exitingOnFailure {
            let config = try SiteLoader(root: options.sourceURL).loadSettings().config
            try options.checkPublishing(config)
            let now = try options.moment()
            let id = Self.normalised(id)
            // A path elsewhere ("../other-site/incidents/x") would edit a file of another site.
            guard !id.contains("/") else {
                throw CommandFailure("no incident '\(self.id)' in incidents/: give its id, the file name without .md")
            }
            if let translation = SiteLayout.translation(fileName: id + SiteLayout.incidentEnding) {
                throw CommandFailure(
                    "'\(id)' is a translation: give the incident's id, '\(translation.id)', and the translated text"
                        + " with --message \(translation.locale)=TEXT")
            }
            let path = "\(SiteLayout.incidentPath(id))"
            let url = options.sourceURL.appendingPathComponent(path)
            let original = try read(url, id: id)
            let componentIDs = config.components.map(\.id)
            let editor = IncidentFileEditor(path: path, componentIDs: componentIDs)
            // Decoding with replacement characters would change the bytes written back: refuse instead.
            // (Foundation's decoding drops a byte order mark, which would change them too.)
            guard let text = String(validating: original, as: UTF8.self) else {
                throw Diagnostic.notUTF8(original, path: path)
            }
            let incident = try editor.read(text)
            let wanted = try change(incident, config)
            let update = UpdateDraft(time: now, status: wanted.status, message: wanted.message)
            let edited = try editor.apply(update, changing: wanted.components, to: text)
            // Every file is composed, and refused if it must be, before any is written.
            let translations = try wanted.translations.map { locale, message in
                try TranslationFile.compose(
                    UpdateDraft(time: now, status: wanted.status, message: message), id: id, locale: locale,
                    title: incident.title, in: options.sourceURL)
            }
            try AtomicFile.replace(url, with: Data(edited.utf8), expected: original)
            print("Updated \(path): \(wanted.status.rawValue)")
            for translation in translations { try translation.write() }
            let skipped = try options.buildIfAsked(now: now, reporter: reporter, written: path, config: config)
            return (config, now, skipped)
        }
        try await options.publishIfAsked(
            config: config, now: now, started: started, reporter: reporter, skippedMonitorProblems: skipped)
    }

    /// The status word of the newest update that sets one (an 'update' note keeps the one before).
    static func currentStatus(of incident: Incident) -> UpdateStatus? {
        incident.updates.last { $0.status != .update }?.status
    }

    /// Whether the incident is resolved, or the maintenance completed, by its own updates.
    static func isClosed(_ incident: Incident) -> Bool {
        let status = currentStatus(of: incident)
        return status == .resolved || status == .completed
    }

    /// "incident 'ID'" or "maintenance 'ID'", for messages.
    static func name(of incident: Incident) -> String {
        "\(incident.kind.rawValue) '\(incident.id)'"
    }

    private static func normalised(_ typed: String) -> String {
        var id = typed
        let folder = SiteLayout.incidentsFolder + "/"
        if id.hasPrefix(folder) { id.removeFirst(folder.count) }
        return SiteLayout.incidentID(fileName: id) ?? id
    }

    private func read(_ url: URL, id: String) throws -> Data {
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: url.path) else {
            let known = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { !SiteLayout.isHiddenOrBackup($0) }
                .filter { SiteLayout.translation(fileName: $0) == nil }
                .compactMap { SiteLayout.incidentID(fileName: $0) }
            if known.contains(id) {
                throw CommandFailure(
                    "\(SiteLayout.incidentPath(id)): cannot read the file: it is a link to a file that does not exist")
            }
            // "website-down" for "2026-11-24-website-down": ids start with a date, easily left out.
            let dated = known.filter { $0.hasSuffix("-" + id) }.sorted().last
            let hint =
                dated.map { " (did you mean '\($0)'? an id starts with its date)" }
                ?? Suggestion.hint(for: id, among: known)
            throw CommandFailure("no incident '\(id)' in incidents/" + hint)
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw CommandFailure("\(SiteLayout.incidentPath(id)): cannot read the file: \(FileProblem.reason(error))")
        }
    }
}
