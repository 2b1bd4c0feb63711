import Foundation
import StatusgenCore
import StatusgenModel

/// Converts a cState (Hugo) status site into statusgen incidents and components, in memory.
///
/// Doubtful readings are warnings at `path:line`; problems that leave an issue unclear are errors, and then
/// nothing is to be written. Every incident produced is checked with statusgen's own `IncidentParser`.
public struct CStateImporter: Sendable {
    /// What to convert and what the statusgen site already holds.
    public struct Input: Sendable {
        /// `config.yml` and `content/issues/*.md`, with paths relative to the cState site.
        public var files: [InputFile]
        /// Put before cState paths in messages, such as `old-status/` (empty: none).
        public var displayPrefix: String
        /// The statusgen site's `statusgen.yml`, when it has one.
        public var existingConfig: String?
        /// The ids of the incidents the statusgen site already has.
        public var existingIncidentIDs: Set<String>

        public init(
            files: [InputFile], displayPrefix: String = "", existingConfig: String? = nil,
            existingIncidentIDs: Set<String> = []
        ) {
            self.files = files
            self.displayPrefix = displayPrefix
            self.existingConfig = existingConfig
            self.existingIncidentIDs = existingIncidentIDs
        }
    }

    /// What the conversion produced.
    public struct Result: Sendable {
        /// New incident files, paths relative to the statusgen site (`incidents/ID.md`), sorted.
        public var incidents: [OutputFile]
        /// A new `statusgen.yml`, when the site has none.
        public var config: OutputFile?
        /// Component entries to add to an existing `statusgen.yml` by hand; empty when none are missing.
        public var componentsToMerge: String
        public var warnings: [Diagnostic]
    }

    public init() {}

    /// The config file names Hugo reads, in its order.
    public static let configNames = ["hugo.yml", "hugo.yaml", "config.yml", "config.yaml"]

    /// Converts the cState site in `input`; throws every error found, in which case nothing is to be written.
    public func convert(_ input: Input) throws(DiagnosticList) -> Result {
        var warnings: [Diagnostic] = []
        var errors: [Diagnostic] = []
        let prefix = input.displayPrefix
        // Decoding with replacement characters would lose what the file says: such a file is an error.
        func text(_ file: InputFile) -> String? { String(validating: file.contents, as: UTF8.self) }
        func notUTF8(_ file: InputFile) -> Diagnostic {
            .error(
                "the file is not UTF-8 text: convert it first (such as with iconv -f latin1 -t utf-8)",
                at: SourceLocation(path: prefix + file.path))
        }

        guard let configFile = Self.configNames.lazy.compactMap({ name in input.files.first { $0.path == name } }).first
        else {
            let toml = input.files.contains { $0.path.hasSuffix(".toml") }
            throw DiagnosticList([
                .error(
                    toml
                        ? "only a YAML config (config.yml) can be read, not TOML"
                        : "no config.yml: is this a cState site?",
                    at: SourceLocation(path: prefix + "config.yml"))
            ])
        }
        guard let configText = text(configFile) else { throw DiagnosticList([notUTF8(configFile)]) }
        let config = try CStateConfig.read(path: prefix + configFile.path, text: configText, warnings: &warnings)
        let existing = try existingComponents(input.existingConfig)
        let catalogue = ComponentCatalogue(config: config, existing: existing, warnings: &warnings)
        let allIDs = existing.map(\.id) + catalogue.newComponents.map(\.id)

        var incidents: [OutputFile] = []
        var takenIDs = input.existingIncidentIDs
        let parser = IncidentParser(componentIDs: allIDs)
        let issueFiles = input.files.filter { file in
            let name = CStateIssueReader.stem(of: file.path)
            return file.path.hasPrefix("content/issues/") && file.path.hasSuffix(".md") && name != "_index"
                && !name.hasPrefix(".")
        }.sorted { $0.path < $1.path }
        for file in issueFiles {
            guard let issueText = text(file) else {
                errors.append(notUTF8(file))
                continue
            }
            let outcome = CStateIssueReader().read(path: prefix + file.path, text: issueText)
            errors += outcome.errors
            guard let issue = outcome.issue else {
                warnings += outcome.warnings
                continue
            }
            // An issue that was imported before is only named, so that a second run stays quiet.
            let id = incidentID(for: issue)
            if input.existingIncidentIDs.contains(id) {
                warnings.append(
                    .warning("incidents/\(id).md exists: not overwritten", at: SourceLocation(path: issue.path)))
                continue
            }
            warnings += outcome.warnings
            let markdown = render(issue, catalogue: catalogue, warnings: &warnings)
            let uniqueID = Slug.unique(id, avoiding: takenIDs)
            if uniqueID != id {
                warnings.append(
                    .warning(
                        "another issue also becomes \(id): this one is \(uniqueID)",
                        at: SourceLocation(path: issue.path)))
            }
            takenIDs.insert(uniqueID)
            let path = "incidents/\(uniqueID).md"
            // What is written must read back with statusgen's own parser, or the site would not build.
            do {
                _ = try parser.parse(path: path, text: markdown)
            } catch {
                errors += error.diagnostics.map { problem in
                    .error(
                        "the converted incident does not read back: \(problem)", at: SourceLocation(path: issue.path))
                }
                continue
            }
            incidents.append(OutputFile(path: path, contents: Data(markdown.utf8)))
        }
        guard errors.isEmpty else { throw DiagnosticList(errors) }

        var configOutput: OutputFile?
        var componentsToMerge = ""
        if input.existingConfig == nil {
            let yaml = newConfig(
                config, components: catalogue.newComponents, configPath: prefix + configFile.path, warnings: &warnings)
            do {
                _ = try ConfigParser().parse(yaml)
            } catch {
                throw DiagnosticList(
                    error.diagnostics.map {
                        .error(
                            "the converted statusgen.yml does not read back: \($0)",
                            at: SourceLocation(path: prefix + configFile.path))
                    })
            }
            configOutput = OutputFile(path: SiteLayout.configPath, contents: Data(yaml.utf8))
        } else {
            componentsToMerge = ComponentYAML.entries(catalogue.newComponents)
        }
        return Result(
            incidents: incidents, config: configOutput, componentsToMerge: componentsToMerge,
            warnings: warnings.sorted())
    }

