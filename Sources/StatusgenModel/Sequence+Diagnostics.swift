extension Sequence where Element == Diagnostic {
    /// Whether any of the diagnostics is an error, which stops the build.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
