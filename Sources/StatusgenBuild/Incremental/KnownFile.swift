import Foundation
import StatusgenCore

/// An incident file as an earlier build read it: its stamp then and the digest of its bytes. Found
/// with the same stamp, it holds the same bytes, and is not read again.
struct KnownFile: Equatable, Sendable {
    let stamp: InputStamp
    let digest: String
}

/// What `stat` says of an input file that a change of its bytes alters: its `FileStamp`, and the time
/// its inode last changed, which, unlike the modification time, cannot be set back by hand.
struct InputStamp: Equatable, Sendable {
    let file: FileStamp
    /// `st_ctim` in nanoseconds since 1970.
    let changed: Int64

    init(file: FileStamp, changed: Int64) {
        self.file = file
        self.changed = changed
    }

    /// The stamp of the regular file `status` describes, `nil` for anything else.
    init?(_ status: stat) {
        guard let file = FileStamp(status), !file.isFolder else { return nil }
        self.file = file
        changed = Int64(status.st_ctim.tv_sec) * 1_000_000_000 + Int64(status.st_ctim.tv_nsec)
    }

    /// Whether the file was last written and changed two seconds or more before `moment`. A stamp alone
    /// cannot tell a file written in the same instant as it was read (file systems keep times in coarse
    /// steps) from one written just after.
    func isSettled(before moment: Date) -> Bool {
        let limit = moment.timeIntervalSince1970 - 2
        return file.modified < limit && Double(changed) / 1e9 < limit
    }
}

extension IncidentMemo {
    /// The files of `stamps` (by path) that the memo holds as parsed without errors, each with its stamp
    /// and the digest of the bytes parsed, when settled before the build `started` (`InputStamp.isSettled`):
    /// a file written since shortly before the build began is read again by the next.
    func knownFiles(stamps: [String: InputStamp], started: Date) -> [String: KnownFile] {
        let entries = contents.entries
        var known: [String: KnownFile] = [:]
        for (path, stamp) in stamps where stamp.isSettled(before: started) {
            guard let entry = entries[path], case .success = entry.outcome else { continue }
            known[path] = KnownFile(stamp: stamp, digest: entry.digest)
        }
        return known
    }
}
