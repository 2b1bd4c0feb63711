import Mustache

/// The page a web server shows for a missing path, `404.html`.
final class NotFoundViewModel: TemplatedViewModel {
    static let template = PageTemplate.notFound
    static let path = "404.html"

    let page: PageViewModel

    init(_ context: RenderingContext) {
        // The server shows this page at any depth, so links start from the site's root path.
        page = PageViewModel(
            context, title: context.strings.text("not_found_title"), path: Self.path,
            root: Self.rootPath(of: context.config.baseURL) + context.language.pathPrefix)
    }

    /// The path part of an absolute URL, ending in `/`: "https://example.com/status/" gives "/status/".
    static func rootPath(of baseURL: String) -> String {
        let afterScheme = baseURL.range(of: "://").map { baseURL[$0.upperBound...] } ?? baseURL[...]
        guard let slash = afterScheme.firstIndex(of: "/") else { return "/" }
        let path = afterScheme[slash...]
        return path.hasSuffix("/") ? String(path) : path + "/"
    }
}

extension NotFoundViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "page": return self.page
        default: return nil
        }
    }
}
