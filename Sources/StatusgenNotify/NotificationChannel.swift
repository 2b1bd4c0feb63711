import StatusgenModel
import StatusgenRendering

/// A place `statusgen notify` sends updates to. What it sends is computed first, as plain values that
/// `--dry-run` prints and tests compare, and only then sent.
public protocol NotificationChannel: Sendable {
    /// The channel as configured.
    var settings: NotifyChannel { get }
    /// Who receives the messages, for the terminal; never a secret.
    var recipients: String { get }
    /// The messages that carry `notice`; none when no recipient wants it.
    func messages(for notice: UpdateNotice) -> [OutgoingMessage]
    /// Sends `messages` within the channel's timeout; throws a `DeliveryFailure`.
    func send(_ messages: [OutgoingMessage]) async throws(DeliveryFailure)
}

/// One message of a channel: an HTTP request or an email.
public enum OutgoingMessage: Sendable, Hashable {
    case http(HTTPMessage)
    case mail(MailMessage)
}
