import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("Monitor histories: runs, daily counts, merging")
struct MonitorHistoryTests {
    /// A small deterministic generator, so that the "random" rows are the same on every run.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Rows of one monitor, mostly a check a minute (when `jittered`, each up to 4.5 s short or long, in
    /// milliseconds), with status changes, irregular gaps and repeats.
    static func rows(count: Int, seed: UInt64, jittered: Bool = false) -> [MonitorCheck] {
        var generator = Generator(state: seed)
        var time = utc("2026-11-20T00:00:00Z")
        var rows: [MonitorCheck] = []
        for _ in 0..<count {
            let roll = generator.next(100)
            time.addTimeInterval(roll < 5 ? 0 : roll < 10 ? Double(generator.next(900)) : 60)
            if jittered && roll >= 5 { time.addTimeInterval(Double(generator.next(9_000) - 4_500) / 1000) }
            let status: MonitorStatus = roll % 17 == 0 ? .down : roll % 13 == 0 ? .degraded : .up
            rows.append(
                MonitorCheck(
                    time: time, monitor: "api-eu", status: status,
                    latencyMs: status == .down ? nil : Double(20 + generator.next(400)) + 0.5 * Double(roll % 2)))
        }
        return rows
    }

    @Test("keeps checks at a regular spacing as one run per stretch of one status")
    func runs() {
        let start = utc("2026-11-24T00:00:00Z")
        let steady = regularChecks("api-eu", from: start, to: start.addingTimeInterval(86_400), every: 60)
        #expect(
            history(of: steady).runs == [CheckRun(start: 1_795_478_400_000, step: 60_000, count: 1440, status: .up)])
        var broken = steady
        broken[700].status = .down
        #expect(history(of: broken).runs.map(\.count) == [700, 1, 739])
    }

    @Test("keeps checks that drift and jitter around a spacing as one run, each check's time kept")
    func jitteredRuns() {
        var rows = Self.rows(count: 3000, seed: 5, jittered: true)
        for index in rows.indices {
            rows[index].status = index < 1000 || index >= 1200 ? .up : .down
        }
        let runs = history(of: rows).runs
        // Every check is kept at its own time: the distinct instants of the rows, in order.
        let milliseconds = Set(rows.map { Int64(($0.time.timeIntervalSince1970 * 1000).rounded()) }).sorted()
        #expect(runs.flatMap { run in (0..<run.count).map { run.time(at: $0) } } == milliseconds)
        // A run ends where the status changes and where the spacing leaves half a minute of the minute.
        let breaks = zip(milliseconds, milliseconds.dropFirst()).filter { abs($1 - $0 - 60_000) > 30_000 }.count
        #expect(runs.count <= 7 + 2 * breaks)
        #expect(runs.count < 600)
        #expect(runs.contains { $0.isUneven && $0.count > 50 })
    }

    @Test("gives the same history for the same rows in any order", arguments: [false, true])
    func anyOrder(jittered: Bool) {
        let rows = Self.rows(count: 3000, seed: 1, jittered: jittered)
        var generator = Generator(state: 2)
        var shuffled = rows
        for index in shuffled.indices.reversed() { shuffled.swapAt(index, generator.next(index + 1)) }
        #expect(history(of: shuffled) == history(of: rows))
        #expect(history(of: rows.reversed()) == history(of: rows))
    }

    @Test(
        "merges two parts into exactly the history of one pass, wherever the rows are split",
        arguments: [1, 2, 3], [false, true])
    func merging(seed: UInt64, jittered: Bool) {
        let rows = Self.rows(count: 2000, seed: seed, jittered: jittered)
        let whole = history(of: rows)
        var generator = Generator(state: seed)
        for _ in 0..<20 {
            let split = generator.next(rows.count + 1)
            // Halves of the file in order, and two interleaved sets of rows.
            #expect(history(of: Array(rows[..<split])).merged(with: history(of: Array(rows[split...]))) == whole)
            let odd = rows.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            let even = rows.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            #expect(history(of: odd).merged(with: history(of: even)) == whole)
        }
    }

    @Test("counts every row of a day, repeats included, and one check per instant with the worst status")
    func sameInstant() throws {
        let rows = makeChecks(
            "api-eu",
            [
                ("2026-11-24T10:00:00Z", .up), ("2026-11-24T10:01:00Z", .down), ("2026-11-24T10:01:00Z", .degraded),
                ("2026-11-24T10:01:00Z", .up), ("2026-11-24T10:02:00Z", .up),
            ])
        let result = history(of: rows)
        #expect(result.expandedChecks.map(\.status) == [.up, .down, .up])
        let day = try #require(result.days.first)
        #expect([day.checks, day.up, day.degraded, day.down] as [Int] == [5, 3, 1, 1])
    }

    @Test("numbers days in the site's timezone, with the 25-hour day when the clocks go back")
    func localDays() {
        var numbering = LocalDayNumbering(timeZone: london)
        let day = { (text: String) in numbering.day(of: Int64(utc(text).timeIntervalSince1970) * 1000) }
        let october25 = CivilTime.daysSinceEpoch(year: 2026, month: 10, day: 25)
        #expect(day("2026-10-24T22:59:59Z") == october25 - 1)
        #expect(day("2026-10-24T23:00:00Z") == october25)
        #expect(day("2026-10-25T23:59:59Z") == october25)
        #expect(day("2026-10-26T00:00:00Z") == october25 + 1)
        // Back in time, across the change, the answers stay right.
        #expect(day("2026-10-25T00:30:00Z") == october25)
        #expect(day("2026-10-24T12:00:00Z") == october25 - 1)
    }

    @Test(
        "reads RFC 3339 timestamps with any offset, optional seconds and a fraction kept to the millisecond",
        arguments: [
            ("2026-11-24T10:44:00Z", "2026-11-24T10:44:00Z", 0),
            ("2026-11-24t10:44z", "2026-11-24T10:44:00Z", 0),
            ("2026-11-24 10:44:05.1239+01:30", "2026-11-24T09:14:05Z", 123),
            ("2026-11-24T23:59:60-05:00", "2026-11-25T04:59:59Z", 0),
        ])
    func timestamps(text: String, expected: String, milliseconds: Int64) {
        let parsed = Array(text.utf8).withUnsafeBufferPointer { ByteFields.timestamp($0, from: 0, to: $0.count) }
        #expect(parsed?.milliseconds == Int64(utc(expected).timeIntervalSince1970) * 1000 + milliseconds)
        #expect(parsed?.end == text.utf8.count)
    }

    @Test(
        "refuses timestamps that are not RFC 3339",
        arguments: ["2026-11-24T10:44:00", "2026-11-24T10:44:00+1:00", "2026-02-30T10:00:00Z", "1969-12-31T23:59:59Z"])
    func badTimestamps(text: String) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { ByteFields.timestamp($0, from: 0, to: $0.count) } == nil)
    }

    @Test("gives exact percentiles for whole milliseconds below 256, as percentile_disc defines them")
    func exactPercentiles() {
        var histogram = LatencyHistogram()
        for value in (1...200).reversed() { histogram.add(Double(value)) }
        #expect(histogram.percentile(0.5) == 100)
        #expect(histogram.percentile(0.95) == 190)
        #expect(histogram.percentile(1) == 200)
        var small = LatencyHistogram()
        for value in [0.0, 1, 2, 10] { small.add(value) }
        // percentile_disc over 0, 1, 2, 10: ranks ⌈0.5·4⌉ = 2 and ⌈0.95·4⌉ = 4.
        #expect(small.percentile(0.5) == 1)
        #expect(small.percentile(0.95) == 10)
        #expect(LatencyHistogram().percentile(0.5) == nil)
    }

    @Test("counts 0 and -0 ms in one bucket next to the smallest values, so a day with both 0 and 41 ms stays short")
    func zeroLatency() {
        var histogram = LatencyHistogram()
        for value in [41.0, 0, -0.0, 0.0001, 40] { histogram.add(value) }
        // Before, the bucket of 0 lay 131,000 buckets below that of 41 ms, and -0 262,000 above it.
        #expect(histogram.counts.count < 2000)
        #expect(histogram.percentile(0.2) == 0)
        #expect(histogram.percentile(0.6) == 0)
        #expect(histogram.percentile(0.8) == 40)
        #expect(histogram.percentile(1) == 41)
    }

    @Test("keeps any percentile within 0.8% of the exact value", arguments: [0.5, 0.95, 0.99])
    func boundedError(fraction: Double) throws {
        var generator = Generator(state: 9)
        var values: [Double] = []
        var histogram = LatencyHistogram()
        for _ in 0..<5000 {
            let value = Double(generator.next(1_000_000)) / 97.0
            values.append(value)
            histogram.add(value)
        }
        values.sort()
        let exact = values[Int((fraction * Double(values.count)).rounded(.up)) - 1]
        let estimate = try #require(histogram.percentile(fraction))
        #expect(abs(estimate - exact) <= exact * 0.008)
    }
}
