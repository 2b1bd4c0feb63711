/// A refusal of a command's arguments or of what they would do, or a file or folder the site cannot be
/// read from or written to; `description` is the message for the user, naming the file.
public struct CommandFailure: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
