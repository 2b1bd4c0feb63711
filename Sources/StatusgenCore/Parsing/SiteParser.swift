import Foundation
import StatusgenModel

/// Parses all of a site's input files into a `ParsedSite`, collecting every problem in every file.
public struct SiteParser: Sendable {
    /// What parsing produced: the site if there were no errors, and every diagnostic (errors and warnings).
    public struct Result {
        public var site: ParsedSite?
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    /// Parses `files`, whose paths are relative to the site root; files outside the site's formats are ignored.
    /// Monitor files are either among `files` or already read into `monitorFiles`.
    public func parse(_ files: [InputFile], monitorFiles: [MonitorFileResult] = []) -> Result {
        parse(
            files, settings: Swift.Result { () throws(DiagnosticList) in try SiteSettings(files: files) },
            monitorFiles: monitorFiles)
    }

    /// Parses `files` with the site's `settings`, read from them already (or the problems found reading them).
    /// With `memo`, an incident file whose bytes it knows is not parsed again, and it keeps this parse's outcomes.
    public func parse(
        _ files: [InputFile], settings: Swift.Result<SiteSettings, DiagnosticList>,
        monitorFiles: [MonitorFileResult] = [], memo: IncidentMemo? = nil
    ) -> Result {
        var diagnostics: [Diagnostic] = []
        let sorted = files.sorted { $0.path < $1.path }

        var config: SiteConfig?
        switch settings {
        case .success(let settings): config = settings.config
        case .failure(let problems): diagnostics += problems.diagnostics
        }

        let componentIDs = config?.components.map(\.id)
        let incidentParser = IncidentParser(componentIDs: componentIDs)
        var incidents: [Incident] = []
        let inIncidents = sorted.filter { $0.path.hasPrefix(SiteLayout.incidentsFolder + "/") }
        // `ID.LOCALE.md` is a translation when LOCALE reads as a language code (`de`, `pt-BR`): another
        // dotted name (`api-v2.1-outage.md`) is read as an incident, whose id the parser then refuses.
        let isTranslation = { (file: InputFile) in
            guard SiteLayout.isIncidentFile(file.path),
                let translation = SiteLayout.translation(fileName: Self.fileName(file.path))
            else { return false }
            return Self.looksLikeLanguage(translation.locale)
        }
        var incidentFiles: [InputFile] = []
        var translationFiles: [InputFile] = []
        for file in inIncidents {
            if isTranslation(file) { translationFiles.append(file) } else { incidentFiles.append(file) }
        }
        // Parsed on every core; the results are taken in file order, so the outcome does not depend on scheduling.
        let parsed = incidentFiles.parallelMap { file -> IncidentMemo.Entry? in
            guard SiteLayout.isIncidentFile(file.path) else { return nil }
            let lookup = memo?.lookup(file, componentIDs: componentIDs)
            let outcome =
                lookup?.known
                ?? Swift.Result { () throws(DiagnosticList) in
                    try incidentParser.parse(path: file.path, text: try text(of: file))
                }
            return IncidentMemo.Entry(digest: lookup?.digest ?? "", outcome: outcome)
        }
        memo?.remember(
            Dictionary(
                zip(incidentFiles, parsed).compactMap { file, entry in entry.map { (file.path, $0) } },
                uniquingKeysWith: { first, _ in first }),
            componentIDs: componentIDs)
        let outcomes = parsed.map { $0?.outcome }
        // The incidents whose file has errors, which their translations do not report again.
        var failed: Set<String> = []
        for (file, outcome) in zip(incidentFiles, outcomes) {
            switch outcome {
            case nil:
                diagnostics.append(.warning("ignored: incident files end in .md", at: SourceLocation(path: file.path)))
            case .success(let incident)?:
                incidents.append(incident)
            case .failure(let problems)?:
                diagnostics += problems.diagnostics
                if let id = SiteLayout.incidentID(fileName: Self.fileName(file.path)) { failed.insert(id) }
            }
        }

        var translations: [IncidentTranslation] = []
        for file in translationFiles {
            guard let (id, locale) = SiteLayout.translation(fileName: Self.fileName(file.path)) else { continue }
            do {
                let text = try text(of: file)
                let parsed = try TranslationParser().parse(path: file.path, text: text, id: id, locale: locale)
                translations.append(parsed.translation)
                diagnostics += parsed.warnings
            } catch {
                diagnostics += error.diagnostics
            }
        }
        if let config {
            let checked = TranslationCheck(config: config, incidents: incidents, failed: failed).check(translations)
            translations = checked.kept
            diagnostics += checked.warnings
        }

        var results = monitorFiles
        let timeZone = config?.timeZone ?? TimeZone(identifier: "UTC") ?? .current
        let monitorParser = MonitorResultsParser()
        for file in sorted
        where file.path.hasPrefix(SiteLayout.monitorsFolder + "/") && SiteLayout.isMonitorFile(file.path) {
            results.append(monitorParser.parse(path: file.path, contents: file.contents, timeZone: timeZone))
        }
        var monitors: [String: MonitorHistory] = [:]
        for result in results.sorted(by: { $0.path < $1.path }) {
            diagnostics += result.diagnostics
            for (name, history) in result.histories {
                monitors[name] = monitors[name].map { $0.merged(with: history) } ?? history
            }
        }

        if let config, !monitors.isEmpty {
            diagnostics += Self.monitorsWithoutResults(config: config, reported: monitors.keys.sorted())
        }
        if let config { diagnostics += Self.checksShownNowhere(config: config) }
        guard let config, !diagnostics.hasErrors else {
            return Result(site: nil, diagnostics: diagnostics.sorted())
        }
        let site = ParsedSite(config: config, incidents: incidents, monitors: monitors, translations: translations)
        return Result(site: site, diagnostics: diagnostics.sorted())
    }

