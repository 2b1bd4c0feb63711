import Foundation
import StatusgenModel

/// Appends rows to a monitor results file in the canonical CSV format, so that other writers and readers
/// only ever see whole lines: the one appender of `statusgen check` and `statusgen import monitors --append`.
///
/// The rows go in writes of whole lines on a descriptor opened with `O_APPEND`, so the kernel places each
/// at the end of the file in one piece even while another process appends too; an exclusive `flock`
/// around them also covers writers that append in several writes, and the header of a new file. A crash
/// can at worst lose the rows being written, never damage the rows before them.
public struct MonitorCSVAppender: Sendable {
    /// What to do when the file's last line has no line break: a writer crashed mid-line, or is still writing.
    public enum TornLastLine: Sendable {
        /// Start on a line of its own, so the new rows stay whole (an unattended check every minute).
        case startNewLine
        /// Append nothing and say so (a person importing, who can look and run it again).
        case refuse
    }

    /// The results file, as the user named it (or as the site's layout places it).
    public let path: String
    /// The file's path in messages: `path` unless told (the path in the site, for a file the site names).
    public let displayPath: String
    public let tornLastLine: TornLastLine
    /// Whether a missing file may be created, with the header.
    public let creates: Bool

    public init(path: String, displayPath: String? = nil, tornLastLine: TornLastLine, creates: Bool = true) {
        self.path = path
        self.displayPath = displayPath ?? path
        self.tornLastLine = tornLastLine
        self.creates = creates
    }

    /// Appends `rows`, creating the file with the header if it is new or empty.
    public func append(_ rows: [MonitorResultRow]) throws {
        let descriptor = open(path, O_RDWR | O_APPEND | O_CLOEXEC | (creates ? O_CREAT : 0), 0o644)
        guard descriptor >= 0 else { throw failure("cannot open") }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw failure("cannot lock") }
        }
        defer { flock(descriptor, LOCK_UN) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure("cannot read the size of") }
        var prefix = ""
        if status.st_size == 0 {
            prefix = MonitorCSV.header + "\n"
        } else if let header = otherHeader(descriptor) {
            // Columns are found by name, so rows in the canonical order would be misread under another header.
            throw Diagnostic.error(
                "the header is '\(header)', not '\(MonitorCSV.header)': statusgen only appends to files in that"
                    + " format; write a new file instead",
                at: SourceLocation(path: displayPath, line: 1))
        } else if !endsWithNewline(descriptor, size: status.st_size) {
            guard tornLastLine == .startNewLine else {
                throw Diagnostic.error(
                    "the last line has no line break (is a tool still writing it?): nothing appended",
                    at: SourceLocation(path: displayPath))
            }
            prefix = "\n"
        }
        try MonitorCSV.render(rows, header: false) { chunk in
            try write(prefix + chunk, to: descriptor)
            prefix = ""
        }
        if !prefix.isEmpty && prefix != "\n" { try write(prefix, to: descriptor) }
    }

    private func write(_ text: String, to descriptor: Int32) throws {
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { buffer in
            var result: Int
            repeat {
                result = Foundation.write(descriptor, buffer.baseAddress, buffer.count)
            } while result < 0
                && errno == EINTR
            return result
        }
        guard written == bytes.count else {
            throw written < 0
                ? failure("cannot write to")
                : Diagnostic.error("the disk took only part of a row", at: SourceLocation(path: displayPath))
        }
    }

    /// The file's first line when it is not the canonical header, `nil` when it is (a byte order mark, a CR
    /// before its newline and spaces between the names are fine: spreadsheets write them).
    private func otherHeader(_ descriptor: Int32) -> String? {
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = max(0, pread(descriptor, &bytes, bytes.count, 0))
        var line = bytes[..<count].prefix { $0 != UInt8(ascii: "\n") }
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        let text = String(decoding: line, as: UTF8.self)
        return text.replacingOccurrences(of: " ", with: "") == MonitorCSV.header ? nil : text
    }

    private func endsWithNewline(_ descriptor: Int32, size: off_t) -> Bool {
        var last: UInt8 = 0
        return pread(descriptor, &last, 1, size - 1) != 1 || last == UInt8(ascii: "\n")
    }

    private func failure(_ verb: String) -> Diagnostic {
        .error("\(verb) the file: \(String(cString: strerror(errno)))", at: SourceLocation(path: displayPath))
    }
}
