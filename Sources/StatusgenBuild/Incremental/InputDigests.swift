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

    /// The running program's file (its path, inode, size and modification time, to the nanosecond): a new
    /// build of statusgen may render the same inputs otherwise. Taken from `/proc/self/exe` with two system
    /// calls, since every build starts with it (Foundation's `Bundle.main` alone costs a no-change build 4%).
    static let programFingerprint: String = {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        let path =
            length > 0
            ? String(decoding: buffer[..<length].map(UInt8.init(bitPattern:)), as: UTF8.self)
            : CommandLine.arguments.first ?? ""
        // The running program's own file, even when another has been put at its path since.
        guard let stamp = FileStamp(path: length > 0 ? "/proc/self/exe" : path) else { return path }
        return "\(path) \(stamp.inode) \(stamp.size) \(stamp.seconds).\(Int(stamp.nanoseconds).zeroPadded(9))"
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
