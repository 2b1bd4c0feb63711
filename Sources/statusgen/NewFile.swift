import Foundation
import StatusgenModel

/// A file to be created whole, never replacing one that exists.
struct NewFile {
    let url: URL
    /// The path shown in messages.
    let displayPath: String

    /// Writes `contents` aside, then links it into place: the file appears complete or not at all, and an
    /// existing file (even one created meanwhile) is never overwritten.
    func create(_ contents: Data) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).writing-\(UUID().uuidString)")
        do {
            try contents.write(to: temporary)
        } catch {
            throw Diagnostic.error(
                "cannot write the file: \(FileProblem.reason(error))", at: SourceLocation(path: displayPath))
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        guard link(temporary.path, url.path) == 0 else {
            let reason = errno == EEXIST ? "the file exists" : String(cString: strerror(errno))
            throw Diagnostic.error("cannot write the file: \(reason)", at: SourceLocation(path: displayPath))
        }
    }
}
