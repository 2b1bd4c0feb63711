import StatusgenModel
import StatusgenRendering

/// A Discord webhook: one embed (title linking to the incident, the update as description, status and
/// components as fields), markdown escaped, lengths within Discord's limits, and no mentions allowed.
struct DiscordChannel: HTTPChannel {
    let settings: NotifyChannel
    let url: String
    let recipients: String

    func request(for notice: UpdateNotice) -> HTTPMessage {
        var fields: [[String: Any]] = [
            ["name": notice.statusLabel, "value": DiscordText.escape(notice.statusWords), "inline": true]
        ]
        fields += notice.components.prefix(24).map {
            ["name": $0.name.truncated(to: 256), "value": DiscordText.escape($0.statusWords), "inline": true]
        }
        let embed: [String: Any] = [
            "title": notice.headline.truncated(to: 256), "url": notice.incidentURL,
            "description": DiscordText.escape(notice.bodyText).truncated(to: 4000),
            "color": notice.color, "timestamp": RFC3339.string(from: notice.time), "fields": fields,
            "footer": ["text": notice.siteTitle.truncated(to: 2048)],
        ]
        let body = JSONText.encode([
            "username": notice.siteTitle.truncated(to: 80), "embeds": [embed],
            "allowed_mentions": ["parse": [String]()],
        ])
        return HTTPMessage(url: url, headers: [Self.jsonHeader], body: body)
    }
}
