import Foundation
import StatusgenCore
import StatusgenModel

/// Converts a cState (Hugo) status site into statusgen incidents and components, in memory.
///
/// One issue never stops the import: an issue that cannot be read is skipped, one that can be read only in
/// part is written without that part (degraded), each with a warning at `path:line`. Only a config that
/// cannot be read, or a map naming no component, is an error. Every incident produced is checked with
/// statusgen's own `IncidentParser`.
public struct CStateImporter: Sendable {
    /// What to convert and what the statusgen site already holds.
    public struct Input: Sendable {
        /// `config.yml` and `content/issues/*.md`, with paths relative to the cState site.
        public var files: [InputFile]
        /// Put before cState paths in messages, such as `old-status/` (empty: none).
        public var displayPrefix: String
        /// The statusgen site's `statusgen.yml`, when it has one.
        public var existingConfig: String?
        /// The texts of the incident files the statusgen site already has, by id.
        public var existingIncidents: [String: String]
        /// The operator's answers for names that equal no system (`--map FILE`).
        public var componentMap: ComponentMap
        /// Rewrite earlier imported files that nobody edited since (`--update`).
        public var update: Bool
        /// Paths in the cState site that are not read (other content, layouts, static files), to list as not
        /// imported.
        public var otherPaths: [String] = []

        public init(
            files: [InputFile], displayPrefix: String = "", existingConfig: String? = nil,
            existingIncidents: [String: String] = [:], componentMap: ComponentMap = ComponentMap(),
            update: Bool = false
        ) {
            self.files = files
            self.displayPrefix = displayPrefix
            self.existingConfig = existingConfig
            self.existingIncidents = existingIncidents
            self.componentMap = componentMap
            self.update = update
        }
    }

    /// What the conversion produced.
    public struct Result: Sendable {
        /// Incident files to create, paths relative to the statusgen site (`incidents/ID.md`), sorted.
        public var incidents: [OutputFile]
        /// Earlier imported, unedited incident files to replace with their new text (`--update`), sorted.
        public var replacements: [OutputFile] = []
        /// A new `statusgen.yml`, when the site has none.
        public var config: OutputFile?
        /// Component entries to add to an existing `statusgen.yml` by hand; empty when none are missing.
        public var componentsToMerge: String
        /// Redirects from the old addresses, and the `_redirects` file and stubs the build publishes.
        public var siteFiles: [OutputFile] = []
        /// What the cState site has that statusgen does not take: logo, tabs, custom HTML, extra pages.
        public var notImported: [String] = []
        /// `affected` names that equal no component and that the map does not place, with how many issues
        /// name each, most named first: they are kept as text on the incidents.
        public var unmatchedNames: [(name: String, count: Int)] = []
        public var summary = ImportSummary()
        public var warnings: [Diagnostic]
    }

    public init() {}

    /// The config file names Hugo reads, in its order.
    public static let configNames = ["hugo.yml", "hugo.yaml", "config.yml", "config.yaml"]
    /// The TOML config file names Hugo reads, which the import cannot: given one, it says so.
    public static let tomlConfigNames = ["hugo.toml", "config.toml"]

    /// Converts the cState site in `input`; throws only when its config or the map cannot be used.
    public func convert(_ input: Input) throws(DiagnosticList) -> Result {
        var warnings: [Diagnostic] = []
        let prefix = input.displayPrefix
        guard let configFile = Self.configNames.lazy.compactMap({ name in input.files.first { $0.path == name } }).first
        else {
            if let toml = input.files.first(where: { Self.tomlConfigNames.contains($0.path) }) {
                throw DiagnosticList([
                    .error(
                        "only a YAML config (config.yml or hugo.yaml) can be read, not TOML: write this one as"
                            + " config.yml", at: SourceLocation(path: prefix + toml.path))
                ])
            }
            throw DiagnosticList([
                .error("no config.yml: is this a cState site?", at: SourceLocation(path: prefix + "config.yml"))
            ])
        }
        guard let configText = Self.text(configFile) else {
            throw DiagnosticList([Self.notUTF8(configFile, prefix: prefix)])
        }
        let config = try CStateConfig.read(path: prefix + configFile.path, text: configText, warnings: &warnings)
        let existing =
            try input.existingConfig.map { text throws(DiagnosticList) in
                try ConfigParser().parse(text).components
            } ?? []
        let catalogue = ComponentCatalogue(
            config: config, existing: existing, map: input.componentMap, warnings: &warnings)
        let allIDs = existing.map(\.id) + catalogue.newComponents.map(\.id)
        let mapProblems = input.componentMap.unknownIDs(among: allIDs)
        guard mapProblems.isEmpty else { throw DiagnosticList(mapProblems) }

        var conversion = CStateIssueConversion(
            catalogue: catalogue, parser: IncidentParser(componentIDs: allIDs), existing: input.existingIncidents,
            update: input.update)
        let issueFiles = input.files.filter { file in
            let name = CStateIssueReader.stem(of: file.path)
            return file.path.hasPrefix("content/issues/") && file.path.hasSuffix(".md") && name != "_index"
                && !name.hasPrefix(".")
        }.sorted { $0.path < $1.path }
        for file in issueFiles {
            conversion.summary.issues += 1
            guard let text = Self.text(file) else {
                conversion.skip(Self.notUTF8(file, prefix: prefix))
                continue
            }
            conversion.convert(CStateIssueReader().read(path: prefix + file.path, text: text))
        }
        warnings += conversion.warnings
        warnings += conversion.openIncidentsWithoutIssue(
            issueNames: issueFiles.map { CStateIssueReader.stem(of: $0.path) })

        var result = Result(
            incidents: conversion.created, replacements: conversion.replaced, config: nil, componentsToMerge: "",
            unmatchedNames: conversion.unmatchedNames, summary: conversion.summary, warnings: [])
        let base = config.baseURL.flatMap { URL(string: $0)?.path }.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? "/"
        result.siteFiles =
            CStateRedirects(
                issues: conversion.pages, affected: conversion.affected.map { ($0.key, $0.value) }, base: base
            ).files
        result.notImported = CStateLeftovers.list(config, otherPaths: input.otherPaths, prefix: prefix)
        if input.existingConfig == nil {
            result.config = try CStateSiteConfig.write(
                config, components: catalogue.newComponents, configPath: prefix + configFile.path,
                warnings: &warnings)
        } else {
            result.componentsToMerge = ComponentYAML.entries(catalogue.newComponents)
        }
        result.warnings = warnings.sorted()
        return result
    }

    /// Decoding with replacement characters would lose what the file says: such a file is not read.
    private static func text(_ file: InputFile) -> String? { String(validating: file.contents, as: UTF8.self) }

    /// The line, byte and column of the first byte that is not UTF-8, and how to convert the file.
    private static func notUTF8(_ file: InputFile, prefix: String) -> Diagnostic {
        var diagnostic = Diagnostic.notUTF8(file.contents, path: prefix + file.path)
        diagnostic.message += ": convert it first (such as with iconv -f latin1 -t utf-8)"
        return diagnostic
    }
}
