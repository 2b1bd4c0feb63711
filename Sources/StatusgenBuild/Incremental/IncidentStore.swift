import Foundation
import StatusgenCore
import StatusgenModel

/// The incidents parsed by the last `build` or `validate` of a site, kept in its `.statusgen-cache/`
/// with the digest of each file's bytes, so that the next parses again only the incident files that
/// changed, and with the stamp each file had when it was read, so that the next does not even read a
/// file found with that stamp. Only incidents that parsed without errors are kept. Anything wrong with
/// the file only means incidents are read and parsed again: deleting it never changes what is built.
///
/// The file is a header (the program and the site's component ids) and segments of entries, each with
/// its length, a checksum of the header it was written under, and a checksum of itself. A build that
/// parsed a few files anew appends a segment with their entries, whose entries win over earlier ones of
/// the same path, rather than writing ten thousand again; the file is written again whole when the
/// components or the program changed, a segment is damaged (a build stopped while appending), or entries
/// written over since pile up.
struct IncidentStore {
    /// The cache's file in the site root.
    static let fileName = SiteLayout.cacheFolder + "/incidents"
    private static let format = "statusgen incidents 4"
    /// Entries per segment of a file written whole: it is encoded and written a segment at a time.
    private static let segmentSize = 256

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
        /// The digest stored for each path, as read (the memo changes as the build parses).
        fileprivate var digests: [String: String] = [:]
        /// The file's inode and how many entries it holds, written over ones included; `nil` when it is to
        /// be written again whole (missing, damaged or for other component ids).
        fileprivate var appendable: (inode: UInt64, header: UInt64, componentIDs: [String]?, records: Int)?

