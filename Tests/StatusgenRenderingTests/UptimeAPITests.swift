import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("api/uptime.json and the latency sparkline")
struct UptimeAPITests {
    /// The fixture's timeline with one monitor's record and latencies on the first component's days.
    static var timeline: Timeline {
        var timeline = Fixture.timeline
        let days = timeline.days
        timeline.monitors = [
            MonitorRecord(
                name: "smtp-in-uk",
                days: days.enumerated().map { index, day in
                    MonitorDay(
                        day: day, up: index == days.count - 1 ? 1389 : 0, degraded: index == days.count - 1 ? 10 : 0,
                        down: index == days.count - 1 ? 41 : 0, uptime: index == days.count - 1 ? 0.9999999 : nil,
                        latencyP50Ms: index == days.count - 1 ? 41 : nil,
                        latencyP95Ms: index == days.count - 1 ? 301.25 : nil)
                }, uptime30Days: 1, uptime90Days: nil)
        ]
        for index in timeline.components[0].days.indices {
            // Data on the last five days but the third of them, with medians 40, 60, -, 50, 80.
            let medians: [Double?] = [40, 60, nil, 50, 80]
            let offset = index - (timeline.components[0].days.count - 5)
            timeline.components[0].days[index].latencyP50Ms = offset >= 0 ? medians[offset] : nil
        }
        return timeline
    }

    @Test("writes each monitor's days with data, keys sorted, uptime with five truncated decimals")
    func monitorDays() throws {
        let text = try RenderedSite(Self.timeline).text("api/uptime.json")
        #expect(
            text.contains(
                """
                  "monitors": {
                    "smtp-in-uk": {
                      "days": [
                        {
                          "checks": 1440,
                          "date": "2026-10-27",
                          "degraded": 10,
                          "down": 41,
                          "latency_p50_ms": 41,
                          "latency_p95_ms": 301.25,
                          "up": 1389,
                          "uptime": 0.99999
                        }
                      ],
                      "uptime_30d": 1.00000,
                      "uptime_90d": null
                    }
                  },
                  "timezone": "Europe/London"
                }

                """))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json.keys.sorted() == ["components", "generated_at", "monitors", "timezone"])
        #expect(json["generated_at"] as? String == "2026-10-27T12:00:00Z")
    }

    @Test("writes each component's days with monitor data only, with its status and uptime")
    func componentDays() throws {
        let text = try RenderedSite(Self.timeline).text("api/uptime.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let components = try #require(json["components"] as? [String: [String: Any]])
        #expect(components.keys.sorted() == Fixture.config.components.map(\.id).sorted())
        let first = try #require(components[Fixture.config.components[0].id]?["days"] as? [[String: Any]])
        // The fixture's first component has monitor data from its 31st day of 90.
        #expect(first.count == 60)
        let today = try #require(first.last)
        #expect(today["date"] as? String == "2026-10-27")
        #expect(today["status"] as? String == "major_outage")
        #expect(today["uptime"] as? Double == 0.95)
        #expect(today["latency_p50_ms"] as? Double == 80)
        let unmonitored = try #require(components[Fixture.config.components[2].id]?["days"] as? [Any])
        #expect(unmonitored.isEmpty)
    }

    @Test("draws the median latency per day with gaps, and says the latest, lowest and highest")
    func sparkline() throws {
        let state = Self.timeline.components[0]
        let sparkline = try #require(LatencySparklineViewModel(state))
        // 90 days of 4 units; the five last days are at x = 342, 346, (350), 354, 358.
        #expect(sparkline.width == 360)
        #expect(sparkline.segments == ["342,30 346,16", "354,23 358,2"])
        let page = try RenderedSite(Self.timeline).text("index.html")
        #expect(
            page.contains(
                "<title id=\"latency-\(state.id)\">Median response time per day over the last 90 days: "
                    + "latest 80 ms, lowest 40 ms, highest 80 ms</title>"))
        #expect(LatencySparklineViewModel(Fixture.timeline.components[2]) == nil)
    }

    @Test(
        "formats machine numbers without the locale",
        arguments: [
            (0.9999999, "0.99999"), (1.0, "1.00000"), (0.97222, "0.97222"), (0.0, "0.00000"), (0.5, "0.50000"),
        ])
    func fractions(value: Double, text: String) {
        #expect(FixedNumberFormatter.truncated(value) == text)
    }

    @Test("escapes every character JSON needs escaped")
    func strings() {
        #expect(JSONWriter.quoted("a\"b\\c\n\u{1}\u{2028}é") == "\"a\\\"b\\\\c\\n\\u0001\\u2028é\"")
    }
}
