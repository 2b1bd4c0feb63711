import Foundation
import StatusgenModel

/// A file to be created whole, never replacing one that exists.
public struct NewFile {
    public let url: URL
    /// The path shown in messages.
    public let displayPath: String

    public init(url: URL, displayPath: String) {
        self.url = url
        self.displayPath = displayPath
    }

    /// Writes `contents` aside, then links it into place: the file appears complete or not at all, and an
    /// existing file (even one created meanwhile) is never overwritten.
    public func create(_ contents: Data) throws {
        try create { handle in try handle.write(contentsOf: contents) }
    }

    /// Like `create(_:)`, with the contents written by `body` in as many pieces as it likes.
    public func create(writing body: (FileHandle) throws -> Void) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).writing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown)
            }
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try body(handle)
            try handle.synchronize()
        } catch {
            let reason =
                FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path)
                ? FileProblem.reason(error) : "No such file or directory"
            throw Diagnostic.error("cannot write the file: \(reason)", at: SourceLocation(path: displayPath))
        }
        guard link(temporary.path, url.path) == 0 else {
            let reason = errno == EEXIST ? "the file exists" : String(cString: strerror(errno))
            throw Diagnostic.error("cannot write the file: \(reason)", at: SourceLocation(path: displayPath))
        }
    }
}
