import StatusgenModel
import StatusgenRendering

/// A Slack incoming webhook: Block Kit blocks (the headline, the update, the components, a link) with a
/// plain `text` fallback for notifications; every text is escaped for mrkdwn.
struct SlackChannel: HTTPChannel {
    let settings: NotifyChannel
    let url: String
    let recipients: String

    func request(for notice: UpdateNotice) -> HTTPMessage {
        let link = "<\(notice.incidentURL)|\(SlackText.escape(notice.title))>"
        var blocks: [[String: Any]] = [
            section("*[\(SlackText.escape(notice.statusWords))] \(link)*\n\(SlackText.escape(notice.timeText))")
        ]
        if !notice.bodyText.isEmpty { blocks.append(section(SlackText.escape(String(notice.bodyText.prefix(2900))))) }
        if !notice.components.isEmpty {
            let list = notice.components.map {
                "\(SlackText.escape($0.name))\(notice.colon) \(SlackText.escape($0.statusWords))"
            }
            blocks.append(["type": "context", "elements": [["type": "mrkdwn", "text": list.joined(separator: " · ")]]])
        }
        let body = JSONText.encode([
            "text": SlackText.escape(notice.headline + " " + notice.incidentURL), "blocks": blocks,
            "unfurl_links": false,
        ])
        return HTTPMessage(url: url, headers: [Self.jsonHeader], body: body)
    }

    private func section(_ text: String) -> [String: Any] {
        ["type": "section", "text": ["type": "mrkdwn", "text": text]]
    }
}
