import Foundation
import StatusgenModel
import StatusgenRendering

/// Digests of a site's inputs, from which the keys of reusable pages are made: one per incident file,
/// and one of everything else every page may depend on.
struct InputDigests: Sendable {
    /// SHA-256 of `statusgen.yml`, the notification file, templates and strings (each with its path), and
    /// of the program that renders them.
    let shared: String
    /// SHA-256 of each incident file's bytes, by path.
    let incidents: [String: String]

    init(_ files: [InputFile]) {
        var shared = HexDigest()
        shared.add(Self.programFingerprint)
        var incidents: [String: String] = [:]
        for file in files where !file.path.hasPrefix(SiteLayout.staticFolder + "/") {
            if SiteLayout.isIncidentFile(file.path) {
                incidents[file.path] = file.knownDigest ?? Self.digest(of: file.contents)
            } else {
                shared.add("\(file.path)\u{0}\(file.contents.count)\u{0}")
                shared.add(file.contents)
            }
        }
        self.shared = shared.finish()
        self.incidents = incidents
    }

    /// The size and modification time of the running program: a new build of statusgen may render the
    /// same inputs otherwise.
    static let programFingerprint: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return path }
        return "\(path) \(size) \(modified.timeIntervalSince1970)"
    }()

    /// SHA-256 of `text` in hex.
    static func digest(of text: String) -> String {
        HexDigest.of(text)
    }

    /// SHA-256 of `bytes` in hex.
    static func digest(of bytes: Data) -> String {
        HexDigest.of(bytes)
    }
}
