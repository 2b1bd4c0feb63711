/// How a `kind: email` channel reaches its SMTP server and whom it writes to.
public struct EmailSettings: Sendable, Hashable {
    /// How the connection to the SMTP server is protected.
    public enum Security: String, Sendable, Hashable, CaseIterable {
        /// Plain connection upgraded with STARTTLS before anything else is said (port 587).
        case starttls
        /// TLS from the first byte (port 465).
        case tls
        /// No TLS: only for a relay on the same machine or network.
        case none
    }

    /// How the client proves who it is, when a user name is set.
    public enum Authentication: String, Sendable, Hashable, CaseIterable {
        case plain, login
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var authentication: Authentication
    /// The environment variables of the user name and password; no authentication without them.
    public var usernameEnv: String?
    public var passwordEnv: String?
    /// The sender's address, `status@example.com`; the site's title is its display name.
    public var from: String
    /// One list address that receives every update, instead of a subscribers file.
    public var listAddress: String?
    /// The subscribers file, relative to the site's root (by default `subscribers.csv`).
    public var subscribersPath: String
    /// Where readers unsubscribe: a `mailto:` address for the `List-Unsubscribe` header.
    public var unsubscribe: String
    /// Where readers ask to be added, shown on `subscribe.html`: a `mailto:` address (with an optional
    /// `?subject=`) or a web page.
    public var subscribe: String?
    /// A PEM file of certificates trusted besides the system's, for a relay with a private certificate.
    public var caFile: String?

    public init(
        host: String, port: Int, security: Security = .starttls, authentication: Authentication = .plain,
        usernameEnv: String? = nil, passwordEnv: String? = nil, from: String, listAddress: String? = nil,
        subscribersPath: String = SiteLayout.subscribersPath, unsubscribe: String, subscribe: String? = nil,
        caFile: String? = nil
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.authentication = authentication
        self.usernameEnv = usernameEnv
        self.passwordEnv = passwordEnv
        self.from = from
        self.listAddress = listAddress
        self.subscribersPath = subscribersPath
        self.unsubscribe = unsubscribe
        self.subscribe = subscribe
        self.caFile = caFile
    }

    /// The address of a `mailto:` link, without its `?` fields; `nil` for any other link.
    public static func mailtoAddress(_ link: String) -> String? {
        guard link.lowercased().hasPrefix("mailto:") else { return nil }
        return String(link.dropFirst("mailto:".count).prefix { $0 != "?" })
    }
}
