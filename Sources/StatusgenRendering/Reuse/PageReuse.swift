import Foundation

/// Pages an earlier build rendered, which a build reuses for each page whose key (everything its bytes
/// depend on) is the same, instead of rendering it again.
public struct PageReuse: Sendable {
    /// A digest of what every page depends on beyond its own inputs: `statusgen.yml`, templates, strings
    /// and the program itself.
    public var sharedDigest: String
    /// A digest of the bytes of each input file, by its path in the site.
    public var fileDigests: [String: String]
    /// The bytes an earlier build rendered at a path with a key, when it has them.
    public var previous: @Sendable (_ path: String, _ key: String) -> Data?

    public init(
        sharedDigest: String, fileDigests: [String: String],
        previous: @escaping @Sendable (_ path: String, _ key: String) -> Data?
    ) {
        self.sharedDigest = sharedDigest
        self.fileDigests = fileDigests
        self.previous = previous
    }
}
