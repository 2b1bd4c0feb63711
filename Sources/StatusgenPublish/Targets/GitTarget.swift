import Foundation
import StatusgenBuild
import StatusgenCore

/// Publishes by committing the site to a branch of a git repository and pushing it (GitHub, GitLab or
/// Codeberg Pages). A push changes the branch in one step, so the pages are built from a whole site.
///
/// The branch is kept in a clone in the site's cache folder, so that a publish fetches and sends only
/// what changed. `.nojekyll` is always there (GitHub Pages would otherwise skip files starting with `_`),
/// and a `CNAME` on the branch stays when the site has none of its own.
public struct GitTarget: PublishTarget {
    public let name: String
    /// The repository's URL or path, as `git push` takes it; the operator's keys and helpers apply.
    public let repository: String
    public let branch: String
    /// The clone this target works in.
    public let workFolder: URL

    /// How long git may wait on an HTTP server that sends nothing before it gives up: a publish never hangs
    /// on a server that takes the connection and never answers.
    public let stallSeconds: Int

    /// Files the branch keeps that are not part of the site.
    static let keptNames = [".nojekyll", "CNAME"]

    public init(name: String, repository: String, branch: String, workFolder: URL, stallSeconds: Int = 60) {
        self.name = name
        self.repository = repository
        self.branch = branch
        self.workFolder = workFolder
        self.stallSeconds = stallSeconds
    }

    /// What every git command runs with: no prompt for a password that nobody will type, and a server that
    /// sends less than a byte a second for `stallSeconds` given up on.
    private var environment: [String: String] {
        ["GIT_TERMINAL_PROMPT": "0", "GIT_HTTP_LOW_SPEED_LIMIT": "1", "GIT_HTTP_LOW_SPEED_TIME": String(stallSeconds)]
    }

    public func manifest() async throws -> PublishManifest? {
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: workFolder.appendingPathComponent(".git").path) {
            try await git("init", "--quiet")
        }
        let remotes = String(decoding: try await git("remote"), as: UTF8.self)
        try await git(
            remotes.split(separator: "\n").contains("origin") ? ["remote", "set-url"] : ["remote", "add"],
            "origin", repository)
        let heads = try await git("ls-remote", "--heads", "origin", branch)
        if heads.isEmpty {
            // A new branch: no history of its own.
            try await git("checkout", "--quiet", "--orphan", "statusgen-publish-\(UUID().uuidString)")
            try await git("rm", "-r", "-q", "--cached", "--ignore-unmatch", ".")
            try await git("clean", "-q", "-f", "-d", "-x")
            return PublishManifest()
        }
        try await git("fetch", "--quiet", "--depth", "1", "origin", branch)
        try await git("checkout", "--quiet", "--force", "-B", branch, "FETCH_HEAD")
        try await git("clean", "-q", "-f", "-d", "-x")
        let stored = try? Data(contentsOf: workFolder.appendingPathComponent(PublishManifest.fileName))
        return stored.flatMap { PublishManifest(json: $0) }
    }

    public func apply(_ plan: PublishPlan, from site: SiteSnapshot) async throws {
        let manager = FileManager.default
        let keep = Self.keptNames.filter { plan.after.files[$0] == nil }
        for name in try manager.contentsOfDirectory(atPath: workFolder.path)
        where name != ".git" && !keep.contains(name) {
            try manager.removeItem(at: workFolder.appendingPathComponent(name))
        }
        for path in plan.after.files.keys.sorted() {
            let target = workFolder.appendingPathComponent(path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: site.folder.appendingPathComponent(path), to: target)
        }
        let noJekyll = workFolder.appendingPathComponent(".nojekyll")
        if !manager.fileExists(atPath: noJekyll.path) { try Data().write(to: noJekyll) }
        try plan.after.encoded().write(to: workFolder.appendingPathComponent(PublishManifest.fileName))
        try await git("add", "--all")
        let status = String(decoding: try await git("status", "--porcelain"), as: UTF8.self)
        if !status.isEmpty {
            let (changed, removed) = Self.counts(ofStatus: status)
            try await git(
                "-c", "user.name=statusgen", "-c", "user.email=statusgen@localhost", "commit", "--quiet",
                "-m", "Publish the status site: \(changed) files changed, \(removed) removed")
        }
        try await git("push", "--quiet", "origin", "HEAD:refs/heads/\(branch)")
    }

    /// The files a commit changes and removes, as `git status --porcelain` lists them staged: what the
    /// branch really gets, a file put there by another hand and now gone included; the manifest and
    /// `.nojekyll`, which every publish writes, left out.
    static func counts(ofStatus status: String) -> (changed: Int, removed: Int) {
        var counts = (changed: 0, removed: 0)
        for line in status.split(separator: "\n") where line.count > 3 {
            let path = line.dropFirst(3)
            guard path != PublishManifest.fileName, path != ".nojekyll" else { continue }
            if line.first == "D" { counts.removed += 1 } else { counts.changed += 1 }
        }
        return counts
    }

    public func read(_ path: String) async throws -> [UInt8]? {
        try await git("fetch", "--quiet", "--depth", "1", "origin", branch)
        let outcome = try await ExternalCommand(
            arguments: ["git", "show", "FETCH_HEAD:\(path)"], folder: workFolder, environment: environment
        ).runAllowingFailure()
        return outcome.status == 0 ? [UInt8](outcome.output) : nil
    }

    @discardableResult
    private func git(_ arguments: String...) async throws -> Data {
        try await git(arguments)
    }

    @discardableResult
    private func git(_ arguments: [String], _ more: String...) async throws -> Data {
        try await ExternalCommand(arguments: ["git"] + arguments + more, folder: workFolder, environment: environment)
            .run()
    }
}
