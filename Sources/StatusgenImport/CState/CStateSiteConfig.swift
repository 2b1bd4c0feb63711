import Foundation
import StatusgenCore
import StatusgenModel

/// The `statusgen.yml` for a site that has none, from the cState config.
enum CStateSiteConfig {
    /// The new config file, checked with statusgen's own config parser.
    static func write(
        _ config: CStateConfig, components: [Component], configPath path: String, warnings: inout [Diagnostic]
    ) throws(DiagnosticList) -> OutputFile {
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
        let yaml = ComponentYAML.config(
            title: title, baseURL: baseURL, description: config.description.map(PlainText.make),
            footer: config.description?.trimmingCharacters(in: .whitespacesAndNewlines), components: components)
        do {
            _ = try ConfigParser().parse(yaml)
        } catch {
            throw DiagnosticList(
                error.diagnostics.map {
                    .error("the converted statusgen.yml does not read back: \($0)", at: SourceLocation(path: path))
                })
        }
        return OutputFile(path: SiteLayout.configPath, contents: Data(yaml.utf8))
    }
}
