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
        var lines = Self.lines(of: contents).filter { !$0.bytes.allSatisfy { $0 == 32 || $0 == 9 } }
        let lastLine = lines.last?.number
        var columns: CSVColumns?
        if path.hasSuffix(".csv"), let header = lines.first {
            do {
                columns = try CSVColumns(header: header.bytes)
            } catch {
                // Without the header's columns no row can be read: one error for the header, not one per row.
                result.diagnostics.append(.error(error.message, at: SourceLocation(path: path, line: header.number)))
                return result
            }
            lines.removeFirst()
        }
        var errors = 0
        for line in lines {
            let location = SourceLocation(path: path, line: line.number)
            do throws(ParseFailure) {
                if let columns {
                    result.checks.append(try Self.csvRow(line.bytes, columns: columns))
                } else {
                    result.checks.append(try Self.jsonRow(line.bytes))
                }
            } catch {
                if !line.isTerminated && line.number == lastLine {
                    result.diagnostics.append(
                        .warning("skipped an incomplete last line (\(error.message))", at: location))
                    continue
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
        var fields: [String] = []
        for field in try CSVFields.split(bytes) {
            // Trimmed as bytes: Foundation's trimming costs more than the rest of the row.
            var trimmed = field[...]
            while let first = trimmed.first, first == 32 || first == 9 { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, last == 32 || last == 9 { trimmed = trimmed.dropLast() }
            guard let text = String(validating: trimmed, as: UTF8.self) else {
                throw ParseFailure("the row is not UTF-8 text")
            }
            fields.append(text)
        }
        guard fields.count >= columns.count else {
            throw ParseFailure("expected \(columns.count) fields, found \(fields.count)")
        }
        var latency: Double?
        if let column = columns.latency, !fields[column].isEmpty {
            guard let value = Double(fields[column]), value >= 0, value.isFinite else {
                throw ParseFailure("latency '\(fields[column])' is not a number of milliseconds")
            }
            latency = value
        }
        return try check(
            timestamp: fields[columns.timestamp], monitor: fields[columns.monitor], status: fields[columns.status],
            latencyMs: latency)
    }

    /// One JSON Lines row; JSON's own types do the first checking.
    private struct JSONRow: Decodable {
        var timestamp: String
        var monitor: String
        var status: String
        var latencyMs: Double?

        enum CodingKeys: String, CodingKey {
            case timestamp, monitor, status
            case latencyMs = "latency_ms"
        }
    }

    private static func jsonRow(_ bytes: ArraySlice<UInt8>) throws(ParseFailure) -> MonitorCheck {
        let row: JSONRow
        do {
            row = try JSONDecoder().decode(JSONRow.self, from: Data(bytes))
        } catch DecodingError.keyNotFound(let key, _) {
            throw ParseFailure("the object has no '\(key.stringValue)'")
        } catch DecodingError.typeMismatch(_, let context) where !context.codingPath.isEmpty {
            let key = context.codingPath[0].stringValue
            throw ParseFailure(
                key == "latency_ms" ? "'latency_ms' must be a number or null" : "'\(key)' must be a string")
        } catch {
            throw ParseFailure("not a JSON object")
        }
        if let latency = row.latencyMs, latency < 0 {
            throw ParseFailure("'latency_ms' must not be negative")
        }
        return try check(timestamp: row.timestamp, monitor: row.monitor, status: row.status, latencyMs: row.latencyMs)
    }

    private static func check(timestamp: String, monitor: String, status: String, latencyMs: Double?)
        throws(ParseFailure) -> MonitorCheck
    {
        guard let seconds = TimestampParser.parseRFC3339(timestamp.utf8) else {
            throw ParseFailure("'\(timestamp)' is not an RFC 3339 timestamp")
        }
        guard !monitor.isEmpty else { throw ParseFailure("the monitor name is empty") }
        guard let status = MonitorStatus(rawValue: status) else {
            throw ParseFailure(MonitorStatus.unknownWordMessage(status))
        }
        return MonitorCheck(
            time: Date(timeIntervalSince1970: seconds), monitor: monitor, status: status, latencyMs: latencyMs)
    }
}
