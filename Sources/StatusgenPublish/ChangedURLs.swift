/// The addresses a CDN must forget after a publish.
public enum ChangedURLs {
    /// The sorted URLs of the site `paths` under `baseURL` (which ends in `/`); a folder's `index.html`
    /// is listed under the folder's own address too, as readers ask for it.
    public static func urls(_ paths: some Sequence<String>, baseURL: String) -> [String] {
        var urls: Set<String> = []
        for path in paths {
            urls.insert(baseURL + path)
            if path == "index.html" || path.hasSuffix("/index.html") {
                urls.insert(baseURL + path.dropLast("index.html".count))
            }
        }
        return urls.sorted()
    }

    /// The URLs of `paths`, one per line.
    public static func list(_ paths: Set<String>, baseURL: String) -> String {
        urls(paths, baseURL: baseURL).map { $0 + "\n" }.joined()
    }
}
