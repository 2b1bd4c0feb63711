import Foundation

/// A file of a status site, read by the executable and handed to the pipeline.
public struct InputFile: Sendable {
    /// Path relative to the site root, with `/` separators, such as `incidents/2026-11-24-mail.md`.
    public var path: String
    /// The file's bytes; empty when `knownDigest` is set.
    public var contents: Data
    /// The digest of the file's bytes when they were not read: an incident file that an earlier build
    /// parsed, found as that build left it. Whoever leaves a file unread this way must hand the parser a
    /// memo that knows those bytes (`IncidentMemo.knows`).
    public var knownDigest: String?

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// A file not read, whose bytes have `digest`.
    public init(path: String, knownDigest digest: String) {
        self.path = path
        self.contents = Data()
        self.knownDigest = digest
    }
}
