import Foundation
import StatusgenModel

/// The addresses of a cState (Hugo) site and their statusgen successors, written in the three forms operators
/// use: an nginx `map` include, a Netlify/Cloudflare Pages `_redirects` file, and HTML stubs at the old paths.
///
/// The `_redirects` file and the stubs go in `static/`, whose files the build publishes as they are
/// (`static/issues/x/index.html` becomes `site/issues/x/index.html`); the nginx include is server configuration,
/// kept in `redirects/`, never published.
struct CStateRedirects {
    /// One old address and the new one, as paths below the site's base path (`issues/x/`).
    struct Redirect: Equatable {
        var from: String
        var to: String
    }

    /// The site's path on its host, `/` or `/status/`.
    let base: String

    /// The path of the nginx include in the statusgen site.
    static let nginxPath = "redirects/cstate-nginx-map.conf"
    static let netlifyPath = SiteLayout.staticFolder + "/_redirects"

    private(set) var redirects: [Redirect] = []

    /// The redirects for issues (their addresses, own first, -> incident id) and affected names (name ->
    /// component id, or `nil` for a name kept as text), below the site's path `base` (`/` or `/status/`).
    init(issues: [(addresses: [String], id: String)], affected: [(name: String, id: String?)], base: String) {
        self.base = base
        func add(_ from: String, _ to: String) {
            let redirect = Redirect(from: from, to: to)
            if !redirects.contains(where: { $0.from == redirect.from }) { redirects.append(redirect) }
        }
        add("index.xml", "feed.rss")
        add("issues/", "history/index.html")
        add("issues/index.xml", "feed.rss")
        add("affected/", "index.html")
        for issue in issues.sorted(by: { $0.addresses.first ?? "" < $1.addresses.first ?? "" }) {
            for (index, old) in issue.addresses.enumerated() {
                add(old, "incidents/\(issue.id).html")
                if index == 0, old.hasSuffix("/") { add(old + "index.json", "api/v2/incidents.json") }
            }
        }
        for entry in affected.sorted(by: { $0.name < $1.name }) {
            let old = "affected/\(Self.urlize(entry.name))/"
            add(old, entry.id.map { "components/\($0).html" } ?? "index.html")
            add(old + "index.xml", entry.id.map { "components/\($0).rss" } ?? "feed.rss")
        }
    }

    /// The files to write: the nginx include, `_redirects`, and a stub per old page (feeds and JSON have none:
    /// a feed reader or a script does not follow an HTML redirect).
    var files: [OutputFile] {
        var nginx = """
            # Old cState addresses and their statusgen successors. Include it in a map block, and redirect:
            #   map $uri $statusgen_moved { include \(Self.nginxPath); }
            #   server { ... if ($statusgen_moved) { return 301 $statusgen_moved; } }

            """
        var netlify = "# Old cState addresses and their statusgen successors (Netlify, Cloudflare Pages).\n"
        var stubs: [OutputFile] = []
        for redirect in redirects {
            nginx += "\(Self.nginxQuoted(base + redirect.from)) \(Self.nginxQuoted(base + redirect.to));\n"
            netlify += "\(base + redirect.from) \(base + redirect.to) 301\n"
            guard redirect.from.hasSuffix("/") else { continue }
            // A relative link works wherever the site is published.
            let link = String(repeating: "../", count: redirect.from.split(separator: "/").count) + redirect.to
            stubs.append(
                OutputFile(
                    path: SiteLayout.staticFolder + "/" + redirect.from + "index.html",
                    contents: Data(Self.stub(to: link).utf8)))
        }
        return [
            OutputFile(path: Self.nginxPath, contents: Data(nginx.utf8)),
            OutputFile(path: Self.netlifyPath, contents: Data(netlify.utf8)),
        ] + stubs
    }

    /// A page that sends browsers (and search engines, by its canonical link) to `target`.
    private static func stub(to target: String) -> String {
        let escaped = target.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Moved</title>
            <meta http-equiv="refresh" content="0; url=\(escaped)"><link rel="canonical" href="\(escaped)">
            <meta name="robots" content="noindex"></head>
            <body><p>This page has moved: <a href="\(escaped)">\(escaped)</a>.</p></body></html>

            """
    }

    /// A path as an nginx string: quoted, with `"` and `\` escaped, so that no name can end the directive.
    private static func nginxQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A name as Hugo writes it in a taxonomy address: lower case, spaces as `-`, other punctuation but `.`, `_`,
    /// `-` and `~` left out.
    static func urlize(_ name: String) -> String {
        CStateAddress.urlize(name).replacingOccurrences(of: "/", with: "")
    }
}
