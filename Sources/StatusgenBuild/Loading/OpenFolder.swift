import Foundation

/// A folder held open while files are read, linked or stamped relative to it, on any thread; closed
/// when it goes.
final class OpenFolder: Sendable {
    /// The folder, open; -1 when it could not be opened.
    let descriptor: Int32

    init(_ path: String) {
        descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }
}
