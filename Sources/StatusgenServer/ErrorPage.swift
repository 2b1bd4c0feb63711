import StatusgenModel

/// The page the preview shows instead of the site while the site does not build.
enum ErrorPage {
    /// The page's own policy: its style is inline, so it cannot use the site's.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// A page listing `problems` (each `path:line: message`), escaped; it reloads itself every two seconds,
    /// so the site comes back as soon as the problems are fixed.
    static func render(_ problems: [String]) -> String {
        let items = problems.map { "<li><code>\(MarkupEscaping.html($0))</code></li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="2">
            <title>Build failed - statusgen preview</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; }
            h1 { color: #b00020; }
            li { margin: 0.5rem 0; }
            code { white-space: pre-wrap; overflow-wrap: anywhere; }
            </style>
            </head>
            <body>
            <h1>The site did not build</h1>
            <p>statusgen found these problems. The previous preview is not shown; this page reloads by itself once
            they are fixed.</p>
            <ul>
            \(items)
            </ul>
            </body>
            </html>

            """
    }
}
