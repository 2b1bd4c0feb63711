import Foundation
import NIOCore
import NIOSSL
import StatusgenModel

/// Delivers messages over one SMTP session: EHLO, STARTTLS when asked, AUTH PLAIN or LOGIN, then one
/// MAIL/RCPT/DATA transaction per message, and QUIT.
struct SMTPSession {
    let settings: EmailSettings
    /// The name the client gives in EHLO: the status site's host.
    let clientName: String
    let credentials: (username: String, password: String)?

    /// Delivers `messages`; the session is cut off when the server takes more than `timeout` seconds to
    /// connect or to answer a command. A failure after one of them was accepted, or without an answer to a
    /// message's end, may have left the update with some recipients (`DeliveryFailure.mayHaveArrived`). A
    /// recipient the server refuses for good (5xx to RCPT: a mailbox that is gone) or whose mailbox is busy
    /// for now (450, or 452 `4.2.x`: full) is skipped and returned, so that one address cannot hold the
    /// update back from the others or send it to them twice. Any other 4xx (a rate limit, a full queue)
    /// fails the session.
    func deliver(_ messages: [MailMessage], timeout: Double) async throws -> [RecipientRefusal] {
        let tls = try tlsContext()
        let hostname = Self.isAddress(settings.host) ? nil : settings.host
        let connection = try await SMTPConnection.open(
            host: settings.host, port: settings.port, tls: settings.security == .tls ? (tls, hostname) : nil,
            timeout: timeout)
        var accepted = 0
        var refused: [RecipientRefusal] = []
        do {
            var features = try await connection.command("EHLO \(clientName)", expecting: [250])
            if settings.security == .starttls {
                guard features.lines.contains(where: { $0.uppercased().hasPrefix("STARTTLS") }) else {
                    throw DeliveryFailure("the server does not offer STARTTLS", isRetryable: false)
                }
                _ = try await connection.command("STARTTLS", expecting: [220])
                try await connection.startTLS(tls, hostname: hostname)
                features = try await connection.command("EHLO \(clientName)", expecting: [250])
            }
            if let credentials { try await authenticate(connection, credentials) }
            for message in messages {
                if let refusal = try await transact(connection, message) {
                    refused.append(refusal)
                } else {
                    accepted += 1
                }
            }
            _ = try? await connection.command("QUIT", expecting: [221])
        } catch let failure as DeliveryFailure where accepted > 0 {
            connection.close()
            throw failure.afterSending()
        } catch {
            connection.close()
            throw error
        }
        connection.close()
        return refused
    }

    private func authenticate(_ connection: SMTPConnection, _ credentials: (username: String, password: String))
        async throws
    {
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        switch settings.authentication {
        case .plain:
            _ = try await connection.command(
                "AUTH PLAIN " + base64("\0\(credentials.username)\0\(credentials.password)"), expecting: [235],
                shown: "AUTH PLAIN")
        case .login:
            _ = try await connection.command("AUTH LOGIN", expecting: [334])
            _ = try await connection.command(base64(credentials.username), expecting: [334], shown: "AUTH LOGIN user")
            _ = try await connection.command(
                base64(credentials.password), expecting: [235], shown: "AUTH LOGIN password")
        }
    }

    /// Sends one message; returns the refusal when the server refuses its recipient.
    private func transact(_ connection: SMTPConnection, _ message: MailMessage) async throws -> RecipientRefusal? {
        _ = try await connection.command("MAIL FROM:<\(message.from)>", expecting: [250])
        let recipient = try await connection.send("RCPT TO:<\(message.to)>")
        if recipient.code >= 500 || recipient.isMailboxBusy {
            _ = try await connection.command("RSET", expecting: [250])
            return RecipientRefusal(address: message.to, reply: recipient.summary, isTemporary: recipient.code < 500)
        }
        try connection.expect([250, 251], recipient, for: "RCPT TO:<\(message.to)>")
        _ = try await connection.command("DATA", expecting: [354])
        let end: SMTPReply
        do {
            end = try await connection.send(Self.dotStuffed(message.text) + ".")
        } catch let failure as DeliveryFailure {
            // The message was sent and no answer came: the server may have taken it.
            throw failure.afterSending()
        }
        try connection.expect([250], end, for: "the message")
        return nil
    }

    /// The message with a `.` added before each line that starts with one (RFC 5321 4.5.2), ending in CRLF.
    static func dotStuffed(_ text: String) -> String {
        let lines = text.components(separatedBy: "\r\n")
        let body = lines.last == "" ? lines.dropLast() : lines[...]
        return body.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + "\r\n"
    }

    private func tlsContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let caFile = settings.caFile {
            configuration.additionalTrustRoots = [.file(caFile)]
        }
        return try NIOSSLContext(configuration: configuration)
    }

    private static func isAddress(_ host: String) -> Bool {
        (try? SocketAddress(ipAddress: host, port: 0)) != nil
    }
}
