import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("The credits schedules of statusgen.yml")
struct CreditConfigTests {
    /// A config with three components, `web` and `api` monitored, whose lines from 15 on are `extra`.
    static func config(_ extra: String, componentExtra: String = "") -> String {
        """
        title: Status
        base_url: https://status.example.com/
        timezone: UTC
        sla:
          exclude_maintenance: false
        components:
          - id: web
            name: Website
            monitors: [web]\(componentExtra)
          - id: api
            name: API
            monitors: [api]
          - id: desk
            name: Support desk
        \(extra)

        """
    }

    static let siteTiers = """
        credits:
          tiers:
            - below: 99.95
              credit: 10
            - below: 99
              credit: 25
        """

    @Test("the site's schedule applies to every monitored component, highest threshold first, maintenance as in sla")
    func siteSchedule() throws {
        let config = try ConfigParser().parse(Self.config(Self.siteTiers))
        let expected = CreditSchedule(
            tiers: [.init(below: 99.95, credit: 10), .init(below: 99, credit: 25)], excludeMaintenance: false)
        #expect(config.components.map(\.credits) == [expected, expected, nil])
    }

    @Test("a component's own schedule takes the place of the site's; a list of components limits the site's")
    func ownSchedule() throws {
        let own =
            "\n    credits:\n      exclude_maintenance: true\n      tiers:\n        - below: 99.5\n          credit: 5"
        let config = try ConfigParser().parse(
            Self.config(Self.siteTiers + "\n  components: [desk]", componentExtra: own))
        #expect(
            config.components.map(\.credits) == [
                CreditSchedule(tiers: [.init(below: 99.5, credit: 5)], excludeMaintenance: true), nil,
                CreditSchedule(
                    tiers: [.init(below: 99.95, credit: 10), .init(below: 99, credit: 25)], excludeMaintenance: false),
            ])
    }

    @Test("no schedule, no credits")
    func none() throws {
        #expect(try ConfigParser().parse(Self.config("")).components.allSatisfy { $0.credits == nil })
    }

    @Test(
        "reports a bad schedule at its line",
        arguments: [
            (
                "credits:\n  tiers:\n    - below: 99\n      credit: 25\n    - below: 99.95\n      credit: 10",
                "statusgen.yml:19: 'below' must be lower than the tier before it (99): list the tiers from the highest"
                    + " threshold down"
            ),
            (
                "credits:\n  tiers:\n    - below: 99.9\n      credit: 10\n    - below: 99.9\n      credit: 25",
                "statusgen.yml:19: 'below' must be lower than the tier before it (99.9): list the tiers from the highest"
                    + " threshold down"
            ),
            (
                "credits:\n  tiers:\n    - below: 100.5\n      credit: 10",
                "statusgen.yml:17: 'below' must be a percentage above 0 and at most 100"
            ),
            (
                "credits:\n  tiers:\n    - below: 99\n      credit: 0",
                "statusgen.yml:18: 'credit' must be a percentage of the monthly fee above 0 and at most 100"
            ),
            (
                "credits:\n  tiers:\n    - below: 99\n      credit: 150",
                "statusgen.yml:18: 'credit' must be a percentage of the monthly fee above 0 and at most 100"
            ),
            ("credits:\n  tiers: []", "statusgen.yml:16: 'credits' needs at least one tier in 'tiers'"),
            (
                "credits:\n  components: [web, apl]\n  tiers:\n    - below: 99\n      credit: 10",
                "statusgen.yml:16: unknown component 'apl' in 'credits' (did you mean 'api'?): the components are web,"
                    + " api, desk"
            ),
            (
                "credits:\n  tiers:\n    - below: 99\n      credits: 10",
                "statusgen.yml:18: unknown key 'credits' in credits.tiers[1] (did you mean 'credit'?)"
            ),
        ])
    func badSchedule(extra: String, expected: String) {
        let errors = diagnostics(of: { () throws(DiagnosticList) in try ConfigParser().parse(Self.config(extra)) })
        #expect(errors == [expected])
    }

    @Test("reports a bad tier of a component's own schedule at its line")
    func badOwnSchedule() {
        let own =
            "\n    credits:\n      tiers:\n        - below: 99.5\n          credit: 5\n        - below: 99.9\n          credit: 9"
        let errors = diagnostics(of: { () throws(DiagnosticList) in
            try ConfigParser().parse(Self.config("", componentExtra: own))
        })
        #expect(
            errors == [
                "statusgen.yml:14: 'below' must be lower than the tier before it (99.5): list the tiers from the highest"
                    + " threshold down"
            ])
    }
}
