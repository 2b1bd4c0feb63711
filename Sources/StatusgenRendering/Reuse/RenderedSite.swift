import StatusgenModel

/// What a render made: every output file, the key of each page a later build may reuse, and how many
/// pages were reused rather than rendered.
public struct RenderedSite: Sendable {
    /// Every output file, sorted by path, but for the pages of `published`.
    public var files: [OutputFile]
    /// The pages reused as the output folder holds them (`PreviousPage.published`), whose bytes the build
    /// does not have, by path.
    public var published: [String] = []
    /// The key of each reusable page, by path (see `PageKeys`).
    public var keys: [String: String]
    /// How many pages were taken from the `PageReuse` given.
    public var reusedCount: Int
}
