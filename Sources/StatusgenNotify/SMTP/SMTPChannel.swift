import StatusgenChecks
import StatusgenModel
import StatusgenRendering

/// Email over SMTP: one message per update to each subscriber whose component filter the incident
/// matches (or to one list address), in the subscriber's language, sent in one SMTP session per update.
struct SMTPChannel: NotificationChannel {
    let settings: NotifyChannel
    let email: EmailSettings
    let subscribers: [Subscriber]
    /// The notices in the languages subscribers ask for other than the site's: by language, then update id.
    let translations: [String: [String: UpdateNotice]]
    let session: SMTPSession

    var recipients: String {
        email.listAddress ?? "\(subscribers.count) subscribers in \(email.subscribersPath)"
    }

    /// The list address, or how many of the subscribers got the update (those who follow its components,
    /// but for addresses the server refused).
    func recipients(reached count: Int) -> String {
        email.listAddress ?? "\(count) of the \(subscribers.count) subscribers in \(email.subscribersPath)"
    }

    func messages(for notice: UpdateNotice) -> [OutgoingMessage] {
        let writer = MailWriter(settings: email)
        let ids = notice.components.map(\.id)
        return subscribers.filter { $0.wants(ids) }.map { subscriber in
            let localized = subscriber.locale.flatMap { translations[$0]?[notice.id] } ?? notice
            return .mail(writer.message(localized, to: subscriber.address))
        }
    }

    func send(_ messages: [OutgoingMessage]) async throws(DeliveryFailure) -> [RecipientRefusal] {
        let mails = messages.compactMap { message -> MailMessage? in
            if case .mail(let mail) = message { mail } else { nil }
        }
        guard !mails.isEmpty else { return [] }
        do {
            return try await session.deliver(mails, timeout: settings.timeout)
        } catch let failure as DeliveryFailure {
            throw failure
        } catch {
            throw DeliveryFailure(
                "\(email.host):\(email.port): " + NetworkErrorWords.describe(error, timeout: settings.timeout))
        }
    }
}
