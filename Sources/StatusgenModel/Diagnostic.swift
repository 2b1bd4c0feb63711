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

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// An error at `location`.
    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, at: location, message)
    }

    /// A warning at `location`.
    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, at: location, message)
    }

    /// By path and line, then errors before warnings, then by message: a total order that agrees with `==`.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity == .error }
        return lhs.message < rhs.message
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
