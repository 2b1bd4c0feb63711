import Foundation

/// A channel `statusgen notify` sends each update to, declared under `notify:` in `statusgen.yml`.
/// Secrets (a webhook's signing key, a token, an SMTP password, a chat webhook's address) are named
/// here by the environment variable that holds them, never written in the site's files.
public struct NotifyChannel: Sendable, Hashable {
    /// What the channel is.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case email, webhook, slack, teams, discord, mastodon
    }

    /// The channel's name: the key under `notify:`, written in the ledger.
    public var name: String
    public var kind: Kind
    /// Where the messages go: a fixed address, or the environment variable that holds it.
    public var endpoint: Setting
    /// The environment variable of a webhook's signing secret or of Mastodon's access token.
    public var secretEnv: String?
    /// The mail settings, for `kind: email`.
    public var email: EmailSettings?
    /// How long one attempt to send may take, in seconds.
    public var timeout: TimeInterval
    /// The line of the channel's name in `statusgen.yml`.
    public var line: Int?

    public init(
        name: String, kind: Kind, endpoint: Setting, secretEnv: String? = nil, email: EmailSettings? = nil,
        timeout: TimeInterval = 10, line: Int? = nil
    ) {
        self.name = name
        self.kind = kind
        self.endpoint = endpoint
        self.secretEnv = secretEnv
        self.email = email
        self.timeout = timeout
        self.line = line
    }

    /// A value written in the config, or read from an environment variable when the channel sends.
    public enum Setting: Sendable, Hashable {
        case value(String)
        case environment(String)
    }
}
