/// One published file as a manifest records it.
public struct ManifestEntry: Codable, Sendable, Hashable {
    /// The size in bytes.
    public var size: Int
    /// The lower-case hex SHA-256 of the bytes.
    public var sha256: String

    public init(size: Int, sha256: String) {
        self.size = size
        self.sha256 = sha256
    }
}
