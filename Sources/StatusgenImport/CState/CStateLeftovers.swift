/// What a cState site shows that the import does not bring over, so that the operator hears of each.
enum CStateLeftovers {
    /// One line per thing not imported: the logo, custom tabs, and each file outside `content/issues/` that
    /// cState would publish or use (extra pages, custom layouts, static files).
    static func list(_ config: CStateConfig, otherPaths: [String], prefix: String) -> [String] {
        var lines: [String] = []
        if let logo = config.logo {
            lines.append("the logo (params.logo: \(logo)): statusgen shows the title; keep the file for later")
        }
        for tab in config.customTabs {
            lines.append("the custom tab '\(tab)' (params.customTabs): add a link to templates/layout.mustache")
        }
        for path in otherPaths.sorted() {
            lines.append(prefix + path)
        }
        return lines
    }
}
