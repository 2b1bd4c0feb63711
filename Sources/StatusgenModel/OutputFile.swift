import Foundation

/// A file the build produces, to be written under the output folder.
public struct OutputFile: Sendable, Equatable {
    /// Path relative to the output folder, such as `incidents/2026-11-24-mail.html`.
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}
