import Foundation
import StatusgenModel
import StatusgenRendering

/// Parses all of a site's input files into a `ParsedSite`, collecting every problem in every file.
public struct SiteParser: Sendable {
    /// What parsing produced: the site if there were no errors, and every diagnostic (errors and warnings).
    public struct Result {
        public var site: ParsedSite?
        public var diagnostics: [Diagnostic]
    }

    public init() {}

    /// Parses `files`, whose paths are relative to the site root; files outside the site's formats are ignored.
    public func parse(_ files: [InputFile]) -> Result {
        var diagnostics: [Diagnostic] = []
        let sorted = files.sorted { $0.path < $1.path }

        var config: SiteConfig?
        if let configFile = sorted.first(where: { $0.path == ConfigParser.path }) {
            do {
                let locales = StringsCatalog.locales(site: TemplateSet(files: sorted))
                config = try ConfigParser(locales: locales).parse(try text(of: configFile))
            } catch {
                diagnostics += error.diagnostics
            }
        } else {
            diagnostics.append(
                .error("no site configuration: create statusgen.yml", at: SourceLocation(path: ConfigParser.path)))
        }

        let incidentParser = IncidentParser(componentIDs: config?.components.map(\.id))
        var incidents: [Incident] = []
        for file in sorted where file.path.hasPrefix("incidents/") {
            guard file.path.hasSuffix(".md") else {
                diagnostics.append(.warning("ignored: incident files end in .md", at: SourceLocation(path: file.path)))
                continue
            }
            do {
                incidents.append(try incidentParser.parse(path: file.path, text: try text(of: file)))
            } catch {
                diagnostics += error.diagnostics
            }
        }

        var checks: [String: [MonitorCheck]] = [:]
        let monitorParser = MonitorResultsParser()
        for file in sorted where file.path.hasPrefix("monitors/") && MonitorResultsParser.isMonitorFile(file.path) {
            let result = monitorParser.parse(path: file.path, contents: file.contents)
            diagnostics += result.diagnostics
            for check in result.checks { checks[check.monitor, default: []].append(check) }
        }

        if let config, !checks.isEmpty {
            diagnostics += Self.monitorsWithoutResults(config: config, reported: checks.keys.sorted())
        }
        guard let config, !diagnostics.contains(where: { $0.severity == .error }) else {
            return Result(site: nil, diagnostics: diagnostics.sorted())
        }
        let site = ParsedSite(config: config, incidents: incidents, checks: checks.mapValues(Self.sortedUnique))
        return Result(site: site, diagnostics: diagnostics.sorted())
    }

    /// A warning for each monitor a component lists that has no results at all: usually a typo, which
    /// would otherwise show as "no data" forever.
    static func monitorsWithoutResults(config: SiteConfig, reported: [String]) -> [Diagnostic] {
        config.components.flatMap { component in
            component.monitors.filter { !reported.contains($0) }.map { monitor in
                Diagnostic.warning(
                    "component '\(component.id)' lists monitor '\(monitor)', which has no results in monitors/"
                        + Suggestion.hint(for: monitor, among: reported),
                    at: SourceLocation(path: ConfigParser.path))
            }
        }
    }

    /// Checks in time order; of several at the same time, the one read last wins.
    static func sortedUnique(_ checks: [MonitorCheck]) -> [MonitorCheck] {
        let ordered = checks.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
        var result: [MonitorCheck] = []
        result.reserveCapacity(ordered.count)
        for (_, check) in ordered {
            if let last = result.last, last.time == check.time {
                result[result.count - 1] = check
            } else {
                result.append(check)
            }
        }
        return result
    }

    private func text(of file: InputFile) throws(DiagnosticList) -> String {
        guard let text = String(data: file.contents, encoding: .utf8) else {
            throw DiagnosticList([.error("the file is not UTF-8 text", at: SourceLocation(path: file.path))])
        }
        return text
    }
}
