import Foundation

/// The files a publish target holds, path -> size and SHA-256, stored on the target itself
/// (`.statusgen-manifest.json`) so that the next publish sends only what changed.
public struct PublishManifest: Sendable, Hashable {
    /// The manifest's name on every target, beside the site's files; hidden, like the site's marker.
    public static let fileName = ".statusgen-manifest.json"
    /// The version of the JSON form; another version is not trusted.
    static let format = 1

    /// Site path (relative, `/`-separated) -> entry.
    public var files: [String: ManifestEntry]

    public init(files: [String: ManifestEntry] = [:]) {
        self.files = files
    }

    /// The JSON form: sorted keys, so that the same files give the same bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding a dictionary of plain values cannot fail.
        return (try? encoder.encode(Stored(format: Self.format, files: files))) ?? Data()
    }

    /// Reads the JSON form back; `nil` for bytes that are not a whole manifest of this version (a torn
    /// write, another tool's file), which a publish must not trust.
    public init?(json: Data) {
        guard let stored = try? JSONDecoder().decode(Stored.self, from: json), stored.format == Self.format,
            stored.files.values.allSatisfy({ $0.size >= 0 && $0.sha256.count == 64 })
        else { return nil }
        files = stored.files
    }

    private struct Stored: Codable {
        var format: Int
        var files: [String: ManifestEntry]
    }
}
