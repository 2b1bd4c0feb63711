/// Reads the yes/no values people write in cState front matter: `true`, `True`, `yes`, `on`...
enum CStateBoolean {
    /// `true` or `false` for a recognised word in any case, `nil` otherwise.
    static func parse(_ text: String) -> Bool? {
        switch text.trimmingSpaces().lowercased() {
        case "true", "yes", "y", "on", "1": true
        case "false", "no", "n", "off", "0": false
        default: nil
        }
    }
}
