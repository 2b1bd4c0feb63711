/// Escaping for Discord's markdown: each character that starts formatting (`\ * _ ~ ` | > # - [ ] ( )`)
/// gets a backslash, so an update's text shows as written. Mentions are stopped by `allowed_mentions`.
enum DiscordText {
    private static let special: Set<Character> = ["\\", "*", "_", "~", "`", "|", ">", "#", "-", "[", "]", "(", ")"]

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

}
