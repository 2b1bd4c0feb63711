import StatusgenModel

/// Checks the values of a row read the slow way, with the message for the first bad one.
enum MonitorRowValues {
    static func row(timestamp: ArraySlice<UInt8>, monitor: [UInt8], status: ArraySlice<UInt8>, latencyMs: Double?)
        throws(ParseFailure) -> MonitorRow
    {
        let milliseconds = Array(timestamp).withUnsafeBufferPointer { bytes in
            ByteFields.timestamp(bytes, from: 0, to: bytes.count).flatMap { $0.end == bytes.count ? $0 : nil }
        }
        guard let milliseconds else {
            throw ParseFailure("'\(String(decoding: timestamp, as: UTF8.self))' is not an RFC 3339 timestamp")
        }
        guard !monitor.isEmpty else { throw ParseFailure("the monitor name is empty") }
        let word = String(decoding: status, as: UTF8.self)
        guard let status = MonitorStatus(rawValue: word) else {
            throw ParseFailure(MonitorStatus.unknownWordMessage(word))
        }
        return MonitorRow(
            nameStart: 0, nameEnd: 0, decodedName: monitor, milliseconds: milliseconds.milliseconds, status: status,
            latencyMs: latencyMs)
    }
}
