import Foundation

/// A problem found in a site's input, reported like a compiler does: `path:line: message`.
public struct Diagnostic: Error, Hashable, Comparable, Sendable {
    /// How serious a diagnostic is: errors stop the build, warnings do not.
    public enum Severity: String, Sendable {
        case warning
        case error
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// What the diagnostic is about, beyond its words.
    public var kind: Kind

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, kind: Kind = .general) {
        self.severity = severity
        self.location = location
        self.message = message
        self.kind = kind
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation, kind: Kind = .general) -> Diagnostic {
        Diagnostic(.error, at: location, message, kind: kind)
    }

    /// A warning at `location`.
    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// By path and line, then errors before warnings, then by message (and kind): a total order that
    /// agrees with `==`.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity == .error }
        if lhs.message != rhs.message { return lhs.message < rhs.message }
        return lhs.kind < rhs.kind
    }
}

extension Diagnostic: CustomStringConvertible, LocalizedError {
    /// `path:line: message` for errors, `path:line: warning: message` for warnings.
    public var description: String {
        switch severity {
        case .error: "\(location): \(message)"
        case .warning: "\(location): warning: \(message)"
        }
    }

    public var errorDescription: String? { description }
}
