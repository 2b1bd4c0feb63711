/// The parts of Statuspage's public API (`/api/v2/summary.json`, `incidents.json`,
/// `scheduled-maintenances.json`) that an import reads; every other field is ignored.
enum StatuspagePayload {
    /// `summary.json` or `components.json`: the summary also lists the incidents not yet resolved and the
    /// maintenances upcoming or in progress, each with its updates.
    struct Summary: Decodable {
        var page: Page?
        var components: [Component]?
        var incidents: [Incident]?
        var scheduledMaintenances: [Incident]?

        enum CodingKeys: String, CodingKey {
            case page, components, incidents
            case scheduledMaintenances = "scheduled_maintenances"
        }
    }

    struct Page: Decodable {
        var name: String?
        var url: String?
        /// The IANA zone the page shows its times in, such as `America/Los_Angeles`.
        var timeZone: String?

        enum CodingKeys: String, CodingKey {
            case name, url
            case timeZone = "time_zone"
        }
    }

    /// A component, or a group of components (`group: true`).
    struct Component: Decodable {
        var id: String
        var name: String
        var description: String?
        var group: Bool?
        var groupID: String?
        var position: Int?

        enum CodingKeys: String, CodingKey {
            case id, name, description, group, position
            case groupID = "group_id"
        }
    }

    /// `incidents.json`.
    struct Incidents: Decodable {
        var page: Page?
        var incidents: [Incident]
    }

    /// `scheduled-maintenances.json`.
    struct Maintenances: Decodable {
        var page: Page?
        var scheduledMaintenances: [Incident]

        enum CodingKeys: String, CodingKey {
            case page
            case scheduledMaintenances = "scheduled_maintenances"
        }
    }

    /// An incident or a scheduled maintenance.
    struct Incident: Decodable {
        var id: String
        var name: String
        var status: String
        var impact: String?
        var createdAt: String
        var scheduledFor: String?
        var scheduledUntil: String?
        var incidentUpdates: [Update]
        var components: [Component]?

        enum CodingKeys: String, CodingKey {
            case id, name, status, impact, components
            case createdAt = "created_at"
            case scheduledFor = "scheduled_for"
            case scheduledUntil = "scheduled_until"
            case incidentUpdates = "incident_updates"
        }
    }

    struct Update: Decodable {
        var status: String
        var body: String?
        var createdAt: String
        var displayAt: String?
        var affectedComponents: [Change]?

        enum CodingKeys: String, CodingKey {
            case status, body
            case createdAt = "created_at"
            case displayAt = "display_at"
            case affectedComponents = "affected_components"
        }
    }

    /// A component's status before and after an update.
    struct Change: Decodable {
        var code: String
        var name: String?
        var oldStatus: String?
        var newStatus: String?

        enum CodingKeys: String, CodingKey {
            case code, name
            case oldStatus = "old_status"
            case newStatus = "new_status"
        }
    }
}
