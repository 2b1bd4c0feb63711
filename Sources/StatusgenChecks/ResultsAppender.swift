import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Appends rows to a monitor results CSV so that other writers and readers only ever see whole lines.
///
/// Each row is one `write(2)` on a descriptor opened with `O_APPEND`, so the kernel places it at the
/// end of the file in one piece even while another process appends too; an exclusive `flock` around it
/// also covers writers that append in several writes, and the header of a new file. A crash can at
/// worst lose the row being written, never damage the rows before it.
public struct ResultsAppender: Sendable {
    /// The canonical header, written when the file is new or empty.
    public static let header = "timestamp,monitor,status,latency_ms\n"

    /// Why a row could not be appended; `description` names the file and the system's reason.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The results file.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Appends `line` (ending in a newline) to the file, creating it with the header if it is new.
    public func append(_ line: String) throws {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot open") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure("cannot lock") }
        }
        defer { flock(descriptor, LOCK_UN) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot read the size of") }
        var text = line
        if status.st_size == 0 {
            text = Self.header + line
        } else if !startsWithHeader(descriptor) {
            // Columns are found by name, so rows in the canonical order would be misread under another header.
            throw Failure(
                description: "\(path): the header is not \(Self.header.dropLast()); statusgen check only appends to "
                    + "files in that format")
        } else if !endsWithNewline(descriptor, size: status.st_size) {
            // A writer that crashed mid-line left a torn row: start on a line of our own, so this row stays whole.
            text = "\n" + line
        }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { buffer in
            var result: Int
            repeat { result = write(descriptor, buffer.baseAddress, buffer.count) } while result < 0 && errno == EINTR
            return result
        }
        guard written == bytes.count else {
            throw written < 0
                ? failure("cannot write to") : Failure(description: "\(path): the disk took only part of a row")
        }
    }

    /// Whether the file's first line is the canonical header (a byte order mark or a CR before its newline
    /// are fine: spreadsheets write them).
    private func startsWithHeader(_ descriptor: Int32) -> Bool {
        var bytes = [UInt8](repeating: 0, count: 64)
        let count = pread(descriptor, &bytes, bytes.count, 0)
        guard count > 0 else { return false }
        var line = bytes[..<count].prefix { $0 != UInt8(ascii: "\n") }
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return line.elementsEqual(Self.header.utf8.dropLast())
    }

    private func endsWithNewline(_ descriptor: Int32, size: off_t) -> Bool {
        var last: UInt8 = 0
        return pread(descriptor, &last, 1, size - 1) != 1 || last == UInt8(ascii: "\n")
    }

    private func failure(_ verb: String) -> Failure {
        Failure(description: "\(path): \(verb) the file: \(String(cString: strerror(errno)))")
    }
}
