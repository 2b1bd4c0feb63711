/// Every error found in a site, thrown together so that the user sees all of them at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, sorted by path and line.
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
