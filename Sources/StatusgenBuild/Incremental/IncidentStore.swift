import Foundation
import StatusgenCore
import StatusgenModel

/// The incidents parsed by the last `build` or `validate` of a site, kept in its `.statusgen-cache/`
/// with the digest of each file's bytes, so that the next parses again only the incident files that
/// changed, and with the stamp each file had when it was read, so that the next does not even read a
/// file found with that stamp. Only incidents that parsed without errors are kept. Anything wrong with
/// the file only means incidents are read and parsed again: deleting it never changes what is built.
struct IncidentStore {
    /// The cache's file in the site root.
    static let fileName = SiteLayout.cacheFolder + "/incidents"
    private static let format = "statusgen incidents 2"

    let file: URL

    init(root: URL) {
        file = root.appendingPathComponent(Self.fileName)
    }

    /// What the store holds.
    struct Contents {
        /// The stored incidents.
        let memo: IncidentMemo
        /// The incident files kept with a stamp, by path.
        let known: [String: KnownFile]
    }

    /// The stored incidents and stamps; none when the file is missing, damaged or from another build of
    /// statusgen.
    func load() -> Contents {
        let empty = Contents(memo: IncidentMemo(digest: InputDigests.digest(of:)), known: [:])
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
            var known: [String: KnownFile] = [:]
            for _ in 0..<(try reader.bounded()) {
                let path = try reader.string()
                let digest = try reader.string()
                if try reader.flag() { known[path] = KnownFile(stamp: try reader.stamp(), digest: digest) }
                entries[path] = IncidentMemo.Entry(digest: digest, outcome: .success(try reader.incident()))
            }
            guard reader.isAtEnd else { return empty }
            let memo = IncidentMemo(digest: InputDigests.digest(of:), componentIDs: componentIDs, entries: entries)
            return Contents(memo: memo, known: known)
        } catch {
            return empty
        }
    }

    /// Keeps the incidents `memo` parsed without errors, each with its stamp when `known` has it for the
    /// same bytes, atomically; a cache that cannot be written is no error.
    func save(_ memo: IncidentMemo, known: [String: KnownFile]) {
        let (componentIDs, entries) = memo.contents
        let kept = entries.compactMap { path, entry -> (path: String, digest: String, incident: Incident)? in
            guard case .success(let incident) = entry.outcome else { return nil }
            return (path, entry.digest, incident)
        }
        let stamps = known.filter { path, file in entries[path]?.digest == file.digest }.mapValues(\.stamp)
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
                writer.optional(stamps[entry.path]) { $0.stamp($1) }
                writer.incident(entry.incident)
            }
            return writer.bytes
        }
        CacheFile.write(parts, to: file)
    }
}

/// A file's stamp in the incident store: its numbers in turn.
extension ByteWriter {
    fileprivate mutating func stamp(_ stamp: InputStamp) {
        integer(stamp.file.device)
        integer(stamp.file.inode)
        signed(Int(stamp.file.size))
        signed(Int(stamp.file.seconds))
        signed(Int(stamp.file.nanoseconds))
        signed(Int(stamp.changed))
    }
}

extension ByteReader {
    fileprivate mutating func stamp() throws(CacheDecodingFailure) -> InputStamp {
        let file = FileStamp(
            device: try integer(), inode: try integer(), size: Int64(try signed()), seconds: Int64(try signed()),
            nanoseconds: Int64(try signed()), isFolder: false)
        return InputStamp(file: file, changed: Int64(try signed()))
    }
}
