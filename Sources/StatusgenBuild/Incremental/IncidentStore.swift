import Foundation
import StatusgenCore
import StatusgenModel

/// The incidents parsed by the last `build` or `validate` of a site, kept in its `.statusgen-cache/`
/// with the digest of each file's bytes, so that the next parses again only the incident files that
/// changed. Only incidents that parsed without errors are kept. Anything wrong with the file only means
/// incidents are parsed again: deleting it never changes what is built.
struct IncidentStore {
    /// The cache's file in the site root.
    static let fileName = SiteLayout.cacheFolder + "/incidents"
    private static let format = "statusgen incidents 1"

    let file: URL

    init(root: URL) {
        file = root.appendingPathComponent(Self.fileName)
    }

    /// A memo of the stored incidents; an empty one when the file is missing, damaged or from another
    /// build of statusgen.
    func load() -> IncidentMemo {
        let empty = IncidentMemo(digest: InputDigests.digest(of:))
        guard let data = try? Data(contentsOf: file) else { return empty }
        var reader = ByteReader(bytes: [UInt8](data))
        do throws(CacheDecodingFailure) {
            // The program that parsed the incidents: another build of statusgen may parse them otherwise.
            guard try reader.string() == Self.format, try reader.string() == InputDigests.programFingerprint else {
                return empty
            }
            var componentIDs: [String]?
            if try reader.flag() {
                var ids: [String] = []
                for _ in 0..<(try reader.bounded()) { ids.append(try reader.string()) }
                componentIDs = ids
            }
            var entries: [String: IncidentMemo.Entry] = [:]
            for _ in 0..<(try reader.bounded()) {
                let path = try reader.string()
                let digest = try reader.string()
                entries[path] = IncidentMemo.Entry(digest: digest, outcome: .success(try reader.incident()))
            }
            guard reader.isAtEnd else { return empty }
            return IncidentMemo(digest: InputDigests.digest(of:), componentIDs: componentIDs, entries: entries)
        } catch {
            return empty
        }
    }

    /// Keeps the incidents `memo` parsed without errors, atomically; a cache that cannot be written is no
    /// error.
    func save(_ memo: IncidentMemo) {
        let (componentIDs, entries) = memo.contents
        let kept = entries.compactMap { path, entry -> (path: String, digest: String, incident: Incident)? in
            guard case .success(let incident) = entry.outcome else { return nil }
            return (path, entry.digest, incident)
        }
        var header = ByteWriter()
        header.string(Self.format)
        header.string(InputDigests.programFingerprint)
        header.flag(componentIDs != nil)
        if let componentIDs {
            header.integer(UInt64(componentIDs.count))
            for id in componentIDs { header.string(id) }
        }
        header.integer(UInt64(kept.count))
        // The header, then the incidents encoded and written in turn, 256 at a time.
        let sorted = kept.sorted(by: { $0.path < $1.path })
        let parts = (0...(sorted.count + 255) / 256).lazy.map { part in
            guard part > 0 else { return header.bytes }
            var writer = ByteWriter()
            for entry in sorted[(part - 1) * 256..<min(part * 256, sorted.count)] {
                writer.string(entry.path)
                writer.string(entry.digest)
                writer.incident(entry.incident)
            }
            return writer.bytes
        }
        CacheFile.write(parts, to: file)
    }
}
