import Foundation
import StatusgenCore
import StatusgenModel

/// Reads a status site's input files from disk, in a stable order.
public struct SiteLoader {
    /// The site's root folder.
    public let root: URL
    /// Whether monitor files continue from `.statusgen-cache/` and update it (tests of a fixture site in
    /// the repository turn it off, so that they write nothing there).
    public var usesCache = true

    private let sitePaths: SiteFilePath

    public init(root: URL, usesCache: Bool = true) {
        self.root = root
        self.usesCache = usesCache
        sitePaths = SiteFilePath(root: root)
    }

    /// The folders read into memory, each with the file endings taken from it (nil: every file). Other
    /// files in `incidents/` are read too, so that the parser can say they are ignored. Monitor files
    /// can be large: `monitorPaths()` lists them, and `MonitorFileLoader` streams them.
    private static let folders: [(name: String, endings: [String]?)] = [
        (SiteLayout.incidentsFolder, nil),
        (SiteLayout.templatesFolder, nil),
        // Every file, so that one that is not a strings file is reported rather than ignored silently.
        (SiteLayout.stringsFolder, nil),
    ]

    /// `statusgen.yml` and the files of `incidents/`, `templates/` and `templates/strings/`, sorted by path,
    /// the site's settings read from them, and the monitor results of `monitors/`, streamed in the site's
    /// timezone (continuing from `.statusgen-cache/`, which is never read as input). A folder that is
    /// missing is fine (a new site has no incidents); one that cannot be read is an error. `notes` gets a
    /// warning for each damaged cache entry, which is ignored.
    ///
    /// Given the build's moment `now` (and with `usesCache`), monitor files that the cache's summaries
    /// were made from with the same settings are not read: the inputs carry the summaries, as of `now`.
    /// Nor is an incident file of `known` whose stamp is still the one given: it comes with its digest.
    func load(notes: inout [Diagnostic], now: Date?, known: [String: KnownFile]) throws -> SiteInputs {
        var incidentStamps: [String: InputStamp] = [:]
        let files = try loadFiles(known: known, stamps: &incidentStamps, notes: &notes)
        let settings = Result { () throws(DiagnosticList) in try SiteSettings(files: files) }
        let config = (try? settings.get())?.config
        let monitorPaths = try paths(in: (SiteLayout.monitorsFolder, SiteLayout.monitorEndings))
        // Stamped before any file is read, so that rows appended meanwhile make the next key differ.
        var key: String?
        if usesCache, now != nil, let config {
            key = MonitorSummaryCache.key(root: root, paths: monitorPaths, config: config)
        }
        if let key, let now, let config,
            let kept = MonitorSummaryCache(root: root).entry(
                for: key, now: now, gapLimit: config.monitoring.gapLimit, notes: &notes)
        {
            let monitorFiles = kept.files.map(\.standIn)
            var inputs = SiteInputs(
                files: files, settings: settings, monitorFiles: monitorFiles, monitorSummaries: kept.summaries)
            inputs.incidentStamps = incidentStamps
            return inputs
        }
        // A site whose settings cannot be read does not build; its monitor days are counted in UTC meanwhile,
        // so that `validate` still reports the problems of its monitor files.
        let timeZone = config?.timeZone ?? TimeZone(identifier: "UTC") ?? .current
        let monitorFiles = try MonitorFileLoader(root: root, timeZone: timeZone, usesCache: usesCache)
            .load(monitorPaths, notes: &notes)
        var inputs = SiteInputs(files: files, settings: settings, monitorFiles: monitorFiles)
        inputs.monitorSummaryKey = key
        inputs.incidentStamps = incidentStamps
        return inputs
    }

    /// The site's inputs, every file read, as `load(notes:now:known:)` finds them.
    public func load(notes: inout [Diagnostic], now: Date? = nil) throws -> SiteInputs {
        try load(notes: &notes, now: now, known: [:])
    }

    /// The site's inputs, as `load(notes:)` reads them, without the notes.
    public func load() throws -> SiteInputs {
        var notes: [Diagnostic] = []
        return try load(notes: &notes)
    }

