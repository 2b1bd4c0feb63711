import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel

/// A translation's file with an update added, composed and checked, to be written once every file of the
/// command is: replacing the file only if it still holds what was read, or creating it only if it still
/// does not exist, so that nothing a translator wrote meanwhile is lost.
struct TranslationFile {
    let path: String
    let url: URL
    let contents: Data
    /// The file as read, `nil` when it did not exist.
    let original: Data?

    /// `update` added to the translation of incident `id` into `locale` in the site at `root`; a new file
    /// starts with the original's `title`.
    static func compose(
        _ update: UpdateDraft, id: String, locale: String, title: String, in root: URL
    ) throws -> TranslationFile {
        let editor = TranslationFileEditor(id: id, locale: locale)
        let url = root.appendingPathComponent(editor.path)
        var original: Data?
        var text: String?
        if FileManager.default.fileExists(atPath: url.path) {
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                throw CommandFailure("\(editor.path): cannot read the file: \(FileProblem.reason(error))")
            }
            // Decoding with replacement characters would change the bytes written back: refuse instead.
            guard let decoded = String(validating: data, as: UTF8.self) else {
                throw Diagnostic.notUTF8(data, path: editor.path)
            }
            original = data
            text = decoded
        }
        let edited = try editor.apply(update, to: text, title: title)
        return TranslationFile(path: editor.path, url: url, contents: Data(edited.utf8), original: original)
    }

    /// Writes the file and says so.
    func write() throws {
        if let original {
            try AtomicFile.replace(url, with: contents, expected: original)
            print("Updated \(path)")
        } else {
            guard try AtomicFile.create(url, with: contents) else {
                throw CommandFailure(
                    "\(path): not written: the file was created meanwhile; add the update to it by hand")
            }
            print("Created \(path)")
        }
    }
}