    /// A warning for each check whose monitor no component lists: `statusgen check` records its results,
    /// but no page would ever show them.
    public static func checksShownNowhere(config: SiteConfig) -> [Diagnostic] {
        let listed = Set(config.components.flatMap(\.monitors))
        return config.checks.filter { !listed.contains($0.monitor) }.map { check in
            Diagnostic.warning(
                "check '\(check.monitor)' records results that no component shows: add '\(check.monitor)' to a"
                    + " component's monitors" + Suggestion.hint(for: check.monitor, among: listed.sorted()),
                at: SourceLocation(path: SiteLayout.configPath, line: check.line))
        }
    }

    /// A warning for each monitor a component lists that has no results at all: usually a typo, which
    /// would otherwise show as "no data" forever.
    static func monitorsWithoutResults(config: SiteConfig, reported: [String]) -> [Diagnostic] {
        config.components.flatMap { component in
            component.monitors.filter { !reported.contains($0) }.map { monitor in
                Diagnostic.warning(
                    "component '\(component.id)' lists monitor '\(monitor)', which has no results in monitors/"
                        + Suggestion.hint(for: monitor, among: reported),
                    at: SourceLocation(path: SiteLayout.configPath, line: component.line))
            }
        }
    }

    /// The name of the file at `path`: what follows its last `/`.
    private static func fileName(_ path: String) -> String {
        String(path[(path.utf8.lastIndex(of: UInt8(ascii: "/")).map(path.utf8.index(after:)) ?? path.startIndex)...])
    }

    private func text(of file: InputFile) throws(DiagnosticList) -> String {
        guard let text = String(data: file.contents, encoding: .utf8) else {
            throw DiagnosticList([.notUTF8(file.contents, path: file.path)])
        }
        return text
    }

    /// Whether `code` has the shape of a language code: two or three letters, then perhaps a region or
    /// script (`de`, `fr`, `pt-BR`, `zh_Hant`).
    static func looksLikeLanguage(_ code: String) -> Bool {
        let parts = code.split(separator: "-", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false) }
        guard let language = parts.first, (2...3).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (2...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
