import Foundation

/// Pages an earlier build rendered, which a build reuses for each page whose key (everything its bytes
/// depend on) is the same, instead of rendering it again.
public struct PageReuse: Sendable {
    /// A digest of what every page depends on beyond its own inputs: `statusgen.yml`, templates, strings
    /// and the program itself.
    public var sharedDigest: String
    /// A digest of the bytes of each input file, by its path in the site.
    public var fileDigests: [String: String]
    /// What an earlier build rendered at a path with a key, when it is still to be had.
    public var previous: @Sendable (_ path: String, _ key: String) -> PreviousPage?

    public init(
        sharedDigest: String, fileDigests: [String: String],
        previous: @escaping @Sendable (_ path: String, _ key: String) -> PreviousPage?
    ) {
        self.sharedDigest = sharedDigest
        self.fileDigests = fileDigests
        self.previous = previous
    }
}

/// A page an earlier build rendered, as a build reuses it.
public enum PreviousPage: Sendable {
    /// Its bytes, kept in memory (as `serve` keeps them).
    case contents(Data)
    /// Its file in the output folder, which the build that writes there keeps without reading it.
    case published
}
