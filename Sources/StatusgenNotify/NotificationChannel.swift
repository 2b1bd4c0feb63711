import StatusgenModel
import StatusgenRendering

/// A place `statusgen notify` sends updates to. What it sends is computed first, as plain values that
/// `--dry-run` prints and tests compare, and only then sent.
public protocol NotificationChannel: Sendable {
    /// The channel as configured.
    var settings: NotifyChannel { get }
    /// Who receives the messages, for the terminal; never a secret.
    var recipients: String { get }
    /// Who received an update, in words for the terminal, given how many of its messages were taken:
    /// `recipients` unless the channel picks them for each update.
    func recipients(reached count: Int) -> String
    /// The messages that carry `notice`; none when no recipient wants it.
    func messages(for notice: UpdateNotice) -> [OutgoingMessage]
    /// Sends `messages` within the channel's timeout; throws a `DeliveryFailure`. Returns the recipients
    /// that refused their message while others took theirs (an address an SMTP server does not know, or
    /// whose mailbox is full): the others have the update.
    func send(_ messages: [OutgoingMessage]) async throws(DeliveryFailure) -> [RecipientRefusal]
}

extension NotificationChannel {
    public func recipients(reached count: Int) -> String { recipients }
}

/// One message of a channel: an HTTP request or an email.
public enum OutgoingMessage: Sendable, Hashable {
    case http(HTTPMessage)
    case mail(MailMessage)
}
