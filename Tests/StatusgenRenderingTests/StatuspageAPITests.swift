import Foundation
import StatusgenModel
import Testing

@testable import StatusgenRendering

@Suite("The Statuspage-compatible JSON API")
struct StatuspageAPITests {
    static let page = """
          "page": {
            "id": "status.acme.test",
            "name": "Acme Status",
            "url": "https://status.acme.test/",
            "time_zone": "Etc/UTC",
            "updated_at": "2026-11-07T16:00:00.000Z"
          },
        """

    static let website = """
        {
              "id": "web",
              "name": "Website",
              "status": "major_outage",
              "created_at": "2026-11-07T15:10:00.000Z",
              "updated_at": "2026-11-07T15:40:00.000Z",
              "position": 1,
              "description": "The shop.",
              "showcase": true,
              "start_date": null,
              "group_id": "group-public",
              "page_id": "status.acme.test",
              "group": false,
              "only_show_if_degraded": false
            }
        """

    @Test("status.json holds the page and the rolled-up indicator with its description")
    func status() throws {
        #expect(
            try SmallSite.text("api/v2/status.json") == """
                {
                \(Self.page)
                  "status": {
                    "indicator": "major",
                    "description": "Partial System Outage"
                  }
                }

                """)
    }

    @Test("components.json lists each group as a component, followed by its members, with positions and times")
    func components() throws {
        #expect(
            try SmallSite.text("api/v2/components.json") == """
                {
                \(Self.page)
                  "components": [
                    {
                      "id": "group-public",
                      "name": "Public",
                      "status": "major_outage",
                      "created_at": "2026-11-06T12:00:00.000Z",
                      "updated_at": "2026-11-07T15:40:00.000Z",
                      "position": 1,
                      "description": null,
                      "showcase": false,
                      "start_date": null,
                      "group_id": null,
                      "page_id": "status.acme.test",
                      "group": true,
                      "only_show_if_degraded": false,
                      "components": [
                        "web",
                        "pay"
                      ]
                    },
                    \(Self.website),
                    {
                      "id": "pay",
                      "name": "Checkout & <payments>",
                      "status": "operational",
                      "created_at": "2026-11-06T12:00:00.000Z",
                      "updated_at": "2026-11-06T12:00:00.000Z",
                      "position": 2,
                      "description": null,
                      "showcase": true,
                      "start_date": null,
                      "group_id": "group-public",
                      "page_id": "status.acme.test",
                      "group": false,
                      "only_show_if_degraded": false
                    },
                    {
                      "id": "desk",
                      "name": "Support desk",
                      "status": "operational",
                      "created_at": "2026-11-07T00:00:00.000Z",
                      "updated_at": "2026-11-07T00:00:00.000Z",
                      "position": 2,
                      "description": null,
                      "showcase": true,
                      "start_date": null,
                      "group_id": null,
                      "page_id": "status.acme.test",
                      "group": false,
                      "only_show_if_degraded": false
                    }
                  ]
                }

                """)
    }

    @Test("incidents/unresolved.json gives an open incident, its updates newest first and the keys clients expect")
    func unresolved() throws {
        #expect(
            try SmallSite.text("api/v2/incidents/unresolved.json") == """
                {
                \(Self.page)
                  "incidents": [
                    {
                      "id": "2026-11-07-web-down",
                      "name": "Website \\"down\\"",
                      "status": "monitoring",
                      "created_at": "2026-11-07T15:10:00.000Z",
                      "updated_at": "2026-11-07T15:40:00.000Z",
                      "monitoring_at": "2026-11-07T15:40:00.000Z",
                      "resolved_at": null,
                      "impact": "major",
                      "shortlink": "https://status.acme.test/incidents/2026-11-07-web-down.html",
                      "started_at": "2026-11-07T15:10:00.000Z",
                      "page_id": "status.acme.test",
                      "incident_updates": [
                        {
                          "id": "2026-11-07-web-down-20261107T154000Z",
                          "status": "monitoring",
                          "body": "A fix is out.",
                          "incident_id": "2026-11-07-web-down",
                          "created_at": "2026-11-07T15:40:00.000Z",
                          "updated_at": "2026-11-07T15:40:00.000Z",
                          "display_at": "2026-11-07T15:40:00.000Z",
                          "affected_components": [
                            {
                              "code": "web",
                              "name": "Website",
                              "old_status": "major_outage",
                              "new_status": "major_outage"
                            }
                          ],
                          "deliver_notifications": true,
                          "custom_tweet": null,
                          "tweet_id": null
                        },
                        {
                          "id": "2026-11-07-web-down-20261107T151000Z",
                          "status": "investigating",
                          "body": "The site is down.",
                          "incident_id": "2026-11-07-web-down",
                          "created_at": "2026-11-07T15:10:00.000Z",
                          "updated_at": "2026-11-07T15:10:00.000Z",
                          "display_at": "2026-11-07T15:10:00.000Z",
                          "affected_components": [
                            {
                              "code": "web",
                              "name": "Website",
                              "old_status": "operational",
                              "new_status": "major_outage"
                            }
                          ],
                          "deliver_notifications": true,
                          "custom_tweet": null,
                          "tweet_id": null
                        }
                      ],
                      "components": [
                        \(Self.website.replacingOccurrences(of: "\n", with: "\n    "))
                      ],
                      "reminder_intervals": null
                    }
                  ]
                }

                """)
    }

    @Test("lists maintenances by phase; a cancelled one is completed, resolved when it was called off")
    func maintenances() throws {
        let all = try Self.decode("api/v2/scheduled-maintenances.json")["scheduled_maintenances"] as? [[String: Any]]
        #expect(all?.map { $0["id"] as? String } == ["2026-11-10-db-upgrade", "2026-11-08-desk-move"])
        #expect(all?.map { $0["status"] as? String } == ["scheduled", "completed"])
        #expect(all?.map { $0["impact"] as? String } == ["maintenance", "maintenance"])
        #expect(
            all?.map { $0["scheduled_for"] as? String } == ["2026-11-10T03:00:00.000Z", "2026-11-08T08:00:00.000Z"])
        #expect(all?.map { $0["resolved_at"] is NSNull } == [true, false])
        #expect(all?.last?["resolved_at"] as? String == "2026-11-05T09:00:00.000Z")
        let cancelUpdate = (all?.last?["incident_updates"] as? [[String: Any]])?.first
        #expect(cancelUpdate?["status"] as? String == "completed")
        #expect(cancelUpdate?["body"] as? String == "Not needed; we stay.")
        #expect(cancelUpdate?["affected_components"] is NSNull)
        let upgradeUpdate = (all?.first?["incident_updates"] as? [[String: Any]])?.first
        #expect(
            (upgradeUpdate?["affected_components"] as? [[String: String]])?.first == [
                "code": "pay", "name": "Checkout & <payments>", "old_status": "operational",
                "new_status": "operational",
            ])

        func ids(_ path: String) throws -> [String] {
            let list = try Self.decode(path)["scheduled_maintenances"] as? [[String: Any]] ?? []
            return list.compactMap { $0["id"] as? String }
        }
        #expect(try ids("api/v2/scheduled-maintenances/upcoming.json") == ["2026-11-10-db-upgrade"])
        #expect(try ids("api/v2/scheduled-maintenances/active.json") == [])
        #expect(try ids("api/v2/summary.json") == ["2026-11-10-db-upgrade"])
    }

    @Test("summary.json holds the page, components, unresolved incidents, current maintenances and status, in order")
    func summary() throws {
        let text = try SmallSite.text("api/v2/summary.json")
        let keys = [
            "\n  \"page\"", "\n  \"components\"", "\n  \"incidents\"", "\n  \"scheduled_maintenances\"",
            "\n  \"status\"",
        ]
        let offsets = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(offsets.count == keys.count)
        #expect(offsets == offsets.sorted())
        let summary = try Self.decode("api/v2/summary.json")
        #expect(
            (summary["incidents"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["2026-11-07-web-down"])
        #expect((summary["components"] as? [Any])?.count == 4)
        #expect(try Self.decode("api/v2/incidents.json")["incidents"] as? [[String: Any]] != nil)
    }

    @Test(
        "rolls the page up as Statuspage does: the worst open impact and what the components stand for",
        arguments: [
            (
                [ComponentStatus.operational, .operational, .operational], Impact?.none, "none",
                "All Systems Operational"
            ),
            ([.operational, .underMaintenance, .operational], nil, "none", "Service Under Maintenance"),
            ([.degradedPerformance, .operational, .operational], nil, "minor", "Minor Service Outage"),
            ([.partialOutage, .operational, .operational], nil, "minor", "Minor Service Outage"),
            ([.majorOutage, .operational, .operational], nil, "major", "Partial System Outage"),
            ([.majorOutage, .majorOutage, .majorOutage], nil, "critical", "Major Service Outage"),
            ([.operational, .operational, .operational], .critical, "critical", "Major Service Outage"),
            ([.degradedPerformance, .operational, .operational], .minor, "minor", "Minor Service Outage"),
            ([.operational, .underMaintenance, .operational], Impact.none, "none", "Service Under Maintenance"),
        ])
    func indicator(statuses: [ComponentStatus], openImpact: Impact?, indicator: String, description: String) {
        var timeline = SmallSite.timeline
        for index in timeline.components.indices { timeline.components[index].status = statuses[index] }
        timeline.incidents = []
        if let openImpact {
            var open = SmallSite.outage
            open.incident.impact = openImpact
            timeline.incidents = [open]
        }
        let result = StatuspageIndicator(timeline)
        #expect(result.indicator.rawValue == indicator)
        #expect(result.description == description)
    }

    @Test("gives groups ids from their names, never repeating a component's or another group's")
    func groupIDs() {
        var taken: Set<String> = ["group-email"]
        #expect(StatuspageComponents.uniqueID(forGroup: "E-mail & Chat", taken: &taken) == "group-e-mail-chat")
        #expect(StatuspageComponents.uniqueID(forGroup: "Email", taken: &taken) == "group-email-2")
        #expect(StatuspageComponents.uniqueID(forGroup: "EMAIL", taken: &taken) == "group-email-3")
        #expect(StatuspageComponents.uniqueID(forGroup: "Über ☃", taken: &taken) == "group-uber")
        #expect(StatuspageComponents.uniqueID(forGroup: "☃", taken: &taken) == "group")
    }

    @Test("writes JSON strings with quotes, backslashes and control characters escaped, other text as UTF-8")
    func strings() {
        #expect(JSONValue.string("a\"b\nc\u{01}").text == "\"a\\\"b\\nc\\u0001\"\n")
        #expect(JSONValue.object([]).text == "{}\n")
        #expect(
            JSONValue.array([.int(-3), .bool(true), .null, .array([])]).text == "[\n  -3,\n  true,\n  null,\n  []\n]\n")
    }

    @Test("lays out a document as JSONEncoder pretty-prints it with sorted keys, numbers and empty members alike")
    func spacedLayoutIsJSONEncoders() throws {
        struct Member: Encodable {
            let empty: [Int]
            let name: String
            let numbers: [Double?]
        }
        // Whole numbers, fractions of every size, exponents both ways, negative zero, and a sweep of
        // uptime-like and second-like values.
        let fixed: [Double?] = [
            0, -0.0, 31, 2_678_400, 0.999931, 1e-6, 0.00001, 0.0001, 1e15, 1e16, 123_456_789_012.5,
            .leastNonzeroMagnitude, nil,
        ]
        let fractions: [Double?] = (1...600).map { Double($0) * 0.000_731 }
        let seconds: [Double?] = (1...600).map { Double($0) * 86_400.123 / 7 }
        let numbers = fixed + fractions + seconds
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let expected = try encoder.encode([Member(empty: [], name: "a/b", numbers: numbers)]) + Data("\n".utf8)
        let document = JSONValue.array([
            .object([
                ("empty", .array([])), ("name", .string("a/b")), ("numbers", .array(numbers.map(JSONValue.number))),
            ])
        ])
        #expect(String(decoding: document.data(.spaced), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(JSONValue.number(.nan).text == "null\n")
    }

    @Test("writes times in UTC with milliseconds, as Statuspage does")
    func times() {
        #expect(StatuspageTime.format(Fixture.date("2026-11-07T15:10:00Z")) == "2026-11-07T15:10:00.000Z")
        #expect(StatuspageTime.format(Date(timeIntervalSince1970: 1.25)) == "1970-01-01T00:00:01.250Z")
    }

    static func decode(_ path: String) throws -> [String: Any] {
        let data = Data(try SmallSite.text(path).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
