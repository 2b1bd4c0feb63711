import StatusgenModel
import StatusgenRendering

/// A Mastodon post (`POST /api/v1/statuses`) with the account's token as a Bearer token and the update's
/// id as `Idempotency-Key`, so that the server drops a repeat of the same update for an hour. The text
/// is the headline, the update (shortened to fit 500 characters) and the incident's link.
struct MastodonChannel: HTTPChannel {
    let settings: NotifyChannel
    /// The server's address, `https://mastodon.example/`.
    let server: String
    let token: String?
    let recipients: String

    /// Mastodon counts every link as 23 characters, whatever its length.
    private static let limit = 500
    private static let linkLength = 23

    func request(for notice: UpdateNotice) -> HTTPMessage {
        let room = Self.limit - notice.headline.count - Self.linkLength - 4
        var text = notice.headline + "\n\n"
        if !notice.bodyText.isEmpty, room > 1 { text += notice.bodyText.truncated(to: room) + "\n\n" }
        text += notice.incidentURL
        var headers = [Self.jsonHeader, HTTPMessage.Header("Idempotency-Key", notice.id)]
        if let token { headers.append(HTTPMessage.Header("Authorization", "Bearer " + token)) }
        let url = (server.hasSuffix("/") ? server : server + "/") + "api/v1/statuses"
        return HTTPMessage(url: url, headers: headers, body: JSONText.encode(["status": text, "visibility": "public"]))
    }
}
