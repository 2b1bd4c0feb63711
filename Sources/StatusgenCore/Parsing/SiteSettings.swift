import StatusgenModel

/// A site's settings as every command needs them: `statusgen.yml` read once, with the languages the
/// site has strings for (the built-in ones and its own `templates/strings/LOCALE.yml`), so that a site
/// in a language of its own is read the same way by the build and by every other command.
public struct SiteSettings: Sendable {
    /// The site's configuration.
    public let config: SiteConfig
    /// Every language the site has strings for, sorted.
    public let locales: [String]

    /// Reads `configFile` (`statusgen.yml`, `nil` when the site has none), accepting the languages of
    /// the site's files at `sitePaths` as well as the built-in ones; throws every problem found.
    public init(configFile: InputFile?, sitePaths: [String]) throws(DiagnosticList) {
        let locales = StringsCatalog.locales(sitePaths: sitePaths)
        guard let configFile else {
            throw DiagnosticList([
                .error("no site configuration: create statusgen.yml", at: SourceLocation(path: SiteLayout.configPath))
            ])
        }
        guard let text = String(data: configFile.contents, encoding: .utf8) else {
            throw DiagnosticList([.notUTF8(configFile.contents, path: configFile.path)])
        }
        self.config = try ConfigParser(locales: locales).parse(text)
        self.locales = locales
    }

    /// The settings of the site whose input files are `files`.
    public init(files: [InputFile]) throws(DiagnosticList) {
        try self.init(
            configFile: files.first { $0.path == SiteLayout.configPath }, sitePaths: files.map(\.path))
    }
}
