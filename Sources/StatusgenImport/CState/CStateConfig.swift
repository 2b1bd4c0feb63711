import StatusgenModel

/// What a cState site's `config.yml` says about its page: its systems grouped in categories.
struct CStateConfig {
    /// One of `params.systems`.
    struct System {
        var name: String
        var description: String?
        var category: String?
        var location: SourceLocation
    }

    /// One of `params.categories`.
    struct Category {
        var name: String
        /// `untitled: true`: the category's name is not shown, so its systems get no group.
        var untitled: Bool
    }

    var title: String?
    var baseURL: String?
    var description: String?
    var categories: [Category]
    var systems: [System]
    /// `params.logo`, and the names of `params.customTabs`: shown by cState, with no place in statusgen.
    var logo: String?
    var customTabs: [String] = []

    /// Reads the config's text; `path` is its path relative to the cState site.
    static func read(path: String, text: String, warnings: inout [Diagnostic]) throws(DiagnosticList) -> CStateConfig {
        let document: YAMLDocument
        do {
            document = try YAMLDocument(path: path, firstLine: 1, text: text)
        } catch {
            throw DiagnosticList([error])
        }
        let params = YAMLDocument.value("params", in: document.root)?.value
        var problems: [Diagnostic] = []
        var categories: [Category] = []
        for entry in YAMLDocument.value("categories", in: params)?.value.sequence.map(Array.init) ?? [] {
            guard let name = YAMLDocument.text(YAMLDocument.value("name", in: entry)?.value) ?? YAMLDocument.text(entry)
            else {
                problems.append(.error("a category without a name", at: document.location(of: entry)))
                continue
            }
            let untitled = YAMLDocument.text(YAMLDocument.value("untitled", in: entry)?.value)
            categories.append(Category(name: name, untitled: CStateBoolean.parse(untitled ?? "") == true))
        }
        guard let systemsNode = YAMLDocument.value("systems", in: params) else {
            throw DiagnosticList(
                problems + [
                    .error(
                        "no 'params.systems' list: is this a cState site's config?",
                        at: document.location(of: params ?? document.root))
                ])
        }
        var systems: [System] = []
        for entry in systemsNode.value.sequence.map(Array.init) ?? [] {
            // Early cState versions list systems as plain names.
            let name = YAMLDocument.text(YAMLDocument.value("name", in: entry)?.value) ?? YAMLDocument.text(entry)
            guard let name, !name.trimmingSpaces().isEmpty else {
                problems.append(.error("a system without a name", at: document.location(of: entry)))
                continue
            }
            let category = YAMLDocument.text(YAMLDocument.value("category", in: entry)?.value)
            if let category, !categories.contains(where: { $0.name == category }) {
                warnings.append(
                    .warning(
                        "system '\(name)' names category '\(category)', which params.categories does not list;"
                            + " it becomes the group '\(category)'",
                        at: document.location(of: YAMLDocument.value("category", in: entry)?.value)))
            }
            systems.append(
                System(
                    name: name.trimmingSpaces(),
                    description: YAMLDocument.text(YAMLDocument.value("description", in: entry)?.value),
                    category: category, location: document.location(of: entry)))
        }
        if systems.isEmpty, problems.isEmpty {
            problems.append(.error("'params.systems' lists no systems", at: document.location(of: systemsNode.key)))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return CStateConfig(
            title: YAMLDocument.text(YAMLDocument.value("title", in: document.root)?.value),
            baseURL: YAMLDocument.text(
                YAMLDocument.value("baseURL", in: document.root)?.value
                    ?? YAMLDocument.value("baseurl", in: document.root)?.value),
            description: YAMLDocument.text(YAMLDocument.value("description", in: params)?.value),
            categories: categories, systems: systems,
            logo: YAMLDocument.text(YAMLDocument.value("logo", in: params)?.value),
            customTabs: (YAMLDocument.value("customTabs", in: params)?.value.sequence.map(Array.init) ?? [])
                .compactMap { YAMLDocument.text(YAMLDocument.value("name", in: $0)?.value) })
    }
}
