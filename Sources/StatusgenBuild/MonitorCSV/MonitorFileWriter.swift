import Foundation
import StatusgenModel

/// Writes imported rows to a monitor CSV file without ever replacing what is there.
public struct MonitorFileWriter {
    /// What a write did.
    public enum Outcome {
        case created
        case appended
    }

    /// The file's path as the user named it.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Creates the file with a header and `rows`, or with `append` adds `rows` to the existing file (which
    /// must be a monitor CSV with the same header). A new file appears whole or not at all.
    public func write(_ rows: [MonitorResultRow], append: Bool) throws -> Outcome {
        if FileManager.default.fileExists(atPath: path) {
            guard append else {
                throw Diagnostic.error(
                    "the file exists; give --append to add the rows to it, or another --output",
                    at: SourceLocation(path: path))
            }
            try MonitorCSVAppender(path: path, tornLastLine: .refuse, creates: false).append(rows)
            return .appended
        }
        try NewFile(url: URL(fileURLWithPath: path), displayPath: path).create { handle in
            try MonitorCSV.render(rows, header: true) { try handle.write(contentsOf: Data($0.utf8)) }
        }
        return .created
    }
}
