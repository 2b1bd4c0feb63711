import ArgumentParser
import Foundation
import StatusgenBuild

/// The text of an update: `-m TEXT`, `--message-file FILE`, or standard input when neither is given.
struct MessageOptions: ParsableArguments {
    @Option(name: [.short, .customLong("message")], help: "The update's text (Markdown).")
    var message: String?

    @Option(help: "Read the update's text (Markdown) from this file.")
    var messageFile: String?

    /// Whether the message is given with -m or --message-file (else it is read from standard input).
    var isGiven: Bool { message != nil || messageFile != nil }

    /// The message, refused when missing or empty: an update without words tells customers nothing.
    func read() throws -> String {
        let text: String
        switch (message, messageFile) {
        case (.some, .some):
            throw CommandFailure("give the message with -m or --message-file, not both")
        case (.some(let message), nil):
            text = message
        case (nil, .some(let path)):
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw CommandFailure("--message-file \(path): cannot read the file: \(FileProblem.reason(error))")
            }
            text = try Self.utf8(data, from: "--message-file \(path)")
        case (nil, nil):
            guard isatty(STDIN_FILENO) == 0 else {
                throw CommandFailure("write the update's text with -m TEXT, --message-file FILE, or on standard input")
            }
            text = try Self.utf8(FileHandle.standardInput.readDataToEndOfFile(), from: "standard input")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw CommandFailure("the message is empty: say what customers should know")
        }
        return text
    }

    private static func utf8(_ data: Data, from source: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(source): the message is not UTF-8 text")
        }
        // NUL and other control bytes (UTF-16 text read as UTF-8 is full of NULs) are no message.
        guard !text.unicodeScalars.contains(where: { $0.value < 0x20 && !"\t\n\r".unicodeScalars.contains($0) })
        else {
            throw CommandFailure("\(source): the message holds control characters such as NUL: is it a text file?")
        }
        return text
    }
}
