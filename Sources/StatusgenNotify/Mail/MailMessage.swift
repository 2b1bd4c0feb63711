/// One email ready for SMTP: the envelope and the whole message with CRLF line breaks.
public struct MailMessage: Sendable, Hashable {
    public var from: String
    public var to: String
    /// RFC 5322 header and MIME body, every line under 998 octets.
    public var text: String

    public init(from: String, to: String, text: String) {
        self.from = from
        self.to = to
        self.text = text
    }
}