    /// The site's settings alone, for the commands that edit or check a site without building it: its
    /// `statusgen.yml`, read with the languages of its strings files.
    public func loadSettings() throws -> SiteSettings {
        try checkFolder()
        guard FileManager.default.fileExists(atPath: root.appendingPathComponent(SiteLayout.configPath).path) else {
            throw CommandFailure("\(root.path): no statusgen.yml here; create a site with 'statusgen init DIR'")
        }
        let stringsPaths = try paths(in: (SiteLayout.stringsFolder, nil))
        let configFile = try read(SiteLayout.configPath)
        return try SiteSettings(
            configFile: configFile, notifyFile: try notifyFile(of: configFile), sitePaths: stringsPaths)
    }

    /// The site's incident templates, `templates/incidents/NAME.md`, sorted by name.
    public func loadIncidentTemplates() throws -> [IncidentTemplate] {
        try checkFolder()
        return try paths(in: (SiteLayout.incidentTemplatesFolder, [SiteLayout.incidentEnding])).map { path in
            let file = try read(path)
            guard let text = String(data: file.contents, encoding: .utf8) else {
                throw CommandFailure("\(path): the file is not UTF-8 text")
            }
            return IncidentTemplate(path: path, text: text)
        }
    }

    /// `statusgen.yml` and the files of `incidents/`, `templates/`, `templates/strings/` and `static/`, sorted by
    /// path; a file of `known` found with its stamp is not read. `stamps` gets the stamp of each file of
    /// `incidents/`, and `notes` a warning for each folder in it, which is not read.
    private func loadFiles(
        known: [String: KnownFile], stamps: inout [String: InputStamp], notes: inout [Diagnostic]
    ) throws -> [InputFile] {
        try checkFolder()
        var files: [InputFile] = []
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(SiteLayout.configPath).path) {
            let configFile = try read(SiteLayout.configPath)
            files.append(configFile)
            if let notifyFile = try notifyFile(of: configFile) { files.append(notifyFile) }
        }
        for folder in Self.folders {
            let isIncidents = folder.name == SiteLayout.incidentsFolder
            let listed = try listing(of: folder)
            if isIncidents {
                notes += listed.folders.map { path in
                    .warning(
                        "ignored: a folder; incident files go directly in \(SiteLayout.incidentsFolder)/",
                        at: SourceLocation(path: path))
                }
            }
            for (path, listed) in listed.files {
                if isIncidents, let listed, let file = known[path], file.stamp == listed {
                    stamps[path] = listed
                    files.append(InputFile(path: path, knownDigest: file.digest))
                    continue
                }
                var stamp: InputStamp?
                files.append(try read(path, stamp: &stamp))
                if isIncidents { stamps[path] = stamp }
            }
        }
        for path in staticPaths() { files.append(try read(path)) }
        return files
    }

    /// The file of notification channels that `configFile` names, when it names one that is there.
    private func notifyFile(of configFile: InputFile) throws -> InputFile? {
        guard let name = String(data: configFile.contents, encoding: .utf8).flatMap(ConfigParser.notifyFileName),
            FileManager.default.fileExists(atPath: root.appendingPathComponent(name).path)
        else { return nil }
        return try read(name)
    }

    /// The files of `static/` in every depth of folders, sorted; hidden files and backups left out.
    private func staticPaths() -> [String] {
        let url = root.appendingPathComponent(SiteLayout.staticFolder)
        let names = FileManager.default.enumerator(atPath: url.path)?.compactMap { $0 as? String } ?? []
        return names.sorted().compactMap { name in
            var isDirectory: ObjCBool = false
            guard !name.split(separator: "/").contains(where: { SiteLayout.isHiddenOrBackup(String($0)) }),
                FileManager.default.fileExists(
                    atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { return nil }
            return SiteLayout.staticFolder + "/" + name
        }
    }

    private func checkFolder() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw CommandFailure("\(root.path): no such folder")
        }
    }

    /// The regular files of `folder` with one of its endings, sorted; hidden files and backups left out.
    /// A file whose symbolic links lead outside the site is an error.
    private func paths(in folder: (name: String, endings: [String]?)) throws -> [String] {
        try listing(of: folder).files.map(\.path)
    }

    /// The paths of `paths(in:)`, each with the stamp of its file as listed, and the paths of the folders
    /// in the folder, which are not entered.
    private func listing(of folder: (name: String, endings: [String]?)) throws -> (
        files: [(path: String, stamp: InputStamp?)], folders: [String]
    ) {
        let manager = FileManager.default
        let url = root.appendingPathComponent(folder.name)
        guard manager.fileExists(atPath: url.path) else { return ([], []) }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: url.path)
        } catch {
            throw CommandFailure("\(folder.name)/: cannot read the folder: \(FileProblem.reason(error))")
        }
        var paths: [(path: String, stamp: InputStamp?)] = []
        var folders: [String] = []
        var status = stat()
        // Stamped with the system call itself, relative to the open folder: a site has thousands of incident
        // files.
        let opened = OpenFolder(url.path)
        for name in names.sorted() where !SiteLayout.isHiddenOrBackup(name) {
            let path = "\(folder.name)/\(name)"
            guard folder.endings.map({ endings in endings.contains { name.hasSuffix($0) } }) ?? true else { continue }
            // A file that is no symbolic link is stamped once; a link is followed, and checked to stay in the site.
            if fstatat(opened.descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 {
                if status.st_mode & S_IFMT == S_IFDIR {
                    folders.append(path)
                    continue
                }
                if status.st_mode & S_IFMT == S_IFREG, sitePaths.noteUnlinked(path) {
                    paths.append((path, InputStamp(status)))
                    continue
                }
            }
            guard stat(sitePaths.unresolved(path), &status) == 0 else {
                // Listed, yet not there: a symbolic link whose file is gone. Its incident or results must
                // not vanish from the site without a word.
                throw CommandFailure("\(path): a symbolic link to a file that does not exist")
            }
            guard status.st_mode & S_IFMT != S_IFDIR else {
                folders.append(path)
                continue
            }
            // Checked here too, so that monitor files, which are streamed rather than read, are covered.
            _ = try sitePaths.resolve(path)
            paths.append((path, InputStamp(status)))
        }
        return (paths, folders)
    }

    /// `bytes` in megabytes (2^20 bytes), rounded up to a tenth, without a needless ".0".
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 20) - 1) >> 20
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    private func read(_ path: String) throws -> InputFile {
        var stamp: InputStamp?
        return try read(path, stamp: &stamp)
    }

    /// The file at `path`, read; `stamp` gets the stamp it had when it was opened.
    private func read(_ path: String, stamp: inout InputStamp?) throws -> InputFile {
        let resolved = try sitePaths.resolve(path)
        // Opened first and stamped open, so that one system call both checks and sizes it; without blocking,
        // so that a named pipe is refused rather than waited on.
        let descriptor = open(resolved, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        defer { if descriptor >= 0 { close(descriptor) } }
        var status = stat()
        guard (descriptor >= 0 ? fstat(descriptor, &status) : stat(resolved, &status)) == 0,
            status.st_mode & S_IFMT == S_IFREG
        else {
            throw CommandFailure("\(path): not a regular file")
        }
        // Checked before reading: a file of tens of megabytes would take a minute and a gigabyte to build.
        if SiteLayout.isIncidentFile(path), case let size = Int(status.st_size),
            size > SiteLayout.maximumIncidentFileSize
        {
            throw CommandFailure(
                "\(path): the file is \(Self.megabytes(size)) MB; incident files are limited to "
                    + "\(Self.megabytes(SiteLayout.maximumIncidentFileSize)) MB")
        }
        stamp = InputStamp(status)
        if descriptor >= 0, let contents = FileBytes.read(descriptor, expecting: Int(status.st_size)) {
            return InputFile(path: path, contents: contents)
        }
        do {
            // Foundation's reading again, for its words on what is wrong.
            return InputFile(path: path, contents: try Data(contentsOf: URL(fileURLWithPath: resolved)))
        } catch {
            throw CommandFailure("\(path): cannot read the file: \(FileProblem.reason(error))")
        }
    }
}
