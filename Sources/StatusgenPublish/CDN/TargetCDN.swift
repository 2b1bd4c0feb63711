import Foundation
import StatusgenBuild

/// The CDN in front of one target, and the URLs it has yet to forget.
///
/// The URLs a publish changes are written to a file of the site's cache folder before the files are
/// sent, and the file is removed once the CDN took them all: a publish that failed or was stopped
/// after sending leaves them there, and the next publish of the target purges them with its own, even
/// when it sends nothing.
public struct TargetCDN: Sendable {
    /// The CDN's API, or why there is none (credentials missing from the environment).
    let purger: Result<any CDNPurge, CommandFailure>
    /// The file of URLs still to purge.
    let pendingFile: URL
    /// The site's base URL, ending in `/`.
    let baseURL: String

    /// The CDN's name for messages.
    var provider: String {
        switch purger {
        case .success(let purger): purger.provider
        case .failure: "CDN"
        }
    }

    /// Adds the URLs of the site `paths` to those still to purge.
    func remember(_ paths: [String]) throws {
        guard !paths.isEmpty else { return }
        let urls = Set(pending()).union(ChangedURLs.urls(paths, baseURL: baseURL)).sorted()
        do {
            try FileManager.default.createDirectory(
                at: pendingFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(urls.map { $0 + "\n" }.joined().utf8).write(to: pendingFile, options: .atomic)
        } catch {
            throw CommandFailure("\(pendingFile.path): cannot write: \(FileProblem.reason(error))")
        }
    }

    /// Purges every URL still to purge, then forgets them; returns how many there were.
    func purgePending() async throws -> Int {
        let urls = pending()
        guard !urls.isEmpty else { return 0 }
        try await purger.get().purge(urls)
        try? FileManager.default.removeItem(at: pendingFile)
        return urls.count
    }

    /// The URLs of the file, none when there is no file.
    func pending() -> [String] {
        guard let data = FileManager.default.contents(atPath: pendingFile.path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
