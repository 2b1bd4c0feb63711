import Crypto
import Foundation
import StatusgenModel

/// Digests of a site's inputs, from which the keys of reusable pages are made: one per incident file,
/// and one of everything else every page may depend on.
struct InputDigests: Sendable {
    /// SHA-256 of `statusgen.yml`, the notification file, templates and strings (each with its path), and
    /// of the program that renders them.
    let shared: String
    /// SHA-256 of each incident file's bytes, by path.
    let incidents: [String: String]

    init(_ files: [InputFile]) {
        var shared = SHA256()
        shared.update(data: Data(Self.programFingerprint.utf8))
        var incidents: [String: String] = [:]
        for file in files where !file.path.hasPrefix(SiteLayout.staticFolder + "/") {
            if SiteLayout.isIncidentFile(file.path) {
                incidents[file.path] = Self.digest(of: file.contents)
            } else {
                shared.update(data: Data("\(file.path)\u{0}\(file.contents.count)\u{0}".utf8))
                shared.update(data: file.contents)
            }
        }
        self.shared = Self.hex(shared.finalize())
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

    /// A key as SHA-256 in hex, short enough to store for every page.
    static func digest(of key: String) -> String {
        digest(of: Data(key.utf8))
    }

    /// SHA-256 of `bytes` in hex.
    static func digest(of bytes: Data) -> String {
        hex(SHA256.hash(data: bytes))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(2 * SHA256.byteCount)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
