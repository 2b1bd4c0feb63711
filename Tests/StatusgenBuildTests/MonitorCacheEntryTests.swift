import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import Testing

@Suite("Monitor cache entries")
struct MonitorCacheEntryTests {
    /// The checkpoint of a CSV file of `count` checks of two monitors, a check a minute with status changes,
    /// repeats and irregular gaps (and, when `jittered`, each minute up to 4.5 s short or long), read in
    /// London's zone.
    static func checkpoint(count: Int, start: Int64 = 1_795_132_800_000, jittered: Bool = false)
        -> MonitorFileCheckpoint
    {
        var state: UInt64 = 4
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var text = "monitor,status,timestamp,latency_ms\n"
        var time = start
        for _ in 0..<count {
            let roll = next(100)
            time += roll < 5 ? 0 : roll < 10 ? Int64(next(900_000)) : 60_000
            if jittered && roll >= 5 { time += Int64(next(9_000)) - 4_500 }
            let status = roll % 17 == 0 ? "down" : roll % 13 == 0 ? "degraded" : "up"
            let latency = status == "down" ? "" : String(Double(20 + next(400)) + 0.5 * Double(roll % 2))
            for monitor in ["api-eu", "smtp-uk"] {
                text += "\(monitor),\(status),\(RFC3339.string(milliseconds: time)),\(latency)\n"
            }
        }
        let london = TimeZone(identifier: "Europe/London") ?? .gmt
        return MonitorResultsParser().parse(path: "monitors/x.csv", contents: Data(text.utf8), timeZone: london)
            .checkpoint
    }

    static func entry(_ checkpoint: MonitorFileCheckpoint = checkpoint(count: 500)) -> MonitorCacheEntry {
        MonitorCacheEntry(
            settingsKey: MonitorCacheEntry.settingsKey(timeZoneIdentifier: "Europe/London"), device: 64_769,
            inode: 1_234_567, size: 200_000, modified: 1_764_000_000_123_456_789, tailHash: 0xDEAD_BEEF_0000_0001,
            checkpoint: checkpoint)
    }

    @Test("decodes exactly what was encoded, evenly spaced checks and jittered ones", arguments: [false, true])
    func roundTrip(jittered: Bool) throws {
        let entry = Self.entry(Self.checkpoint(count: 500, jittered: jittered))
        #expect(entry.checkpoint.histories.count == 2)
        // Jittered checks make long runs that keep each check's time.
        let uneven = entry.checkpoint.histories.values.flatMap(\.runs).filter(\.isUneven)
        if jittered { #expect(uneven.count > 10 && uneven.map(\.count).max()! > 10) }
        #expect(try MonitorCacheEntry(decoding: entry.encoded()) == entry)
    }

    @Test("decodes a history with a long gap of days without checks (5 bytes each)")
    func longGap() throws {
        let text =
            "timestamp,monitor,status,latency_ms\n2025-12-31T09:59:00Z,web,down,\n2026-12-31T09:59:00Z,web,up,4\n"
        let checkpoint = MonitorResultsParser().parse(
            path: "monitors/web.csv", contents: Data(text.utf8), timeZone: TimeZone(identifier: "UTC") ?? .gmt
        ).checkpoint
        let entry = Self.entry(checkpoint)
        #expect(try MonitorCacheEntry(decoding: entry.encoded()) == entry)
    }

    @Test("refuses damaged bytes, whatever byte is damaged or wherever the file is cut", arguments: [false, true])
    func damaged(jittered: Bool) {
        let bytes = Self.entry(Self.checkpoint(count: 500, jittered: jittered)).encoded()
        for index in stride(from: 0, to: bytes.count, by: 37) {
            var damaged = bytes
            damaged[index] ^= 0x5A
            #expect(throws: MonitorCacheEntry.DecodingFailure.self) { try MonitorCacheEntry(decoding: damaged) }
            #expect(throws: MonitorCacheEntry.DecodingFailure.self) {
                try MonitorCacheEntry(decoding: Array(bytes[..<index]))
            }
        }
    }
}
