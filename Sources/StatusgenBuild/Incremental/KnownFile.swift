/// An incident file as an earlier build read it: the stamp the file had and the digest of its bytes.
/// Found with the same stamp, it holds the same bytes, and is not read again.
struct KnownFile: Equatable, Sendable {
    let stamp: FileStamp
    let digest: String
}
