import Foundation
import StatusgenModel

/// Reads a monitor results file (CSV or JSON Lines) from chunks of bytes of any size, in order,
/// handing each row to a sink. A line may straddle chunks; only an unfinished line is held back.
///
/// Files are appended to while statusgen reads them, so a last line without its newline that does
/// not parse is skipped with a warning; any other bad row is an error at its line.
struct MonitorStreamParser<Sink: MonitorRowSink & Sendable>: Sendable {
    let path: String
    let isCSV: Bool
    var sink: Sink
    private(set) var names = MonitorNameTable()
    /// The CSV header's columns, once read.
    private(set) var csv: CSVRowReader?
    /// The number of the last line read.
    private(set) var lineNumber: Int
    /// Bytes read up to and including the last newline.
    private(set) var completeBytes: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// The start of a line that the next chunk finishes.
    private var carry: [UInt8] = []
    /// The bytes so far of a line too long to be a row, which is not held while its end is looked for.
    private var overlongLength: Int?
    private var errorCount = 0
    /// The day number of the last date read, which the next row's date usually repeats.
    private var lastDate = (date: -1, days: 0)
    /// Set once the file cannot be read further (a bad header, too many bad rows).
    private(set) var hasStopped = false

    /// How many errors one file reports before it stops listing them.
    static var errorLimit: Int { 20 }

    /// The longest line read as a row; a longer one (a file that is not monitor results, or a writer gone
    /// wrong) is reported without being held in memory whole.
    static var lineLimit: Int { 1 << 20 }

    /// A parser for the file at `path`, continuing after `lineNumber` lines (`completeBytes` bytes), with
    /// the CSV header already read as `columns` when it continues a CSV file.
    init(path: String, sink: Sink, columns: CSVColumns? = nil, lineNumber: Int = 0, completeBytes: Int = 0) {
        self.path = path
        self.isCSV = SiteLayout.isCSV(path)
        self.sink = sink
        self.csv = columns.map(CSVRowReader.init)
        self.lineNumber = lineNumber
        self.completeBytes = completeBytes
    }

    /// Numbers `name` as the next monitor, as if a row had named it.
    mutating func register(_ name: String) -> Int {
        names.number(of: name)
    }

    /// Reads the complete lines of `chunk` (and of the line held back from the chunk before).
    mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>) {
        var start = 0
        if let length = overlongLength {
            guard let newline = Self.newline(in: chunk, from: 0) else {
                overlongLength = length + chunk.count
                return
            }
            overlongLength = nil
            overlong(length: length + newline, isTerminated: true)
            start = newline + 1
        } else if !carry.isEmpty {
            guard let newline = Self.newline(in: chunk, from: 0) else {
                carry.append(contentsOf: chunk)
                holdLessThanLimit()
                return
            }
            carry.append(contentsOf: chunk[0..<newline])
            let held = carry
            carry = []
            held.withUnsafeBufferPointer { line(in: $0, from: 0, to: $0.count, isTerminated: true) }
            start = newline + 1
        }
        while !hasStopped, let newline = Self.newline(in: chunk, from: start) {
            line(in: chunk, from: start, to: newline, isTerminated: true)
            start = newline + 1
        }
        if !hasStopped && start < chunk.count {
            carry.append(contentsOf: chunk[start...])
            holdLessThanLimit()
        }
    }

    /// Lets go of the held start of a line once it is too long to be a row.
    private mutating func holdLessThanLimit() {
        guard carry.count > Self.lineLimit else { return }
        overlongLength = carry.count
        carry = []
    }

    private mutating func overlong(length: Int, isTerminated: Bool) {
        lineNumber += 1
        if isTerminated { completeBytes += length + 1 }
        guard !hasStopped else { return }
        report(
            ParseFailure("the line is longer than \(Self.lineLimit) bytes: not a monitor row"),
            isTerminated: isTerminated)
        // Where a CSV file's header should be: no row after it can be read.
        if isCSV && csv == nil { hasStopped = true }
    }

    /// Reads what is left: a last line without a newline.
    mutating func finish() {
        if let length = overlongLength {
            overlongLength = nil
            overlong(length: length, isTerminated: false)
            return
        }
        guard !hasStopped, !carry.isEmpty else { return }
        let held = carry
        carry = []
        held.withUnsafeBufferPointer { line(in: $0, from: 0, to: $0.count, isTerminated: false) }
    }

    /// Whether a line without its newline is held back.
    var hasUnfinishedLine: Bool { !carry.isEmpty || overlongLength != nil }

    @inline(__always)
    private static func newline(in chunk: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < chunk.count, let base = chunk.baseAddress else { return nil }
        guard let found = memchr(base + start, 10, chunk.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    @inline(__always)
    private mutating func line(
        in bytes: UnsafeBufferPointer<UInt8>, from lineStart: Int, to lineEnd: Int, isTerminated: Bool
    ) {
        if lineEnd - lineStart > Self.lineLimit {
            overlong(length: lineEnd - lineStart, isTerminated: isTerminated)
            return
        }
        lineNumber += 1
        if isTerminated { completeBytes += lineEnd - lineStart + 1 }
        var start = lineStart
        var end = lineEnd
        if lineNumber == 1, end - start >= 3, bytes[start] == 0xEF,
            bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF
        {
            start += 3
        }
        if isTerminated, end > start, bytes[end - 1] == 13 { end -= 1 }
        var blank = true
        for index in start..<end where bytes[index] != 32 && bytes[index] != 9 {
            blank = false
            break
        }
        if blank { return }
        do throws(ParseFailure) {
            let row: MonitorRow
            if isCSV {
                guard let csv else {
                    readHeader(bytes[start..<end])
                    return
                }
                row = try csv.read(bytes, from: start, to: end, lastDate: &lastDate)
            } else {
                row = try JSONRowReader.read(bytes, from: start, to: end)
            }
            let monitor: Int
            do throws(MonitorNameTable.Problem) {
                if let decoded = row.decodedName {
                    monitor = try decoded.withUnsafeBufferPointer { name throws(MonitorNameTable.Problem) in
                        try names.number(of: name, from: 0, to: name.count)
                    }
                } else {
                    monitor = try names.number(of: bytes, from: row.nameStart, to: row.nameEnd)
                }
            } catch {
                throw ParseFailure("the row is not UTF-8 text")
            }
            sink.add(monitor: monitor, milliseconds: row.milliseconds, status: row.status, latencyMs: row.latencyMs)
        } catch {
            report(error, isTerminated: isTerminated)
        }
    }

    private mutating func readHeader(_ header: Slice<UnsafeBufferPointer<UInt8>>) {
        do throws(ParseFailure) {
            csv = CSVRowReader(columns: try CSVColumns(header: ArraySlice(header)))
        } catch {
            // Without the header's columns no row can be read: one error for the header, not one per row.
            diagnostics.append(.error(error.message, at: SourceLocation(path: path, line: lineNumber)))
            hasStopped = true
        }
    }

    private mutating func report(_ failure: ParseFailure, isTerminated: Bool) {
        let location = SourceLocation(path: path, line: lineNumber)
        guard isTerminated else {
            diagnostics.append(.warning("skipped an incomplete last line (\(failure.message))", at: location))
            return
        }
        errorCount += 1
        if errorCount <= Self.errorLimit {
            diagnostics.append(.error(failure.message, at: location))
        } else {
            diagnostics.append(.error("more bad rows follow; fix the ones above first", at: location))
            hasStopped = true
        }
    }
}
