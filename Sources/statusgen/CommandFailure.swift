/// A refusal of a command's arguments or of what they would do; `description` is the message for the user.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
