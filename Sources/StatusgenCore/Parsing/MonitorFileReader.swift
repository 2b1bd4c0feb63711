import Foundation
import StatusgenModel

/// Reads one monitor results file from chunks of bytes into a history per monitor. The executable
/// reads the file in fixed-size buffers and hands them over; nothing here touches the disk.
public struct MonitorFileReader: Sendable {
    private var parser: MonitorStreamParser<MonitorFileAggregator>

    /// A reader of the file at `path` (relative to the site root) whose days are counted in `timeZone`.
    public init(path: String, timeZone: TimeZone) {
        parser = MonitorStreamParser(path: path, sink: MonitorFileAggregator(timeZone: timeZone))
    }

    /// A reader that continues where `checkpoint` of the same file stopped: only the bytes after
    /// `checkpoint.completeBytes` are to be given to it.
    public init(path: String, timeZone: TimeZone, continuing checkpoint: MonitorFileCheckpoint) {
        var sink = MonitorFileAggregator(timeZone: timeZone)
        var parser = MonitorStreamParser(
            path: path, sink: sink, columns: checkpoint.columns, lineNumber: checkpoint.lineCount,
            completeBytes: checkpoint.completeBytes)
        for (name, history) in checkpoint.histories.sorted(by: { $0.key < $1.key }) {
            sink.continueHistory(history, asMonitor: parser.register(name))
        }
        parser.sink = sink
        self.parser = parser
    }

    /// A reader for the second part of a file split at a line boundary, to be read apart from the first
    /// and joined to it (`MonitorFileResult.joined(with:)`): its line numbers count from the start of
    /// the part. `head` is the start of the file, which must hold a CSV file's header line; `nil` when
    /// it does not (read the file in one pass then, which reports the problem).
    public static func secondPart(path: String, timeZone: TimeZone, head: UnsafeRawBufferPointer) -> MonitorFileReader?
    {
        var columns: CSVColumns?
        if SiteLayout.isCSV(path) {
            guard let header = Self.headerLine(head.bindMemory(to: UInt8.self)),
                let found = try? CSVColumns(header: header)
            else { return nil }
            columns = found
        }
        var reader = MonitorFileReader(path: path, timeZone: timeZone)
        reader.parser = MonitorStreamParser(
            path: path, sink: MonitorFileAggregator(timeZone: timeZone), columns: columns)
        return reader
    }

    /// The first line of `head` that is not blank, without a byte order mark or line end; `nil` when
    /// `head` ends before that line does.
    private static func headerLine(_ head: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
        var bytes = ArraySlice(head)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let newline = bytes.firstIndex(of: 10) {
            var line = bytes[..<newline]
            if line.last == 13 { line = line.dropLast() }
            if !line.allSatisfy({ $0 == 32 || $0 == 9 }) { return line }
            bytes = bytes[(newline + 1)...]
        }
        return nil
    }

    /// The CSV header's columns, once read.
    private var columns: CSVColumns? { parser.csv?.columns }

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
        var withLastLine: [String: MonitorHistory]?
        if parser.hasUnfinishedLine {
            let rowsBefore = parser.diagnostics.count
            parser.finish()
            // A last line that was skipped (with a warning) changes nothing.
            if parser.diagnostics.count == rowsBefore {
                withLastLine = Self.byName(parser.names.names, parser.sink.histories())
            }
        }
        return MonitorFileResult(
            path: parser.path, diagnostics: parser.diagnostics, checkpoint: checkpoint,
            historiesWithLastLine: withLastLine, wasCutShort: parser.hasStopped)
    }

    private static func byName(_ names: [String], _ histories: [MonitorHistory]) -> [String: MonitorHistory] {
        var result: [String: MonitorHistory] = [:]
        for (name, history) in zip(names, histories) { result[name] = history }
        return result
    }
}
