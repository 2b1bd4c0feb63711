/// A place in a site's input: a path relative to the site root and a 1-based line.
public struct SourceLocation: Hashable, Comparable, Sendable {
    /// The file's path relative to the site root, with `/` separators.
    public var path: String
    /// The 1-based line number, or `nil` when the problem concerns the whole file.
    public var line: Int?

    public init(path: String, line: Int? = nil) {
        self.path = path
        self.line = line
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        return (lhs.line ?? 0) < (rhs.line ?? 0)
    }
}

extension SourceLocation: CustomStringConvertible {
    /// `path:line`, or `path` alone when there is no line.
    public var description: String {
        guard let line else { return path }
        return "\(path):\(line)"
    }
}
