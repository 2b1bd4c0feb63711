import Foundation
import StatusgenCore
import StatusgenModel

// How `MonitorSummaryCache` writes a summary: stretches as differences from the one before (a few bytes
// each), instants as the bits of their `Date` (so that they read back exactly), and the day counts as
// `MonitorCacheEntry` writes a history.

extension ByteWriter {
    mutating func summary(_ summary: MonitorSummary) {
        integer(UInt64(summary.stretches.count))
        var previous: Int64 = 0
        for stretch in summary.stretches {
            signed(Int(stretch.start - previous))
            integer(UInt64(stretch.end - stretch.start))
            integer(stretch.status.code << 1 | (stretch.sustained ? 1 : 0))
            previous = stretch.end
        }
        optional(summary.firstCheck) { $0.signed(Int($1)) }
        optional(summary.latest) { writer, check in
            writer.integer(check.time.timeIntervalSince1970.bitPattern)
            writer.integer(check.status.code)
            writer.optional(check.latencyMs) { $0.integer($1.bitPattern) }
        }
        integer(UInt64(summary.outages.count))
        for outage in summary.outages {
            integer(UInt64(outage.componentIDs.count))
            for id in outage.componentIDs { string(id) }
            integer(outage.start.timeIntervalSince1970.bitPattern)
            optional(outage.end) { $0.integer($1.timeIntervalSince1970.bitPattern) }
            integer(UInt64(outage.checks))
        }
        history(summary.counts)
        optional(summary.lastRow) { $0.signed(Int($1)) }
        integer(summary.lastRowSustained ? 1 : 0)
    }

    /// A flag for whether `value` is there, then the value as `write` writes it.
    private mutating func optional<Value>(_ value: Value?, _ write: (inout ByteWriter, Value) -> Void) {
        guard let value else { return integer(0) }
        integer(1)
        write(&self, value)
    }
}

extension ByteReader {
    /// The summary of the monitor `name`, as `ByteWriter.summary` wrote it.
    mutating func summary(name: String) throws(MonitorCacheEntry.DecodingFailure) -> MonitorSummary {
        var stretches: [MonitorStretch] = []
        var previous: Int64 = 0
        for _ in 0..<(try bounded()) {
            let start = previous + Int64(try signed())
            let length = try integer()
            let flags = try integer()
            // Stretches come in time order, without overlaps, and none is empty.
            guard length > 0, length < UInt64(Int64.max / 2), start >= previous || stretches.isEmpty,
                let status = MonitorStatus(code: flags >> 1)
            else { throw .init(reason: "a stretch is not valid") }
            previous = start + Int64(length)
            stretches.append(MonitorStretch(start: start, end: previous, status: status, sustained: flags & 1 == 1))
        }
        let firstCheck = try flag() ? Int64(try signed()) : nil
        var latest: MonitorCheck?
        if try flag() {
            let time = try date()
            guard let status = MonitorStatus(code: try integer()) else { throw .init(reason: "a status is not valid") }
            let latency = try flag() ? Double(bitPattern: try integer()) : nil
            latest = MonitorCheck(time: time, monitor: name, status: status, latencyMs: latency)
        }
        var outages: [DetectedOutage] = []
        for _ in 0..<(try bounded()) {
            let ids = try (0..<(try bounded())).map { _ throws(MonitorCacheEntry.DecodingFailure) in try string() }
            let start = try date()
            let end = try flag() ? try date() : nil
            outages.append(
                DetectedOutage(monitor: name, componentIDs: ids, start: start, end: end, checks: try count()))
        }
        let counts = try history()
        let lastRow = try flag() ? Int64(try signed()) : nil
        return MonitorSummary(
            stretches: stretches, firstCheck: firstCheck, latest: latest, outages: outages, counts: counts,
            lastRow: lastRow, lastRowSustained: try flag())
    }

    /// A count of things that take at least a byte each: not more than the bytes left.
    mutating func bounded() throws(MonitorCacheEntry.DecodingFailure) -> Int {
        let value = try count()
        guard value <= end - position else { throw .init(reason: "a count is out of range") }
        return value
    }

    private mutating func flag() throws(MonitorCacheEntry.DecodingFailure) -> Bool {
        switch try integer() {
        case 0: return false
        case 1: return true
        default: throw .init(reason: "a flag is not valid")
        }
    }

    mutating func date() throws(MonitorCacheEntry.DecodingFailure) -> Date {
        let seconds = Double(bitPattern: try integer())
        guard seconds.isFinite else { throw .init(reason: "a time is not valid") }
        return Date(timeIntervalSince1970: seconds)
    }
}