    /// The incident file for `issue`: its updates, impact and components.
    private func render(_ issue: CStateIssue, catalogue: ComponentCatalogue, warnings: inout [Diagnostic]) -> String {
        let body = CStateBody(body: issue.body, firstLine: issue.bodyFirstLine, path: issue.path)
        warnings += body.warnings
        let updates = CStateUpdatePlanner().plan(issue, body: body, warnings: &warnings)
        var components: [(id: String, status: ComponentStatus)] = []
        for name in issue.affected {
            guard let id = catalogue.id(for: name, warnings: &warnings), !components.contains(where: { $0.id == id })
            else { continue }
            components.append((id, issue.isAnnouncement ? .operational : issue.severity.componentStatus))
        }
        return IncidentMarkdown(
            title: issue.title, impact: issue.isAnnouncement ? .none : issue.severity.impact,
            components: components, updates: updates
        ).render()
    }

    /// The components of the site's existing `statusgen.yml`, which must read cleanly.
    private func existingComponents(_ text: String?) throws(DiagnosticList) -> [Component] {
        guard let text else { return [] }
        return try ConfigParser().parse(text).components
    }

    /// The issue's file name as an id, starting with its date as statusgen's incident names do.
    private func incidentID(for issue: CStateIssue) -> String {
        let slug = Slug.make(issue.name)
        let datePattern =
            slug.utf8.count >= 11
            && slug.prefix(11).enumerated().allSatisfy { index, character in
                [4, 7, 10].contains(index) ? character == "-" : character.isNumber
            }
        if datePattern { return slug }
        let days = Int((Double(issue.date.value.seconds) / 86_400).rounded(.down))
        let date = CivilTime.date(daysSinceEpoch: days)
        let day = "\(date.year.zeroPadded(4))-\(date.month.zeroPadded(2))-\(date.day.zeroPadded(2))"
        return slug.isEmpty ? "\(day)-issue" : "\(day)-\(slug)"
    }

    private func newConfig(
        _ config: CStateConfig, components: [Component], configPath path: String, warnings: inout [Diagnostic]
    ) -> String {
        var title = config.title?.trimmingSpaces() ?? ""
        if title.isEmpty {
            title = "Status"
            warnings.append(.warning("no title: statusgen.yml gets 'Status'", at: SourceLocation(path: path)))
        }
        var baseURL = config.baseURL ?? ""
        if let url = URL(string: baseURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
            url.host?.isEmpty == false
        {
            if !baseURL.hasSuffix("/") { baseURL += "/" }
        } else {
            warnings.append(
                .warning(
                    "baseURL '\(baseURL)' is not an absolute http(s) URL: statusgen.yml gets"
                        + " https://status.example.com/, to be replaced", at: SourceLocation(path: path)))
            baseURL = "https://status.example.com/"
        }
        return ComponentYAML.config(
            title: title, baseURL: baseURL, description: config.description, components: components)
    }
}
