import Foundation
import StatusgenModel

/// Reads one monitor results file from chunks of bytes into a history per monitor. The executable
/// reads the file in fixed-size buffers and hands them over; nothing here touches the disk.
public struct MonitorFileReader {
    private var parser: MonitorStreamParser<MonitorFileAggregator>

    /// A reader of the file at `path` (relative to the site root) whose days are counted in `timeZone`.
    public init(path: String, timeZone: TimeZone) {
        parser = MonitorStreamParser(path: path, sink: MonitorFileAggregator(timeZone: timeZone))
    }

    /// A reader that continues where `checkpoint` of the same file stopped: only the bytes after
    /// `checkpoint.completeBytes` are to be given to it.
    public init(path: String, timeZone: TimeZone, continuing checkpoint: MonitorFileCheckpoint) {
        parser = MonitorStreamParser(
            path: path, sink: MonitorFileAggregator(timeZone: timeZone), columns: checkpoint.columns,
            lineNumber: checkpoint.lineCount, completeBytes: checkpoint.completeBytes)
    }

    /// A reader for the second part of a file split at a line boundary: it knows the CSV header from
    /// the first part, and its line numbers count from the start of the part.
    init(path: String, timeZone: TimeZone, columns: CSVColumns?) {
        parser = MonitorStreamParser(path: path, sink: MonitorFileAggregator(timeZone: timeZone), columns: columns)
    }

    /// Whether reading further is pointless (a bad header, too many bad rows).
    public var hasStopped: Bool { parser.hasStopped }

    /// The CSV header's columns, once read.
    var columns: CSVColumns? { parser.csv?.columns }

    /// Reads the next bytes of the file.
    public mutating func consume(_ chunk: UnsafeRawBufferPointer) {
        parser.consume(chunk.bindMemory(to: UInt8.self))
    }

    /// Reads the next bytes of the file.
    public mutating func consume(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { parser.consume($0) }
    }

    /// The file's histories and problems, once every byte has been given.
    public mutating func finish() -> MonitorFileResult {
        let checkpointHistories = Self.byName(parser.names.names, parser.sink.histories())
        let checkpoint = MonitorFileCheckpoint(
            completeBytes: parser.completeBytes, lineCount: parser.lineNumber, columns: columns,
            histories: checkpointHistories)
        var histories = checkpointHistories
        if parser.hasUnfinishedLine {
            parser.finish()
            histories = Self.byName(parser.names.names, parser.sink.histories())
        }
        return MonitorFileResult(
            path: parser.path, histories: histories, diagnostics: parser.diagnostics, checkpoint: checkpoint)
    }

    private static func byName(_ names: [String], _ histories: [MonitorHistory]) -> [String: MonitorHistory] {
        var result: [String: MonitorHistory] = [:]
        for (name, history) in zip(names, histories) { result[name] = history }
        return result
    }
}
