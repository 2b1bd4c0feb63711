import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenCore

/// The text of an update: `-m TEXT`, `--message-file FILE`, or standard input when neither is given; and its
/// translations into the site's other languages, `--message LOCALE=TEXT`.
struct MessageOptions: ParsableArguments {
    @Option(
        name: [.short, .customLong("message")],
        help: ArgumentHelp(
            "The update's text (Markdown). LOCALE=TEXT gives its translation into another of the site's languages,"
                + " written to incidents/ID.LOCALE.md (repeat for each).", valueName: "text"))
    var messages: [String] = []

    @Option(help: "Read the update's text (Markdown) from this file.")
    var messageFile: String?

    /// The messages in the default language and the translations, for a site in `locales` (the default
    /// first): a message is a translation when it starts with one of the other languages' codes and "=".
    private func split(locales: [String]) -> (plain: [String], translations: [(locale: String, text: String)]) {
        var plain: [String] = []
        var translations: [(locale: String, text: String)] = []
        for message in messages {
            if let equals = message.firstIndex(of: "="), locales.dropFirst().contains(String(message[..<equals])) {
                translations.append((String(message[..<equals]), String(message[message.index(after: equals)...])))
            } else {
                plain.append(message)
            }
        }
        return (plain, translations)
    }

    /// Whether the message is given with -m or --message-file (else it is read from standard input).
    func isGiven(locales: [String]) -> Bool { !split(locales: locales).plain.isEmpty || messageFile != nil }

    /// The translations of the message, by language, in the order given: each once, none empty.
    func translations(locales: [String]) throws -> [(locale: String, text: String)] {
        let translations = split(locales: locales).translations
        var seen: Set<String> = []
        for (locale, text) in translations {
            guard seen.insert(locale).inserted else {
                throw CommandFailure("--message \(locale)=… is given twice: give one text for each language")
            }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CommandFailure("--message \(locale)=… is empty: say what customers should know")
            }
        }
        return translations
    }

    /// The message in the site's default language (`locales` first), refused when missing or empty: an update
    /// without words tells customers nothing.
    func read(locales: [String]) throws -> String {
        let (plain, translations) = split(locales: locales)
        // "fr=…" on a site that does not publish French would otherwise count as a second message.
        for message in plain {
            guard let equals = message.firstIndex(of: "="),
                StringsCatalog.builtInLocales.contains(String(message[..<equals])),
                String(message[..<equals]) != locales.first
            else { continue }
            let code = message[..<equals]
            throw CommandFailure(
                "--message \(code)=…: the site does not publish '\(code)'; add it to 'locales' in statusgen.yml"
                    + " for a translation, or give the text without '\(code)='")
        }
        if plain.isEmpty, messageFile == nil, let first = translations.first {
            throw CommandFailure(
                "--message \(first.locale)=… is a translation: give the text in the site's language"
                    + " (\(locales.first ?? "en")) too, with -m TEXT")
        }
        guard plain.count <= 1 else {
            throw CommandFailure(
                "-m is given \(plain.count) times: give one text in the site's language, and LOCALE=TEXT for each of"
                    + " " + (locales.count > 1 ? locales.dropFirst().joined(separator: ", ") : "its other languages"))
        }
        let text: String
        switch (plain.first, messageFile) {
        case (.some, .some):
            throw CommandFailure("give the message with -m or --message-file, not both")
        case (.some(let message), nil):
            // "en=…" on a site in English is its message (another language's code was refused above).
            if let equals = message.firstIndex(of: "="),
                StringsCatalog.builtInLocales.contains(String(message[..<equals]))
            {
                text = String(message[message.index(after: equals)...])
            } else {
                text = message
            }
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
