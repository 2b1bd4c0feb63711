extension String {
    /// The text cut to at most `limit` characters, ending in "…" when cut (services reject longer fields).
    func truncated(to limit: Int) -> String {
        count <= limit ? self : String(prefix(limit - 1)) + "…"
    }
}
