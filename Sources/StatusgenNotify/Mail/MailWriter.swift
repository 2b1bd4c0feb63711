import Foundation
import StatusgenModel
import StatusgenRendering

/// Writes the email of one update to one recipient: a pure function of the notice and the settings.
///
/// The message is `multipart/alternative` (text, then HTML without scripts or remote images), both parts
/// quoted-printable UTF-8. `Message-ID` comes from the update's stable id and `In-Reply-To`/`References`
/// name the incident's first update, so mail clients thread an incident's updates; `List-Id`,
/// `List-Unsubscribe` and `Auto-Submitted: auto-generated` mark it as a list's automatic mail.
public struct MailWriter: Sendable {
    public var settings: EmailSettings

    public init(settings: EmailSettings) {
        self.settings = settings
    }

    /// The message to `recipient`.
    public func message(_ notice: UpdateNotice, to recipient: String) -> MailMessage {
        let domain = URL(string: notice.siteURL)?.host ?? "statusgen.invalid"
        let boundary = "=_statusgen_" + notice.id
        var headers = [
            "From: \(EncodedWord.phrase(notice.siteTitle)) <\(settings.from)>",
            "To: <\(recipient)>",
            "Subject: " + EncodedWord.header(Self.subject(notice)),
            "Date: " + Self.date(notice.time),
            "Message-ID: <\(notice.id)@\(domain)>",
        ]
        if notice.threadID != notice.id {
            headers += ["In-Reply-To: <\(notice.threadID)@\(domain)>", "References: <\(notice.threadID)@\(domain)>"]
        }
        headers += [
            "List-Id: \(EncodedWord.phrase(notice.siteTitle)) <\(domain)>",
            "List-Unsubscribe: <\(settings.unsubscribe)>",
            "Auto-Submitted: auto-generated",
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
        ]
        let parts = [
            ("plain", MailBody.text(notice, unsubscribe: settings.unsubscribe)),
            ("html", MailBody.html(notice, unsubscribe: settings.unsubscribe)),
        ]
        var lines = headers + [""]
        for (subtype, body) in parts {
            lines += [
                "--" + boundary, "Content-Type: text/\(subtype); charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable", "", QuotedPrintable.encode(body),
            ]
        }
        lines.append("--" + boundary + "--")
        return MailMessage(from: settings.from, to: recipient, text: lines.joined(separator: "\r\n") + "\r\n")
    }

    /// `[Identified] Mail flow delayed for UK customers`.
    static func subject(_ notice: UpdateNotice) -> String {
        "[\(notice.statusWords)] \(notice.title)"
    }

    /// The RFC 5322 date of `time` in UTC: `Tue, 24 Nov 2026 10:52:00 +0000`.
    static func date(_ time: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: time)
    }
}
