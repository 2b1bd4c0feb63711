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
        try NewFile(url: url, displayPath: path).create { handle in
            try MonitorCSV.render(rows, header: true) { try handle.write(contentsOf: Data($0.utf8)) }
        }
        return .created
    }

    private func fail(line: Int? = nil, _ message: String) -> Diagnostic {
        .error(message, at: SourceLocation(path: path, line: line))
    }

    private func appendRows(_ rows: [MonitorRow], to url: URL) throws {
        // Only the header and the last byte are read: monitor files grow to hundreds of megabytes.
        let head: Data
        let lastByte: UInt8?
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            head = try handle.read(upToCount: 4096) ?? Data()
            let size = try handle.seekToEnd()
            if size > 0 {
                try handle.seek(toOffset: size - 1)
                lastByte = try handle.read(upToCount: 1)?.first
            } else {
                lastByte = nil
            }
        } catch {
            throw fail("cannot read the file: \(FileProblem.reason(error))")
        }
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        if lastByte != nil && firstLine.replacingOccurrences(of: " ", with: "") != MonitorCSV.header {
            throw fail(
                line: 1,
                "the header is '\(firstLine)', not '\(MonitorCSV.header)': append to a file"
                    + " in the same format, or write a new one")
        }
        if let lastByte, lastByte != UInt8(ascii: "\n") {
            throw fail("the last line has no line break (is a tool still writing it?): nothing appended")
        }
        let descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else {
            throw fail("cannot open the file: \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        // Each write holds whole lines, so that another tool appending at the same time never splits one.
        try MonitorCSV.render(rows, header: lastByte == nil) { chunk in
            let bytes = Array(chunk.utf8)
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written == bytes.count else {
                throw fail("cannot append: \(String(cString: strerror(errno)))")
            }
        }
    }
}
