import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// Makes each configured channel ready to send: secrets and addresses from the environment, subscribers
/// from their file. For `--dry-run`, a variable that is not set is shown by its name (`$SLACK_URL`) and a
/// signature is left out, so that what would be sent can be read without the secrets.
struct ChannelFactory {
    let root: URL
    let site: SiteNotices
    let environment: [String: String]
    let dryRun: Bool

    /// The channel of `plan`, ready to send the plan's updates.
    func make(_ plan: ChannelPlan) throws -> any NotificationChannel {
        let channel = plan.channel
        let recipients: String
        let url: String
        switch channel.endpoint {
        case .value(let value):
            (url, recipients) = (value, value)
        case .environment(let name):
            (url, recipients) = (try value(name, for: channel) ?? "$" + name, "$" + name)
        }
        let secret = try channel.secretEnv.flatMap { try value($0, for: channel) }
        switch channel.kind {
        case .webhook:
            return WebhookChannel(
                settings: channel, url: url, secret: secret, recipients: recipients, body: site.webhookJSON(for:))
        case .slack: return SlackChannel(settings: channel, url: url, recipients: recipients)
        case .teams: return TeamsChannel(settings: channel, url: url, recipients: recipients)
        case .discord: return DiscordChannel(settings: channel, url: url, recipients: recipients)
        case .mastodon: return MastodonChannel(settings: channel, server: url, token: secret, recipients: recipients)
        case .email: return try email(channel, sending: Set(plan.pending.map(\.id) + plan.deferred.map(\.updateID)))
        }
    }

    private func email(_ channel: NotifyChannel, sending ids: Set<String>) throws -> SMTPChannel {
        guard var email = channel.email else { throw CommandFailure("channel '\(channel.name)' has no email settings") }
        email.caFile = email.caFile.map { root.appendingPathComponent($0).path }
        let subscribers: [Subscriber]
        if let list = email.listAddress {
            subscribers = [Subscriber(address: list)]
        } else {
            subscribers = try SubscriberList.read(
                for: channel, email: email, root: root, componentIDs: site.config.components.map(\.id),
                locales: site.locales)
        }
        var credentials: (String, String)?
        if let user = email.usernameEnv, let password = email.passwordEnv {
            credentials = (try value(user, for: channel) ?? "", try value(password, for: channel) ?? "")
        }
        let host = URL(string: site.config.baseURL)?.host ?? "localhost"
        var translations: [String: [String: UpdateNotice]] = [:]
        for locale in Set(subscribers.compactMap(\.locale)) where locale != site.config.locale {
            translations[locale] = site.notices(in: locale, ids: ids)
        }
        return SMTPChannel(
            settings: channel, email: email, subscribers: subscribers, translations: translations,
            session: SMTPSession(settings: email, clientName: host, credentials: credentials))
    }

    /// The variable's value; when it is not set, `nil` for a dry run and an error otherwise.
    private func value(_ name: String, for channel: NotifyChannel) throws -> String? {
        if let value = environment[name], !value.isEmpty { return value }
        guard dryRun else {
            throw CommandFailure(
                "\(SiteLayout.configPath):\(channel.line ?? 1): channel '\(channel.name)' needs the environment"
                    + " variable \(name), which is not set")
        }
        return nil
    }
}
