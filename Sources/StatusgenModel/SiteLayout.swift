/// Where a status site keeps its files: the folders and file endings every command, the build and the
/// preview server agree on. Paths are relative to the site's root and use `/`.
public enum SiteLayout {
    /// The site's settings: `statusgen.yml`.
    public static let configPath = "statusgen.yml"
    /// One incident or maintenance per file, `incidents/ID.md`.
    public static let incidentsFolder = "incidents"
    /// Monitor results, `monitors/NAME.csv` or `monitors/NAME.jsonl`.
    public static let monitorsFolder = "monitors"
    /// Templates (`NAME.mustache`) and assets (any other file) the pages are rendered with.
    public static let templatesFolder = "templates"
    /// Files published as they are, at the same path below the site (`static/issues/x/index.html` becomes
    /// `issues/x/index.html`), in any depth of folders: redirect stubs, a logo, downloads. A generated file
    /// of the same path wins.
    public static let staticFolder = "static"
    /// The strings of each language, `templates/strings/LOCALE.yml`.
    public static let stringsFolder = templatesFolder + "/strings"
    /// Incident templates, `templates/incidents/NAME.md`, for `statusgen new --template NAME`; never
    /// published.
    public static let incidentTemplatesFolder = templatesFolder + "/incidents"
    /// The results `statusgen check` appends to.
    public static let checkResultsPath = monitorsFolder + "/checks.csv"
    /// What a build keeps between runs; hidden, so that it is never read as input.
    public static let cacheFolder = ".statusgen-cache"
    /// What `statusgen notify` has sent: one line per update and channel, committed with the site.
    public static let notifyLedgerPath = "notify-ledger.txt"
    /// The email subscribers, by default; never published.
    public static let subscribersPath = "subscribers.csv"
    /// The built site, unless the command is told another folder.
    public static let defaultOutputFolder = "site"

    /// The ending of incident files.
    public static let incidentEnding = ".md"
    /// The endings of monitor results files.
    public static let monitorEndings = [".csv", ".jsonl"]
    /// The ending of template files; other files in `templates/` are assets.
    public static let templateEnding = ".mustache"
    /// The ending of strings files.
    public static let stringsEnding = ".yml"

    /// The longest incident id, in characters: the id names its page (`ID.html`), its calendar entry and
    /// more, and most file systems refuse file names longer than 255 bytes.
    public static let maximumIDLength = 200
    /// The largest incident file, in bytes: no status update needs more, and the parser holds the whole
    /// file and its rendering in memory.
    public static let maximumIncidentFileSize = 1 << 20

    /// Every input a build reads: a change to any of them changes the site.
    public static let inputs = [configPath, incidentsFolder, monitorsFolder, templatesFolder, staticFolder]

    /// The path of the incident file of `id`: `incidents/ID.md`.
    public static func incidentPath(_ id: String) -> String {
        "\(incidentsFolder)/\(id)\(incidentEnding)"
    }

    /// The id of the incident file named `name` (`ID.md`), `nil` for other names.
    public static func incidentID(fileName name: String) -> String? {
        name.hasSuffix(incidentEnding) ? String(name.dropLast(incidentEnding.count)) : nil
    }

    /// Whether `path` names an incident file or a translation of one: in `incidents/`, ending in `.md`.
    public static func isIncidentFile(_ path: String) -> Bool {
        path.hasPrefix(incidentsFolder + "/") && path.hasSuffix(incidentEnding)
    }

    /// The incident id and language of a translation's file name, `ID.LOCALE.md` ("x.de.md" is "x" in
    /// "de"), `nil` for other names. Incident ids have no dot, so an incident file is never one.
    public static func translation(fileName name: String) -> (id: String, locale: String)? {
        guard let stem = incidentID(fileName: name), let dot = stem.utf8.lastIndex(of: UInt8(ascii: ".")) else {
            return nil
        }
        return (String(stem[..<dot]), String(stem[stem.utf8.index(after: dot)...]))
    }

    /// The path of the translation of incident `id` into `locale`: `incidents/ID.LOCALE.md`.
    public static func translationPath(_ id: String, locale: String) -> String {
        "\(incidentsFolder)/\(id).\(locale)\(incidentEnding)"
    }

    /// Whether `path` names a monitor results file by its ending (`.csv` or `.jsonl`).
    public static func isMonitorFile(_ path: String) -> Bool {
        monitorEndings.contains { path.hasSuffix($0) }
    }

    /// Whether the monitor results file at `path` is CSV (else JSON Lines).
    public static func isCSV(_ path: String) -> Bool {
        path.hasSuffix(".csv")
    }

    /// The language of the strings file at `path` (`templates/strings/de.yml` holds "de"), `nil` for
    /// any other path.
    public static func stringsLocale(of path: String) -> String? {
        let prefix = stringsFolder + "/"
        guard path.hasPrefix(prefix), path.hasSuffix(stringsEnding) else { return nil }
        let name = path.dropFirst(prefix.count).dropLast(stringsEnding.count)
        return name.contains("/") ? nil : String(name)
    }

    /// Whether `name` is a hidden file or an editor's backup or swap file (`index.mustache~`, `#x#`,
    /// `x.swp`, `x.bak`, `x.orig`), which must never be read as input nor published as an asset.
    public static func isHiddenOrBackup(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~")
            || [".swp", ".bak", ".orig"].contains { name.hasSuffix($0) }
    }
}
