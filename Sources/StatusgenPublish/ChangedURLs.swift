/// The addresses a CDN must forget after a publish.
public enum ChangedURLs {
    /// One URL per line, sorted, for the site `paths` of `baseURL` (which ends in `/`); a folder's
    /// `index.html` is listed under the folder's own address too, as readers ask for it.
    public static func list(_ paths: Set<String>, baseURL: String) -> String {
        var urls: Set<String> = []
        for path in paths {
            urls.insert(baseURL + path)
            if path == "index.html" || path.hasSuffix("/index.html") {
                urls.insert(baseURL + path.dropLast("index.html".count))
            }
        }
        return urls.sorted().map { $0 + "\n" }.joined()
    }
}
