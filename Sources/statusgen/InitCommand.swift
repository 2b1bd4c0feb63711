import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenModel

/// `statusgen init DIR`: a new status site that builds as it is, and never overwrites a file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new status site in a folder.",
        discussion: """
            Writes statusgen.yml (two example components), an example incident, monitors/checks.csv \
            (header only), .gitignore and README.md. If any of them exists, nothing is written.
            """
    )

    @Argument(help: "The folder for the new site (created if missing).")
    var directory: String

    @Option(help: "The moment the example incident is dated from (default: SOURCE_DATE_EPOCH, else the clock).")
    var now: String?

    func run() throws {
        let reporter = DiagnosticReporter()
        try reporter.exitingOnFailure {
            let moment = try BuildClock.resolve(option: now, environment: ProcessInfo.processInfo.environment)
            let root = URL(fileURLWithPath: directory).standardizedFileURL
            let files = SiteScaffold(now: moment).files
            try checkFree(root, paths: files.map(\.path))
            try write(files, into: root)
            print("Created a status site in \(directory): " + files.map(\.path).joined(separator: ", "))
            print("Next: cd \(directory) && statusgen build, then open site/index.html")
        }
    }

    /// Refuses a folder that is a file, is or is inside a built site, or holds any of the files to write.
    private func checkFree(_ root: URL, paths: [String]) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw CommandFailure("\(directory) is a file, not a folder")
        }
        // A built site is replaced whole by the next build, and published as it is meanwhile.
        var folder = root
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(SiteWriter.markerName).path) {
                let place = folder == root ? "is" : "is inside \(folder.path),"
                throw CommandFailure(
                    "\(directory) \(place) a site statusgen built (it holds \(SiteWriter.markerName)),"
                        + " which the next build replaces; nothing was written: create the new site in another folder")
            }
            let parent = folder.deletingLastPathComponent()
            guard parent.path != folder.path else { break }
            folder = parent
        }
        let taken = paths.filter { path in
            // A dangling symbolic link counts as taken too: writing through it would create its target.
            (try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)) != nil
        }
        guard taken.isEmpty else {
            throw CommandFailure(
                "\(directory) already holds \(taken.joined(separator: ", ")); nothing was written"
                    + " (statusgen init never overwrites a file)")
        }
    }

    /// Writes every file, or, if one cannot be written, removes those already written.
    private func write(_ files: [(path: String, contents: String)], into root: URL) throws {
        let manager = FileManager.default
        var created: [URL] = []
        do {
            let folders = [SiteLayout.incidentsFolder, SiteLayout.monitorsFolder, SiteLayout.incidentTemplatesFolder]
            for folder in [root] + folders.map(root.appendingPathComponent)
            where !manager.fileExists(atPath: folder.path) {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                created.append(folder)
            }
            for file in files {
                let url = root.appendingPathComponent(file.path)
                guard try AtomicFile.create(url, with: Data(file.contents.utf8)) else {
                    throw CommandFailure("\(directory)/\(file.path) appeared while the site was being created")
                }
                created.append(url)
            }
        } catch {
            for url in created.reversed() { try? manager.removeItem(at: url) }
            if let failure = error as? CommandFailure { throw failure }
            throw CommandFailure("\(directory): cannot create the site: \(FileProblem.reason(error))")
        }
    }
}
