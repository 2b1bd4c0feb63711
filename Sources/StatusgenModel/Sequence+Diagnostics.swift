extension Sequence where Element == Diagnostic {
    /// Whether any of the diagnostics is an error, which stops the build.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// How many of the diagnostics are errors.
    public var errorCount: Int { reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
}
