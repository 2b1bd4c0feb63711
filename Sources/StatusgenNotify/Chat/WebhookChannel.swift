import Crypto
import Foundation
import StatusgenModel
import StatusgenRendering

/// A generic webhook: the body of Statuspage's incident webhook (`meta`, `page`, `incident` with its
/// `incident_updates`, the update first), signed with HMAC-SHA256 over the exact body when a secret is set:
/// `X-Statusgen-Signature: sha256=HEX`. `X-Statusgen-Update-Id` carries the update's id for receivers that
/// drop repeats.
struct WebhookChannel: HTTPChannel {
    let settings: NotifyChannel
    let url: String
    let secret: String?
    let recipients: String
    /// The webhook body of a notice (`SiteNotices.webhookJSON(for:)`).
    let body: @Sendable (UpdateNotice) -> String

    func request(for notice: UpdateNotice) -> HTTPMessage {
        let body = body(notice)
        var headers = [Self.jsonHeader, HTTPMessage.Header("X-Statusgen-Update-Id", notice.id)]
        if let secret {
            headers.append(HTTPMessage.Header("X-Statusgen-Signature", Self.signature(body, secret)))
        }
        return HTTPMessage(url: url, headers: headers, body: body)
    }

    /// `sha256=` and the lower-case hex HMAC-SHA256 of `body` keyed with `secret`.
    static func signature(_ body: String, _ secret: String) -> String {
        let code = HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + code.map { String(format: "%02x", $0) }.joined()
    }
}
