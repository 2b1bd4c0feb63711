import StatusgenModel

/// A site's settings as every command needs them: `statusgen.yml` read once, with the languages the
/// site has strings for (the built-in ones and its own `templates/strings/LOCALE.yml`), so that a site
/// in a language of its own is read the same way by the build and by every other command.
public struct SiteSettings: Sendable {
    /// The site's configuration.
    public let config: SiteConfig
    /// Every language the site has strings for, sorted.
    public let locales: [String]

    /// Reads `configFile` (`statusgen.yml`, `nil` when the site has none) and the `notifyFile` it names if
    /// any, accepting the languages of the site's files at `sitePaths` as well as the built-in ones;
    /// throws every problem found.
    public init(configFile: InputFile?, notifyFile: InputFile? = nil, sitePaths: [String]) throws(DiagnosticList) {
        let locales = StringsCatalog.locales(sitePaths: sitePaths)
        guard let configFile else {
            throw DiagnosticList([
                .error("no site configuration: create statusgen.yml", at: SourceLocation(path: SiteLayout.configPath))
            ])
        }
        guard let text = String(data: configFile.contents, encoding: .utf8) else {
            throw DiagnosticList([.notUTF8(configFile.contents, path: configFile.path)])
        }
        self.config = try ConfigParser(locales: locales).parse(text, notifyFile: notifyFile)
        self.locales = locales
    }

    /// The settings of the site whose input files are `files`.
    public init(files: [InputFile]) throws(DiagnosticList) {
        let configFile = files.first { $0.path == SiteLayout.configPath }
        let notifyName = configFile.flatMap { String(data: $0.contents, encoding: .utf8) }
            .flatMap(ConfigParser.notifyFileName)
        try self.init(
            configFile: configFile, notifyFile: files.first { $0.path == notifyName }, sitePaths: files.map(\.path))
    }
}
