import Foundation
import StatusgenModel

/// The public JSON API under `api/v2/`, in the shape of Atlassian Statuspage's v2 API, so that clients
/// and widgets written for Statuspage read it: static files for the endpoints a status page serves.
///
/// Every file has the `page` object first; lists are newest first (by start, then id) and hold at most
/// 50 entries where Statuspage says "the 50 most recent". Outages found only by monitoring are not
/// incidents here: they have no title or updates written by a person, and they already show in the
/// status of the components their monitors belong to. See docs/api.md.
struct StatuspageAPI {
    /// The folder of the files, relative to the site root.
    static let folder = "api/v2/"
    /// How many incidents or maintenances the full lists carry.
    static let listLimit = 50

    let context: RenderingContext

    init(_ context: RenderingContext) {
        self.context = context
    }

    /// The page's id: the host of `base_url` ("status.example.com").
    var pageID: String {
        URL(string: context.config.baseURL)?.host ?? context.config.baseURL
    }

    /// Every file of the API.
    var files: [OutputFile] {
        let timeline = context.timeline
        let components = StatuspageComponents(timeline, pageID: pageID)
        let status = StatuspageIndicator(timeline).json
        func objects(_ items: [TimelineIncident]) -> JSONValue {
            .array(
                items.map {
                    StatuspageIncident(item: $0, pageID: pageID, components: components, context: context).json
                })
        }
        let incidents = timeline.incidents.filter { $0.incident.kind == .incident }
        let maintenances = timeline.incidents.filter { $0.incident.kind == .maintenance }
        let unresolved = incidents.filter { $0.phase == .active }
        let upcoming = maintenances.filter { $0.phase == .upcoming }
        let active = maintenances.filter { $0.phase == .inProgress }
        let current = maintenances.filter { $0.phase == .upcoming || $0.phase == .inProgress }
        return [
            file(
                "summary.json",
                [
                    ("components", .array(components.all)),
                    ("incidents", objects(unresolved)),
                    ("scheduled_maintenances", objects(current)),
                    ("status", status),
                ]),
            file("status.json", [("status", status)]),
            file("components.json", [("components", .array(components.all))]),
            file("incidents.json", [("incidents", objects(Array(incidents.prefix(Self.listLimit))))]),
            file("incidents/unresolved.json", [("incidents", objects(unresolved))]),
            file(
                "scheduled-maintenances.json",
                [("scheduled_maintenances", objects(Array(maintenances.prefix(Self.listLimit))))]),
            file("scheduled-maintenances/upcoming.json", [("scheduled_maintenances", objects(upcoming))]),
            file("scheduled-maintenances/active.json", [("scheduled_maintenances", objects(active))]),
        ]
    }

    /// The `page` object: id, name, url, time_zone (the site's IANA zone, `Etc/UTC` for UTC as Statuspage
    /// writes it) and updated_at (the build's time).
    var page: JSONValue {
        let zone = context.config.timeZone.identifier
        return .object([
            ("id", .string(pageID)),
            ("name", .string(context.config.title)),
            ("url", .string(context.config.baseURL)),
            ("time_zone", .string(ZoneNames.utcIdentifiers.contains(zone) ? "Etc/UTC" : zone)),
            ("updated_at", StatuspageTime.json(context.timeline.now)),
        ])
    }

    private func file(_ name: String, _ members: [(key: String, value: JSONValue)]) -> OutputFile {
        let document = JSONValue.object([("page", page)] + members)
        return OutputFile(path: Self.folder + name, contents: document.data())
    }
}
