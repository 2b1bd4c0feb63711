import StatusgenModel

extension ConfigFile {
    /// One entry of `notify:`, as written; which keys a kind takes is checked by `NotifyConfigParser`.
    struct NotifyEntry: Decodable {
        var kind: NotifyChannel.Kind
        var url: String?
        var urlEnv: String?
        var secretEnv: String?
        var tokenEnv: String?
        var timeoutSeconds: Double?
        var smtp: String?
        var security: EmailSettings.Security?
        var auth: EmailSettings.Authentication?
        var usernameEnv: String?
        var passwordEnv: String?
        var from: String?
        var to: String?
        var subscribers: String?
        var unsubscribe: String?
        var subscribe: String?
        var caFile: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case kind, url, smtp, security, auth, from, to, subscribers, unsubscribe, subscribe
            case urlEnv = "url_env"
            case secretEnv = "secret_env"
            case tokenEnv = "token_env"
            case timeoutSeconds = "timeout_seconds"
            case usernameEnv = "username_env"
            case passwordEnv = "password_env"
            case caFile = "ca_file"
        }

        /// The keys only a `kind: email` channel takes.
        static let emailKeys: [CodingKeys] = [
            .smtp, .security, .auth, .usernameEnv, .passwordEnv, .from, .to, .subscribers, .unsubscribe, .subscribe,
            .caFile,
        ]
    }
}

extension NotifyChannel.Kind: FileFormatValue {}
extension EmailSettings.Security: FileFormatValue {}
extension EmailSettings.Authentication: FileFormatValue {}
