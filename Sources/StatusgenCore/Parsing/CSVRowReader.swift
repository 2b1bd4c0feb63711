import StatusgenModel

/// Reads CSV rows of monitor results: a fast path over the bytes for plain rows, and the general
/// RFC 4180 reading (quotes, errors with their messages) for everything else.
struct CSVRowReader {
    let columns: CSVColumns
    /// What each column up to the last known one holds, 3 bits a column, so that reading a row
    /// touches no array; `nil` when there are too many columns for that (rows are read the slow way).
    private let roles: UInt64?

    enum Role: UInt64 {
        case other, timestamp, monitor, status, latency
    }

    init(columns: CSVColumns) {
        self.columns = columns
        guard columns.count <= 21 else {
            roles = nil
            return
        }
        var roles: UInt64 = 0
        func set(_ role: Role, at column: Int) { roles |= role.rawValue << UInt64(3 * column) }
        set(.timestamp, at: columns.timestamp)
        set(.monitor, at: columns.monitor)
        set(.status, at: columns.status)
        if let latency = columns.latency { set(.latency, at: latency) }
        self.roles = roles
    }

    /// The row in `bytes[start..<end]`; `lastDate` carries the day number of the last date read from
    /// row to row, since the next row's date usually repeats it.
    @inline(__always)
    func read(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, lastDate: inout (date: Int, days: Int)
    ) throws(ParseFailure) -> MonitorRow {
        if let row = fastRead(bytes, start, end, &lastDate) { return row }
        return try slowRead(Array(bytes[start..<end])[...])
    }

    @inline(__always)
    private static func isBlank(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 }

    /// Plain rows: no quotes, every value well formed. `nil` sends the row to `slowRead`.
    @inline(__always)
    private func fastRead(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ lastDate: inout (date: Int, days: Int)
    ) -> MonitorRow? {
        var row = MonitorRow(nameStart: 0, nameEnd: 0, milliseconds: 0, status: .up, latencyMs: nil)
        var sawTimestamp = false
        var sawStatus = false
        guard let roles else { return nil }
        var index = start
        for column in 0..<columns.count {
            let role = Role(rawValue: (roles >> UInt64(3 * column)) & 7) ?? .other
            guard index <= end else { return nil }
            while index < end && Self.isBlank(bytes[index]) { index += 1 }
            if index < end && bytes[index] == 34 { return nil }
            var valueEnd: Int
            if role == .timestamp {
                guard let parsed = ByteFields.timestamp(bytes, from: index, to: end, lastDate: &lastDate) else {
                    return nil
                }
                row.milliseconds = parsed.milliseconds
                sawTimestamp = true
                valueEnd = parsed.end
                index = valueEnd
                while index < end && Self.isBlank(bytes[index]) { index += 1 }
                guard index == end || bytes[index] == 44 else { return nil }
            } else {
                let valueStart = index
                while index < end && bytes[index] != 44 { index += 1 }
                valueEnd = index
                while valueEnd > valueStart && Self.isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
                switch role {
                case .monitor:
                    guard valueEnd > valueStart else { return nil }
                    row.nameStart = valueStart
                    row.nameEnd = valueEnd
                case .status:
                    guard let status = ByteFields.status(bytes, from: valueStart, to: valueEnd) else { return nil }
                    row.status = status
                    sawStatus = true
                case .latency:
                    if valueEnd > valueStart {
                        guard let value = ByteFields.plainDecimal(bytes, from: valueStart, to: valueEnd) else {
                            return nil
                        }
                        row.latencyMs = value
                    }
                case .other, .timestamp:
                    break
                }
            }
            index += 1  // the comma
        }
        guard sawTimestamp, sawStatus, row.nameEnd > row.nameStart else { return nil }
        // Columns after the known ones are not read, but a quote there may make the row malformed.
        if index < end {
            for position in index..<end where bytes[position] == 34 { return nil }
        }
        return row
    }

    /// Any row, with the message of its first problem.
    private func slowRead(_ line: ArraySlice<UInt8>) throws(ParseFailure) -> MonitorRow {
        var fields: [ArraySlice<UInt8>] = []
        for field in try CSVFields.split(line) {
            var trimmed = field
            while let first = trimmed.first, Self.isBlank(first) { trimmed = trimmed.dropFirst() }
            while let last = trimmed.last, Self.isBlank(last) { trimmed = trimmed.dropLast() }
            fields.append(trimmed)
        }
        guard fields.count >= columns.count else {
            throw ParseFailure("expected \(columns.count) fields, found \(fields.count)")
        }
        var latency: Double?
        if let column = columns.latency, !fields[column].isEmpty {
            let text = String(decoding: fields[column], as: UTF8.self)
            // Decimal notation only: Double(_:) also takes hexadecimal and "nan", and stops at a NUL byte.
            guard fields[column].allSatisfy({ (48...57).contains($0) || Array(".eE+-".utf8).contains($0) }),
                let value = Double(text)
            else {
                throw ParseFailure("latency '\(text)' is not a number of milliseconds")
            }
            guard LatencyHistogram.acceptedValues.contains(value) else {
                throw ParseFailure("latency '\(text)' must be at least 0 and below 10^15 milliseconds")
            }
            latency = value
        }
        return try MonitorRowValues.row(
            timestamp: fields[columns.timestamp], monitor: Array(fields[columns.monitor]),
            status: fields[columns.status], latencyMs: latency)
    }
}
