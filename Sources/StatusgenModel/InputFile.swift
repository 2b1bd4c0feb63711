import Foundation

/// A file of a status site, read by the executable and handed to the pipeline.
public struct InputFile: Sendable {
    /// Path relative to the site root, with `/` separators, such as `incidents/2026-11-24-mail.md`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}
