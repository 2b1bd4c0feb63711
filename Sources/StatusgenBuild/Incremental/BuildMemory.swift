import Foundation
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// The parsed incidents and reusable pages of the last build, held in memory by a process that builds
/// the same site again and again (`serve`), so that a build after an edit parses only the incident
/// files that changed and renders only the pages whose key changed.
public final class BuildMemory: @unchecked Sendable {
    private struct Page: Sendable {
        let digest: String
        let contents: Data
    }

    /// Guarded by `lock`.
    private var pages: [String: Page] = [:]
    private var known: [String: KnownFile] = [:]
    private let lock = NSLock()

    /// The incidents parsed by the last build.
    let incidents = IncidentMemo(digest: InputDigests.digest(of:))

    /// The incident files the last build parsed, with their stamps then: found with the same stamp, a file
    /// is not read again.
    var knownFiles: [String: KnownFile] {
        get { lock.withLock { known } }
        set { lock.withLock { known = newValue } }
    }

    public init() {}

    /// Reuse of the pages remembered, for inputs of `digests`.
    func reuse(_ digests: InputDigests) -> PageReuse {
        let pages = lock.withLock { self.pages }
        return PageReuse(sharedDigest: digests.shared, fileDigests: digests.incidents) { path, key in
            guard let page = pages[path], page.digest == key else { return nil }
            return .contents(page.contents)
        }
    }

    /// Remembers the pages of `keys` (key by path) with their bytes in `files`, in place of the last build's.
    func remember(_ keys: [String: String], of files: [OutputFile]) {
        var remembered: [String: Page] = [:]
        for file in files {
            guard let key = keys[file.path] else { continue }
            remembered[file.path] = Page(digest: key, contents: file.contents)
        }
        lock.withLock { pages = remembered }
    }
}
