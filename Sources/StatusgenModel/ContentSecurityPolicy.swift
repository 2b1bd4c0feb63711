/// The Content-Security-Policy of the site's pages: they load only the site's own style sheet and images,
/// run no script, and submit no form. The layout template carries `forPages` in a `<meta>`; web servers
/// send `forPages` plus `frame-ancestors`, which a `<meta>` cannot set (docs/publishing.md).
public enum ContentSecurityPolicy {
    /// The policy every page holds in its `<meta http-equiv="Content-Security-Policy">`.
    public static let forPages =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"

    /// The policy a server sends with the page at `path`: no other site may frame it, except a page meant
    /// to be embedded (`embed.html`), which other sites may frame.
    public static func header(forPath path: String) -> String {
        embeddablePages.contains(path) ? forPages : forPages + "; frame-ancestors 'none'"
    }

    /// Pages that other sites may show in a frame.
    public static let embeddablePages: Set<String> = ["embed.html"]

    /// The `Referrer-Policy` sent with every file: links to other sites do not learn which page was read.
    public static let referrerPolicy = "no-referrer"
}
