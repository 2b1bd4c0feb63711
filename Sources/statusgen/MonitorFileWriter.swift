import Foundation
import StatusgenImport
import StatusgenModel

/// Writes imported rows to a monitor CSV file without ever replacing what is there.
struct MonitorFileWriter {
    /// What a write did.
    enum Outcome {
        case created
        case appended
    }

    /// The file's path as the user named it.
    let path: String

    /// Creates the file with a header and `rows`, or with `append` adds `rows` to the existing file (which
    /// must be a monitor CSV with the same header). A new file appears whole or not at all.
    func write(_ rows: [MonitorRow], append: Bool) throws -> Outcome {
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: path) {
            guard append else {
                throw fail("the file exists; give --append to add the rows to it, or another --output")
            }
            try appendRows(rows, to: url)
            return .appended
        }
        try NewFile(url: url, displayPath: path).create(Data(MonitorCSV.render(rows).utf8))
        return .created
    }

    private func fail(line: Int? = nil, _ message: String) -> Diagnostic {
        .error(message, at: SourceLocation(path: path, line: line))
    }

    private func appendRows(_ rows: [MonitorRow], to url: URL) throws {
        let existing: Data
        do {
            existing = try Data(contentsOf: url)
        } catch {
            throw fail("cannot read the file: \(FileProblem.reason(error))")
        }
        var text = String(decoding: existing, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        var addition = MonitorCSV.renderRows(rows)
        if existing.isEmpty {
            addition = MonitorCSV.header + "\n" + addition
        } else if firstLine.replacingOccurrences(of: " ", with: "") != MonitorCSV.header {
            throw fail(
                line: 1,
                "the header is '\(firstLine)', not '\(MonitorCSV.header)': append to a file"
                    + " in the same format, or write a new one")
        } else if existing.last != UInt8(ascii: "\n") {
            throw fail("the last line has no line break (is a tool still writing it?): nothing appended")
        }
        let descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else {
            throw fail("cannot open the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        // One write, so that another tool appending at the same time never splits a line of ours.
        let bytes = Array(addition.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count else {
            throw fail("cannot append: \(String(cString: strerror(errno)))")
        }
    }
}
