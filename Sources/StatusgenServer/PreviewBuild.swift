import StatusgenModel

/// What one build of the previewed site gave: its files, or the problems that stopped it.
public enum PreviewBuild: Sendable, Equatable {
    /// The built site's files, by path relative to the output folder.
    case site([OutputFile])
    /// The build failed; each problem as `path:line: message`.
    case failed([String])
}
