import Foundation
import StatusgenModel

/// Reads monitor results in CSV (`timestamp,monitor,status,latency_ms`, columns matched by header name)
/// or JSON Lines (objects with the same four fields).
///
/// Files are appended to while statusgen reads them, so a last line without its newline that does not
/// parse is skipped with a warning; any other bad row is an error at its line.
public struct MonitorResultsParser: Sendable {
    /// The rows read and the problems found.
    public struct Result {
        public var checks: [MonitorCheck]
        public var diagnostics: [Diagnostic]
    }

    /// How many errors one file reports before it stops listing them.
    static let errorLimit = 20

    public init() {}

    /// Whether `path` names a monitor results file this parser reads.
    public static func isMonitorFile(_ path: String) -> Bool {
        path.hasSuffix(".csv") || path.hasSuffix(".jsonl")
    }

    /// Parses the file at `path` (relative to the site root).
    public func parse(path: String, contents: Data) -> Result {
        var result = Result(checks: [], diagnostics: [])
        let lines = Self.lines(of: contents)
        let isCSV = path.hasSuffix(".csv")
        var columns: CSVColumns?
        var errors = 0
        for line in lines {
            guard !line.bytes.allSatisfy({ $0 == 32 || $0 == 9 }) else { continue }
            let location = SourceLocation(path: path, line: line.number)
            do {
                if isCSV, columns == nil {
                    columns = try CSVColumns(header: line.bytes)
                    continue
                }
                let check = try isCSV ? Self.csvRow(line.bytes, columns: columns!) : Self.jsonRow(line.bytes)
                result.checks.append(check)
            } catch {
                if !line.isTerminated && line.number == lines.last?.number {
                    result.diagnostics.append(
                        .warning("skipped an incomplete last line (\(error.message))", at: location))
                    continue
                }
                if isCSV && columns == nil {
                    // Without the header's columns no row can be read: one error for the header, not one per row.
                    result.diagnostics.append(.error(error.message, at: location))
                    return result
                }
                errors += 1
                if errors <= Self.errorLimit {
                    result.diagnostics.append(.error(error.message, at: location))
                } else if errors == Self.errorLimit + 1 {
                    result.diagnostics.append(.error("more bad rows follow; fix the ones above first", at: location))
                }
            }
        }
        return result
    }

    /// One line of a file: its bytes without the line break, its number, and whether a newline ended it.
    struct Line {
        var bytes: ArraySlice<UInt8>
        var number: Int
        var isTerminated: Bool
    }

    static func lines(of contents: Data) -> [Line] {
        var bytes = [UInt8](contents)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var lines: [Line] = []
        var start = 0
        var number = 1
        for index in bytes.indices where bytes[index] == 10 {
            var end = index
            if end > start, bytes[end - 1] == 13 { end -= 1 }
            lines.append(Line(bytes: bytes[start..<end], number: number, isTerminated: true))
            start = index + 1
            number += 1
        }
        if start < bytes.count {
            lines.append(Line(bytes: bytes[start..<bytes.count], number: number, isTerminated: false))
        }
        return lines
    }

    private static func csvRow(_ bytes: ArraySlice<UInt8>, columns: CSVColumns) throws(ParseFailure) -> MonitorCheck {
        let fields = try CSVFields.split(bytes)
        guard fields.count >= columns.count else {
            throw ParseFailure("expected \(columns.count) fields, found \(fields.count)")
        }
        let latency = columns.latency.map { fields[$0] } ?? []
        return try check(
            timestamp: fields[columns.timestamp], monitor: fields[columns.monitor], status: fields[columns.status],
            latency: latency.isEmpty ? nil : latency)
    }

    private static func jsonRow(_ bytes: ArraySlice<UInt8>) throws(ParseFailure) -> MonitorCheck {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw ParseFailure("not a JSON object")
        }
        func text(_ key: String) throws(ParseFailure) -> ArraySlice<UInt8> {
            guard let value = object[key] as? String else { throw ParseFailure("'\(key)' must be a string") }
            return ArraySlice(value.utf8)
        }
        var latency: ArraySlice<UInt8>?
        switch object["latency_ms"] {
        case nil, is NSNull: latency = nil
        case let number as NSNumber: latency = ArraySlice("\(number.doubleValue)".utf8)
        default: throw ParseFailure("'latency_ms' must be a number or null")
        }
        return try check(
            timestamp: text("timestamp"), monitor: text("monitor"), status: text("status"), latency: latency)
    }

    private static func check(
        timestamp: ArraySlice<UInt8>, monitor: ArraySlice<UInt8>, status: ArraySlice<UInt8>,
        latency: ArraySlice<UInt8>?
    ) throws(ParseFailure) -> MonitorCheck {
        guard let seconds = TimestampParser.parseRFC3339(timestamp) else {
            throw ParseFailure("'\(String(decoding: timestamp, as: UTF8.self))' is not an RFC 3339 timestamp")
        }
        let name = String(decoding: monitor, as: UTF8.self)
        guard !name.isEmpty else { throw ParseFailure("the monitor name is empty") }
        let statusWord = String(decoding: status, as: UTF8.self)
        guard let status = MonitorStatus(rawValue: statusWord) else {
            throw ParseFailure(MonitorStatus.unknownWordMessage(statusWord))
        }
        var latencyMs: Double?
        if let latency {
            guard let value = Double(String(decoding: latency, as: UTF8.self)), value >= 0, value.isFinite else {
                throw ParseFailure(
                    "latency '\(String(decoding: latency, as: UTF8.self))' is not a number of milliseconds")
            }
            latencyMs = value
        }
        return MonitorCheck(
            time: Date(timeIntervalSince1970: seconds), monitor: name, status: status, latencyMs: latencyMs)
    }
}
