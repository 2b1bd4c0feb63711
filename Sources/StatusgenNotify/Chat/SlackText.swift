/// Escaping for Slack's mrkdwn: `&`, `<` and `>` as entities, as Slack's "Formatting text" page asks, so
/// that text cannot make links or mentions (`<!channel>`).
enum SlackText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }
}
