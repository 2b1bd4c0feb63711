import Foundation
import StatusgenModel

/// The incidents parsed by an earlier build, by path, each with a digest of the bytes it was parsed
/// from, so that a build parses again only the incident files whose bytes changed. `serve` keeps one in
/// memory; `build` and `validate` keep one in the site's cache.
public final class IncidentMemo: @unchecked Sendable {
    /// What parsing one file gave, and the digest of the bytes it was parsed from.
    public struct Entry: Sendable {
        public let digest: String
        public let outcome: Result<Incident, DiagnosticList>

        public init(digest: String, outcome: Result<Incident, DiagnosticList>) {
            self.digest = digest
            self.outcome = outcome
        }
    }

    /// A file's digest and, when the memo knows those bytes, what parsing them gave.
    struct Lookup {
        let digest: String
        let known: Result<Incident, DiagnosticList>?
    }

    private let digestOf: @Sendable (Data) -> String
    /// Guarded by `lock`.
    private var parsedWith: [String]?
    private var entries: [String: Entry]
    private var parsed = 0
    private let lock = NSLock()

    /// A memo that digests file bytes with `digest`, knowing the `entries` (by path) parsed with the site's
    /// `componentIDs`.
    public init(
        digest: @escaping @Sendable (Data) -> String, componentIDs: [String]? = nil, entries: [String: Entry] = [:]
    ) {
        digestOf = digest
        parsedWith = componentIDs
        self.entries = entries
    }

    /// The component ids and entries the memo knows now.
    public var contents: (componentIDs: [String]?, entries: [String: Entry]) {
        lock.withLock { (parsedWith, entries) }
    }

    /// How many incident files the last parse read anew: those the memo did not know, or knew with
    /// other bytes.
    public var parsedCount: Int { lock.withLock { parsed } }

    /// Whether the last parse read any file anew, so that a stored memo is worth storing again. (Files
    /// gone since are no reason: an entry is used only for a file with its path and bytes, and the next
    /// store leaves it out.)
    public var hasChanged: Bool { parsedCount > 0 }

    /// The digest of `file`'s bytes (its known digest when they were not read), and what parsing the file
    /// with those bytes gave before, for the same component ids (which the parser checks incidents against).
    func lookup(_ file: InputFile, componentIDs: [String]?) -> Lookup {
        let digest = file.knownDigest ?? digestOf(file.contents)
        let entry = lock.withLock { parsedWith == componentIDs ? entries[file.path] : nil }
        return Lookup(digest: digest, known: entry?.digest == digest ? entry?.outcome : nil)
    }

    /// Whether the memo knows what parsing each of `files` gave, with their known digests and for
    /// `componentIDs`, as the parser needs for files whose bytes were not read.
    public func knows(_ files: [InputFile], componentIDs: [String]?) -> Bool {
        lock.withLock {
            parsedWith == componentIDs
                && files.allSatisfy { file in
                    guard let entry = entries[file.path], case .success = entry.outcome else { return false }
                    return entry.digest == file.knownDigest
                }
        }
    }

    /// Keeps `entries` (by path), parsed with `componentIDs`, in place of what the memo knew.
    func remember(_ entries: [String: Entry], componentIDs: [String]?) {
        lock.withLock {
            let sameIDs = parsedWith == componentIDs
            parsed = entries.count { path, entry in !sameIDs || self.entries[path]?.digest != entry.digest }
            parsedWith = componentIDs
            self.entries = entries
        }
    }
}
