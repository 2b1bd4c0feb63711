/// The Content-Security-Policy of the site's pages: they load only the site's own style sheet and images,
/// run no script, and submit no form. The layout template carries `forPages` in a `<meta>`; web servers
/// send `forPages` plus `frame-ancestors`, which a `<meta>` cannot set (docs/publishing.md).
public enum ContentSecurityPolicy {
    /// The policy every page holds in its `<meta http-equiv="Content-Security-Policy">`.
    public static let forPages =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"

    /// The policy a server sends with the page at `path`: no other site may frame it, except a page meant
    /// to be embedded, which other sites may frame.
    public static func header(forPath path: String) -> String {
        isEmbeddable(path) ? forPages : forPages + "; frame-ancestors 'none'"
    }

    /// Whether other sites may show the page at `path` in a frame: `embed.html`, in the default language
    /// and in each other (`de/embed.html`, `pt-BR/embed.html`), as docs/nginx/status.conf has it too.
    public static func isEmbeddable(_ path: String) -> Bool {
        guard path.hasSuffix("embed.html") else { return false }
        let folder = path.dropLast("embed.html".count)
        guard !folder.isEmpty else { return true }
        guard folder.hasSuffix("/") else { return false }
        // A language tag: 2 to 8 letters, then subtags of letters and digits after hyphens.
        let subtags = folder.dropLast().split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = subtags.first, (2...8).contains(primary.count),
            primary.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return subtags.dropFirst().allSatisfy {
            !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The `Referrer-Policy` sent with every file: links to other sites do not learn which page was read.
    public static let referrerPolicy = "no-referrer"
}
