import Foundation
import StatusgenModel

/// Reads JSON Lines rows of monitor results: a fast scan of flat objects whose wanted values have no
/// escapes, and Foundation's decoder (with its messages) for everything else.
enum JSONRowReader {
    /// The row in `bytes[start..<end]`.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws(ParseFailure)
        -> MonitorRow
    {
        if let row = try fastRead(bytes, start, end) { return row }
        return try slowRead(Data(bytes[start..<end]))
    }

    /// What a fast scan found for a key: the bytes of a string (without quotes), a number, or null.
    private enum Value {
        case string(Int, Int)
        case number(Int, Int)
        case null
    }

    /// Throws for a wanted key given twice, which Foundation's decoder would take silently, one or the other.
    private static func fastRead(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) throws(ParseFailure)
        -> MonitorRow?
    {
        var scanner = Scanner(bytes: bytes, index: start, end: end)
        var timestamp: Value?
        var monitor: Value?
        var status: Value?
        var latency: Value?
        scanner.skipBlanks()
        guard scanner.skip(123) else { return nil }
        scanner.skipBlanks()
        if !scanner.skip(125) {
            while true {
                guard case .string(let keyStart, let keyEnd) = scanner.value() else { return nil }
                scanner.skipBlanks()
                guard scanner.skip(58) else { return nil }
                scanner.skipBlanks()
                guard let value = scanner.value() else { return nil }
                switch Key(bytes, keyStart, keyEnd) {
                case .timestamp?:
                    guard timestamp == nil else { throw twice("timestamp") }
                    timestamp = value
                case .monitor?:
                    guard monitor == nil else { throw twice("monitor") }
                    monitor = value
                case .status?:
                    guard status == nil else { throw twice("status") }
                    status = value
                case .latency?:
                    guard latency == nil else { throw twice("latency_ms") }
                    latency = value
                case nil:
                    break
                }
                scanner.skipBlanks()
                if scanner.skip(125) { break }
                guard scanner.skip(44) else { return nil }
                scanner.skipBlanks()
            }
        }
        scanner.skipBlanks()
        guard scanner.index == end, case .string(let timeStart, let timeEnd)? = timestamp,
            case .string(let nameStart, let nameEnd)? = monitor, nameEnd > nameStart,
            case .string(let statusStart, let statusEnd)? = status,
            let parsed = ByteFields.timestamp(bytes, from: timeStart, to: timeEnd), parsed.end == timeEnd,
            let word = ByteFields.status(bytes, from: statusStart, to: statusEnd)
        else { return nil }
        var row = MonitorRow(
            nameStart: nameStart, nameEnd: nameEnd, milliseconds: parsed.milliseconds, status: word, latencyMs: nil)
        switch latency {
        case .number(let numberStart, let numberEnd)?:
            guard let value = ByteFields.plainDecimal(bytes, from: numberStart, to: numberEnd) else {
                // Foundation's decoder calls a number beyond any Double invalid JSON; it is a latency out of range.
                let digits = UnsafeBufferPointer(rebasing: bytes[numberStart..<numberEnd])
                let text = String(decoding: digits, as: UTF8.self)
                if let number = Double(text), !number.isFinite { throw latencyOutOfRange }
                return nil
            }
            row.latencyMs = value
        case .string?:
            return nil
        case .null?, nil:
            break
        }
        return row
    }

    private enum Key {
        case timestamp, monitor, status, latency

        init?(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
            let key = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if key.elementsEqual("timestamp".utf8) {
                self = .timestamp
            } else if key.elementsEqual("monitor".utf8) {
                self = .monitor
            } else if key.elementsEqual("status".utf8) {
                self = .status
            } else if key.elementsEqual("latency_ms".utf8) {
                self = .latency
            } else {
                return nil
            }
        }
    }

    /// A strict scanner of flat JSON values; anything it does not know (escapes, nesting) fails it.
    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var index: Int
        let end: Int

        mutating func skipBlanks() {
            while index < end, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
        }

        mutating func skip(_ byte: UInt8) -> Bool {
            guard index < end, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func value() -> Value? {
            guard index < end else { return nil }
            switch bytes[index] {
            case 34:
                let start = index + 1
                index = start
                while index < end {
                    let byte = bytes[index]
                    if byte == 34 {
                        index += 1
                        return .string(start, index - 1)
                    }
                    guard byte != 92, byte >= 32 else { return nil }
                    index += 1
                }
                return nil
            case 110:
                return literal("null") ? .null : nil
            case 116:
                return literal("true") ? .number(index, index) : nil
            case 102:
                return literal("false") ? .number(index, index) : nil
            case 45, 48...57:
                let start = index
                while index < end, (48...57).contains(bytes[index]) || [45, 43, 46, 101, 69].contains(bytes[index]) {
                    index += 1
                }
                return .number(start, index)
            default:
                return nil
            }
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= end else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }
    }

    private static let latencyOutOfRange = ParseFailure("'latency_ms' must be at least 0 and below 10^15 milliseconds")

    private static func twice(_ key: String) -> ParseFailure {
        ParseFailure("the object has '\(key)' twice")
    }

    /// One JSON Lines row as Foundation decodes it; JSON's own types do the first checking.
    private struct DecodedRow: Decodable {
        var timestamp: String
        var monitor: String
        var status: String
        var latencyMs: Double?

        enum CodingKeys: String, CodingKey {
            case timestamp, monitor, status
            case latencyMs = "latency_ms"
        }
    }

    private static func slowRead(_ data: Data) throws(ParseFailure) -> MonitorRow {
        let row: DecodedRow
        do {
            row = try JSONDecoder().decode(DecodedRow.self, from: data)
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
        if let latency = row.latencyMs, !LatencyHistogram.acceptedValues.contains(latency) {
            throw latencyOutOfRange
        }
        return try MonitorRowValues.row(
            timestamp: Array(row.timestamp.utf8)[...], monitor: Array(row.monitor.utf8),
            status: Array(row.status.utf8)[...], latencyMs: row.latencyMs)
    }
}