        /// Whether the file is to be written whole by the next save, even with nothing new to keep.
        var isToBeRewritten: Bool { appendable == nil }
    }

    /// The stored incidents and stamps; none when the file is missing, damaged or from another build of
    /// statusgen. Of a file whose later segment is damaged, the segments before it.
    func load() -> Contents {
        let empty = Contents(memo: IncidentMemo(digest: InputDigests.digest(of:)), known: [:])
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return empty }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0,
            let data = FileBytes.read(descriptor, expecting: Int(status.st_size))
        else { return empty }
        var reader = ByteReader(bytes: [UInt8](data))
        var componentIDs: [String]?
        let header: UInt64
        do throws(CacheDecodingFailure) {
            // The program that parsed the incidents: another build of statusgen may parse them otherwise.
            guard try reader.string() == Self.format, try reader.string() == InputDigests.programFingerprint else {
                return empty
            }
            if try reader.flag() {
                var ids: [String] = []
                for _ in 0..<(try reader.bounded()) { ids.append(try reader.string()) }
                componentIDs = ids
            }
            header = reader.bytes[..<reader.position].withUnsafeBytes(CacheChecksum.of)
        } catch {
            return empty
        }
        var entries: [String: IncidentMemo.Entry] = [:]
        var known: [String: KnownFile] = [:]
        var digests: [String: String] = [:]
        var records = 0
        var isWhole = true
        while !reader.isAtEnd {
            // A segment cut short or damaged ends the reading: what it holds is not used.
            var segment: [Entry] = []
            do throws(CacheDecodingFailure) {
                var payload = try reader.segment()
                // Written under another header (the file was replaced while a build appended to it): its
                // entries may have been parsed with other component ids.
                guard try payload.fixed() == header else { throw CacheDecodingFailure(reason: "another header") }
                for _ in 0..<(try payload.bounded()) {
                    let path = try payload.string()
                    let digest = try payload.string()
                    let stamp = try payload.flag() ? try payload.stamp() : nil
                    segment.append(Entry(path: path, digest: digest, stamp: stamp, incident: try payload.incident()))
                }
                guard payload.isAtEnd else { throw CacheDecodingFailure(reason: "a segment has bytes left over") }
            } catch {
                isWhole = false
                break
            }
            for entry in segment {
                entries[entry.path] = IncidentMemo.Entry(digest: entry.digest, outcome: .success(entry.incident))
                digests[entry.path] = entry.digest
                known[entry.path] = entry.stamp.map { KnownFile(stamp: $0, digest: entry.digest) }
            }
            records += segment.count
        }
        let memo = IncidentMemo(digest: InputDigests.digest(of:), componentIDs: componentIDs, entries: entries)
        var contents = Contents(memo: memo, known: known)
        contents.digests = digests
        contents.appendable = isWhole ? (UInt64(status.st_ino), header, componentIDs, records) : nil
        return contents
    }

    /// Keeps the incidents `memo` parsed without errors, each with its stamp when `known` has it for the
    /// same bytes: by appending what differs from `stored` (what `load` gave) when it can, else by writing
    /// the file again whole, atomically. A cache that cannot be written is no error.
    func save(_ memo: IncidentMemo, known: [String: KnownFile], over stored: Contents) {
        let (componentIDs, entries) = memo.contents
        let kept = entries.compactMap { path, entry -> Entry? in
            guard case .success(let incident) = entry.outcome else { return nil }
            let stamp = known[path].flatMap { $0.digest == entry.digest ? $0.stamp : nil }
            return Entry(path: path, digest: entry.digest, stamp: stamp, incident: incident)
        }
        .sorted { $0.path < $1.path }
        if let appendable = stored.appendable, appendable.componentIDs == componentIDs {
            let changed = kept.filter {
                stored.digests[$0.path] != $0.digest || stored.known[$0.path]?.stamp != $0.stamp
            }
            if changed.isEmpty { return }
            // Written whole again once the entries written over outnumber a quarter of those in use.
            if appendable.records + changed.count <= kept.count + kept.count / 4 + Self.segmentSize,
                append(changed, toInode: appendable.inode, under: appendable.header)
            {
                return
            }
        }
        var header = ByteWriter()
        header.string(Self.format)
        header.string(InputDigests.programFingerprint)
        header.flag(componentIDs != nil)
        if let componentIDs {
            header.integer(UInt64(componentIDs.count))
            for id in componentIDs { header.string(id) }
        }
        let headerChecksum = header.bytes.withUnsafeBytes(CacheChecksum.of)
        // The header, then the incidents encoded and written in turn, a segment at a time.
        let size = Self.segmentSize
        let parts = (0...(kept.count + size - 1) / size).lazy.map { part in
            part == 0
                ? header.bytes
                : Self.segment(kept[(part - 1) * size..<min(part * size, kept.count)], under: headerChecksum)
        }
        CacheFile.write(parts, to: file)
    }

    /// One incident as the store keeps it.
    private struct Entry {
        let path: String
        let digest: String
        let stamp: InputStamp?
        let incident: Incident
    }

    /// Appends a segment of `entries` to the file, in one write, when it is still the file of inode
    /// `inode`, marked as written under the header of checksum `header` (which holds the component ids the
    /// entries were parsed with); whether it did.
    private func append(_ entries: [Entry], toInode inode: UInt64, under header: UInt64) -> Bool {
        let descriptor = open(file.path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, UInt64(status.st_ino) == inode else { return false }
        let bytes = Self.segment(entries[...], under: header)
        // A write cut short leaves a damaged segment, which the next build ignores before writing the file again.
        return bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } == bytes.count
    }

    /// `entries` as a segment: its length, the checksum of the header it is written under, the entries,
    /// and a checksum of them.
    private static func segment(_ entries: ArraySlice<Entry>, under header: UInt64) -> [UInt8] {
        var payload = ByteWriter()
        payload.fixed(header)
        payload.integer(UInt64(entries.count))
        for entry in entries {
            payload.string(entry.path)
            payload.string(entry.digest)
            payload.optional(entry.stamp) { $0.stamp($1) }
            payload.incident(entry.incident)
        }
        var segment = ByteWriter()
        segment.integer(UInt64(payload.bytes.count))
        segment.bytes += payload.bytes
        segment.fixed(payload.bytes.withUnsafeBytes(CacheChecksum.of))
        return segment.bytes
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

    /// A reader of the next segment's entries, its checksum checked; this reader moves past it.
    fileprivate mutating func segment() throws(CacheDecodingFailure) -> ByteReader {
        let length = try count()
        guard length <= end - position, end - position - length >= 8 else {
            throw .init(reason: "a segment is cut short")
        }
        let start = position
        position = start + length
        guard try fixed() == bytes[start..<(start + length)].withUnsafeBytes(CacheChecksum.of) else {
            throw .init(reason: "the checksum does not match")
        }
        return ByteReader(bytes: bytes, position: start, end: start + length)
    }
}
