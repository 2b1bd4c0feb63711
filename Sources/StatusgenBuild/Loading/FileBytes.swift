import Foundation

/// Whole files read with plain system calls: a build reads thousands of small files, and Foundation's
/// reading makes a URL and stats each one again.
enum FileBytes {
    /// The bytes of the file open as `descriptor`, from where it stands to its end; about `size` are
    /// expected. `nil` when it cannot be read.
    static func read(_ descriptor: Int32, expecting size: Int) -> Data? {
        // One byte more than expected, so that the end is seen in one read when the size was right; in
        // memory not zeroed first, since the read fills it (a rebuild reads back thousands of pages).
        var capacity = max(size, 0) + 1
        guard var buffer = malloc(capacity) else { return nil }
        var length = 0
        while true {
            if length == capacity {
                capacity *= 2
                guard let grown = realloc(buffer, capacity) else {
                    free(buffer)
                    return nil
                }
                buffer = grown
            }
            let count = Glibc.read(descriptor, buffer + length, capacity - length)
            guard count >= 0 else {
                free(buffer)
                return nil
            }
            if count == 0 { return Data(bytesNoCopy: buffer, count: length, deallocator: .free) }
            length += count
        }
    }

    /// The bytes of the file at `path`, relative to the folder open as `folder`, about `size` of them; `nil`
    /// when it cannot be read.
    static func read(_ path: String, in folder: Int32, expecting size: Int) -> Data? {
        let descriptor = openat(folder, path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return read(descriptor, expecting: size)
    }
}
