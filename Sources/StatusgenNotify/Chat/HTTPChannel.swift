import StatusgenRendering

/// A channel that posts one JSON request per update: webhook, Slack, Teams, Discord and Mastodon.
protocol HTTPChannel: NotificationChannel {
    /// The request that carries `notice`: a pure function of it.
    func request(for notice: UpdateNotice) -> HTTPMessage
}

extension HTTPChannel {
    public func messages(for notice: UpdateNotice) -> [OutgoingMessage] {
        [.http(request(for: notice))]
    }

    public func send(_ messages: [OutgoingMessage]) async throws(DeliveryFailure) -> [RecipientRefusal] {
        for case .http(let message) in messages {
            try await HTTPSender.post(message, timeout: settings.timeout)
        }
        return []
    }

    /// The `Content-Type` of every JSON request.
    static var jsonHeader: HTTPMessage.Header { HTTPMessage.Header("Content-Type", "application/json; charset=utf-8") }
}
