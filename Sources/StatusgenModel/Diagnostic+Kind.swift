extension Diagnostic {
    /// What a diagnostic is about, for code that must tell diagnostics apart without reading their words.
    public enum Kind: Hashable, Comparable, Sendable {
        /// A problem told apart by its message alone.
        case general
        /// The mapping at `mapping` (a key path such as `components[2]`, empty for the whole document)
        /// lacks the key.
        case missingKey(String, mapping: String)
        /// The mapping at `mapping` has a key it does not allow, most likely a misspelling of `meaning`.
        case misspeltKey(meaning: String, mapping: String)
    }
}
