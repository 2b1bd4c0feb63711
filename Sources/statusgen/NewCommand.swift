import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// `statusgen new`: writes `incidents/YYYY-MM-DD-slug.md` for a new incident or maintenance, with its
/// front matter and first update.
struct NewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new incident (or maintenance) file with its first update.",
        discussion: """
            Writes incidents/YYYY-MM-DD-slug.md (the UTC date of the update) and prints its path and id. \
            A second incident with the same title on the same day gets the id ...-2.
            """
    )

    @Argument(
        help: "The title customers see, such as \"Mail flow stopped for UK customers\" (with --template, its title).")
    var title: String?

    @Option(help: "Start from the incident template templates/incidents/NAME.md (see 'statusgen templates').")
    var template: String?

    @Option(name: .customLong("set"), help: "A value for a placeholder of the template, KEY=TEXT (repeat).")
    var values: [String] = []

    @Option(name: .customLong("component"), help: "An affected component and its status, ID=STATUS (repeat).")
    var components: [ComponentAssignment] = []

    @Option(help: "The impact: none, minor, major or critical (required for an incident).")
    var impact: String?

    @Option(help: "The first update's status (default: investigating, or scheduled for a maintenance).")
    var status: String?

    @Flag(help: "A scheduled maintenance instead of an incident; needs --starts and --ends.")
    var maintenance = false

    @Option(help: "When the maintenance starts, RFC 3339 or 'YYYY-MM-DD HH:MM Zone'.")
    var starts: String?

    @Option(help: "When the maintenance ends.")
    var ends: String?

    @OptionGroup var message: MessageOptions
    @OptionGroup var options: AuthoringOptions

    func run() async throws {
        let started = ContinuousClock.now
        let reporter = DiagnosticReporter()
        let (config, now, skipped) = try reporter.exitingOnFailure {
            let config = try SiteLoader(root: options.sourceURL).loadSettings().config
            try options.checkPublishing(config)
            let now = try options.moment()
            let draft = try makeDraft(config: config, now: now)
            let translations = try message.translations(locales: config.locales)
            let compose = { (id: String) in
                try translations.map { locale, text in
                    try TranslationFile.compose(
                        UpdateDraft(time: now, status: draft.update.status, message: text), id: id, locale: locale,
                        title: draft.title, in: options.sourceURL)
                }
            }
            // Each translation is checked before the incident is written, as the new file it will be.
            for (locale, text) in translations {
                _ = try TranslationFileEditor(id: "ID", locale: locale).apply(
                    UpdateDraft(time: now, status: draft.update.status, message: text), to: nil, title: draft.title)
            }
            let created = try write(draft, now: now, componentIDs: config.components.map(\.id))
            print("Created \(created.path) (id \(created.id))")
            for translation in try compose(created.id) { try translation.write() }
            let skipped = try options.buildIfAsked(
                now: now, reporter: reporter, written: created.path, config: config)
            return (config, now, skipped)
        }
        try await options.publishIfAsked(
            config: config, now: now, started: started, reporter: reporter, skippedMonitorProblems: skipped)
    }

    private func makeDraft(config: SiteConfig, now: Date) throws -> IncidentDraft {
        let filled = try filledTemplate()
        let kind: IncidentKind = maintenance || filled?.kind == .maintenance ? .maintenance : .incident
        guard let title = title ?? filled?.title else {
            throw CommandFailure("give the title customers see, or --template NAME")
        }
        let trimmedTitle = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmedTitle.isEmpty else { throw CommandFailure("the title is empty") }
        // Components given on the command line replace the template's.
        let assignments =
            components.isEmpty
            ? (filled?.components ?? []).compactMap { ComponentAssignment(argument: "\($0.id)=\($0.status.rawValue)") }
            : components
        let resolved = try ComponentAssignment.resolve(
            assignments, componentIDs: config.components.map(\.id), kind: kind)
        let text =
            message.isGiven(locales: config.locales) || filled?.message.isEmpty != false
            ? try message.read(locales: config.locales) : filled?.message ?? ""
        return IncidentDraft(
            title: trimmedTitle, kind: kind, impact: try readImpact(kind: kind, template: filled?.impact),
            components: resolved, window: try readWindow(kind: kind, template: filled?.window),
            update: UpdateDraft(time: now, status: try readStatus(kind: kind), message: text))
    }

    /// The template named by `--template`, filled with the `--set` values; `nil` without `--template`.
    private func filledTemplate() throws -> IncidentTemplate.Filled? {
        guard let template else {
            if !values.isEmpty { throw CommandFailure("--set fills the placeholders of a --template") }
            return nil
        }
        let templates = try SiteLoader(root: options.sourceURL).loadIncidentTemplates()
        guard let found = templates.first(where: { $0.name == template }) else {
            let names = templates.map(\.name)
            throw CommandFailure(
                "no incident template '\(template)' in \(SiteLayout.incidentTemplatesFolder)/"
                    + Suggestion.hint(for: template, among: names)
                    + (names.isEmpty ? "" : "; there are " + names.joined(separator: ", ")))
        }
        var pairs: [String: String] = [:]
        for value in values {
            let parts = value.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else { throw CommandFailure("--set \(value): give KEY=TEXT") }
            guard pairs.updateValue(String(parts[1]), forKey: String(parts[0])) == nil else {
                throw CommandFailure("--set \(parts[0]) is given twice")
            }
        }
        return try found.filled(with: pairs)
    }

    private func readImpact(kind: IncidentKind, template: Impact?) throws -> Impact? {
        let words = Impact.allCases.map(\.rawValue)
        if impact == nil, let template { return template }
        guard let impact else {
            if kind == .maintenance { return nil }
            throw CommandFailure("--impact is required for an incident: one of \(words.joined(separator: ", "))")
        }
        guard let value = Impact(rawValue: impact) else {
            throw CommandFailure(
                "--impact: unknown value '\(impact)': expected one of \(words.joined(separator: ", "))"
                    + Suggestion.hint(for: impact, among: words))
        }
        return value
    }

    private func readStatus(kind: IncidentKind) throws -> UpdateStatus {
        // 'update' keeps the status before it, and a new file has none.
        let allowed = StatusWords.allowed(for: kind).filter { $0 != .update }
        guard let status else { return kind == .maintenance ? .scheduled : .investigating }
        return try StatusWords.parse(status, allowed: allowed, kind: kind)
    }

    private func readWindow(kind: IncidentKind, template: MaintenanceWindow?) throws -> MaintenanceWindow? {
        guard kind == .maintenance else {
            if starts != nil || ends != nil { throw CommandFailure("--starts and --ends are only for --maintenance") }
            return nil
        }
        if starts == nil, ends == nil, let template { return template }
        guard let starts, let ends else { throw CommandFailure("--maintenance needs --starts and --ends") }
        func moment(_ text: String, option: String) throws -> Date {
            do {
                return try TimestampParser.parse(text)
            } catch {
                throw CommandFailure("\(option): \(error.description)")
            }
        }
        let window = MaintenanceWindow(
            starts: try moment(starts, option: "--starts"), ends: try moment(ends, option: "--ends"))
        guard window.ends > window.starts else { throw CommandFailure("--ends must be after --starts") }
        return window
    }

    /// Writes the file under the first free id of the day; returns its path and id.
    private func write(_ draft: IncidentDraft, now: Date, componentIDs: [String]) throws -> (path: String, id: String) {
        let folder = options.sourceURL.appendingPathComponent(SiteLayout.incidentsFolder)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure("incidents/: cannot create the folder: \(FileProblem.reason(error))")
        }
        let day = String(RFC3339.string(from: now).prefix(10))
        let base = "\(day)-" + IncidentSlug.make(from: draft.title, fallback: draft.kind.rawValue)
        let composer = IncidentFileComposer(componentIDs: componentIDs)
        // An id is free only without translation files too: one left from a deleted incident would
        // otherwise become the new incident's translation.
        let translated = Set(
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .compactMap { SiteLayout.translation(fileName: $0)?.id })
        for number in 1...1000 {
            let id = number == 1 ? base : "\(base)-\(number)"
            if translated.contains(id) { continue }
            let path = "\(SiteLayout.incidentPath(id))"
            let text = try composer.compose(draft, path: path)
            if try AtomicFile.create(folder.appendingPathComponent("\(id).md"), with: Data(text.utf8)) {
                return (path, id)
            }
        }
        throw CommandFailure("incidents/: no free id for \(base) after 1000 tries")
    }
}
