import StatusgenModel
import StatusgenRendering

/// Microsoft Teams through a workflow ("When a Teams webhook request is received"): an Adaptive Card 1.4
/// in the `attachments` envelope of a message, with the components as facts and a button to the incident.
struct TeamsChannel: HTTPChannel {
    let settings: NotifyChannel
    let url: String
    let recipients: String

    func request(for notice: UpdateNotice) -> HTTPMessage {
        var body: [[String: Any]] = [
            ["type": "TextBlock", "text": notice.headline, "weight": "Bolder", "size": "Medium", "wrap": true],
            ["type": "TextBlock", "text": notice.timeText, "isSubtle": true, "spacing": "None", "wrap": true],
        ]
        if !notice.bodyText.isEmpty { body.append(["type": "TextBlock", "text": notice.bodyText, "wrap": true]) }
        if !notice.components.isEmpty {
            body.append([
                "type": "FactSet", "facts": notice.components.map { ["title": $0.name, "value": $0.statusWords] },
            ])
        }
        let card: [String: Any] = [
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.4",
            "body": body,
            "actions": [["type": "Action.OpenUrl", "title": notice.viewWords, "url": notice.incidentURL]],
        ]
        let message = JSONText.encode([
            "type": "message",
            "attachments": [
                [
                    "contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": NSNullValue.null,
                    "content": card,
                ]
            ],
        ])
        return HTTPMessage(url: url, headers: [Self.jsonHeader], body: message)
    }
}
