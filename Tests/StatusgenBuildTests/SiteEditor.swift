import Foundation
import StatusgenDefaults
import StatusgenModel

/// Random edits to a copy of a golden site (`small`, or `languages` in three languages), as its operator
/// would make them: incidents written, added (in the last days or months ago), deleted and renamed, translations written and removed,
/// settings, templates and strings changed, monitor results appended, and the clock moved on. Each edit returns a line saying what it did, for the test's log.
struct SiteEditor {
    let root: URL
    var random: SeededGenerator
    /// The moment the next build is for.
    var now: Date
    /// The time of the last monitor rows in `monitors/checks.csv`.
    private var monitorTime: Date
    /// A number for names and texts, so that every edit differs from the last.
    private var serial = 0

    private static let statuses = ["investigating", "identified", "monitoring", "resolved"]
    private static let timeZones = ["America/New_York", "Europe/Paris", "UTC", "Asia/Kolkata"]
    private static let components = ["website", "checkout", "support"]

    init(root: URL, seed: UInt64, now: Date, monitorTime: Date) {
        self.root = root
        random = SeededGenerator(seed: seed)
        self.now = now
        self.monitorTime = monitorTime
    }

    /// Makes one edit, picked at random; what it did.
    mutating func edit() throws -> String {
        serial += 1
        switch Int.random(in: 0..<18, using: &random) {
        case 0, 1: return try editUpdateText()
        case 2: return try addUpdate()
        case 3: return try addIncident()
        case 4: return try deleteIncident()
        case 5: return try renameIncident()
        case 6: return try editConfig(line: "title: ", to: "title: Acme Status \(serial)")
        case 7: return try editConfig(line: "    name: Support desk", to: "    name: Support desk \(serial)")
        case 8:
            let zone = Self.timeZones.randomElement(using: &random) ?? "UTC"
            return try editConfig(line: "timezone: ", to: "timezone: \(zone)")
        case 9: return try editTemplate()
        case 10: return try editStrings()
        case 11: return try appendMonitorRows()
        case 12: return try editTranslation()
        case 13: return try addPastIncident()
        default: return moveClock()
        }
    }

    private var incidentsFolder: URL { root.appendingPathComponent(SiteLayout.incidentsFolder) }

    private func incidentNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: incidentsFolder.path).filter { $0.hasSuffix(".md") }
            .sorted()
    }

    /// An incident's own file (not a translation: those only `editTranslation` writes).
    private mutating func pickIncident() throws -> URL? {
        try originalNames().randomElement(using: &random).map { incidentsFolder.appendingPathComponent($0) }
    }

    private func originalNames() throws -> [String] {
        try incidentNames().filter { SiteLayout.translation(fileName: $0) == nil }
    }

    private func text(of url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    private func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Writes a German or French translation of an incident's title and first update, or removes one.
    private mutating func editTranslation() throws -> String {
        guard let name = try originalNames().randomElement(using: &random) else { return "no incident to translate" }
        let id = String(name.dropLast(SiteLayout.incidentEnding.count))
        let locale = ["de", "fr"].randomElement(using: &random) ?? "de"
        let path = SiteLayout.translationPath(id, locale: locale)
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), Bool.random(using: &random) {
            try FileManager.default.removeItem(at: root.appendingPathComponent(path))
            return "removed \(path)"
        }
        let original = try text(of: incidentsFolder.appendingPathComponent(name))
        let heading = original.split(separator: "\n").first { $0.hasPrefix("## ") } ?? "## 2026-11-01T00:00:00Z update"
        try write("---\ntitle: Übersetzt \(serial)\n---\n\n\(heading)\nText \(serial) in \(locale).\n", to: path)
        return "translated \(id) into \(locale)"
    }

    /// Adds words to the first line of text after an update's heading.
    private mutating func editUpdateText() throws -> String {
        guard let url = try pickIncident() else { return "no incident to edit" }
        var lines = try text(of: url).components(separatedBy: "\n")
        guard let heading = lines.firstIndex(where: { $0.hasPrefix("## 20") }), heading + 1 < lines.count else {
            return "no update in \(url.lastPathComponent)"
        }
        lines[heading + 1] += " More news (\(serial))."
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        return "edited an update of \(url.lastPathComponent)"
    }

    /// Adds an update to an incident (not a maintenance), mostly dated in the past, sometimes ahead.
    private mutating func addUpdate() throws -> String {
        guard let url = try pickIncident() else { return "no incident for an update" }
        let contents = try text(of: url)
        guard !contents.contains("kind: maintenance") else { return "left maintenance \(url.lastPathComponent)" }
        let minutes = Int.random(in: -180...30, using: &random)
        let status = Self.statuses.randomElement(using: &random) ?? "resolved"
        let time = RFC3339.string(from: now.addingTimeInterval(Double(minutes) * 60))
        let update = "\n## \(time) \(status)\nWe have news (\(serial)).\n"
        // Before a postmortem, which ends the updates.
        let edited =
            contents.range(of: "\n## Postmortem").map {
                contents.replacingCharacters(in: $0, with: update + "\n## Postmortem")
            }
            ?? contents + update
        try Data(edited.utf8).write(to: url)
        return "added a \(status) update at \(time) to \(url.lastPathComponent)"
    }

    /// Writes a new incident or maintenance that began up to two days ago, resolved or not.
    private mutating func addIncident() throws -> String {
        let name = "2026-11-\(serial % 28 + 1 < 10 ? "0" : "")\(serial % 28 + 1)-generated-\(serial).md"
        let component = Self.components.randomElement(using: &random) ?? "website"
        let start = now.addingTimeInterval(-Double(Int.random(in: 10...2880, using: &random)) * 60)
        let text: String
        if Bool.random(using: &random) {
            let resolved = Bool.random(using: &random)
            text = """
                ---
                title: Generated incident \(serial)
                impact: minor
                components:
                  \(component): degraded_performance
                ---
                ## \(RFC3339.string(from: start)) investigating
                Something is slow (\(serial)).
                \(resolved ? "\n## \(RFC3339.string(from: start.addingTimeInterval(1800))) resolved\nAll good.\n" : "")
                """
        } else {
            let starts = now.addingTimeInterval(Double(Int.random(in: -120...600, using: &random)) * 60)
            text = """
                ---
                title: Generated maintenance \(serial)
                kind: maintenance
                components:
                  \(component): under_maintenance
                starts: \(RFC3339.string(from: starts))
                ends: \(RFC3339.string(from: starts.addingTimeInterval(3600)))
                ---
                Planned work (\(serial)).

                ## \(RFC3339.string(from: min(now, starts).addingTimeInterval(-3600))) scheduled
                We will do some work.

                """
        }
        try write(text, to: "\(SiteLayout.incidentsFolder)/\(name)")
        return "added \(name)"
    }

    /// Writes an incident over for weeks or months, so that edits land in the archive's earlier months too.
    private mutating func addPastIncident() throws -> String {
        let start = now.addingTimeInterval(-Double(Int.random(in: 8...120, using: &random)) * 86_400)
        let component = Self.components.randomElement(using: &random) ?? "website"
        let name = "2026-09-\(serial % 28 + 1 < 10 ? "0" : "")\(serial % 28 + 1)-earlier-\(serial).md"
        try write(
            """
            ---
            title: Earlier incident \(serial)
            impact: major
            components:
              \(component): partial_outage
            ---
            ## \(RFC3339.string(from: start)) investigating
            Requests fail (\(serial)).

            ## \(RFC3339.string(from: start.addingTimeInterval(5400))) resolved
            Fixed.

            """, to: "\(SiteLayout.incidentsFolder)/\(name)")
        return "added \(name), from \(RFC3339.string(from: start))"
    }

    private mutating func deleteIncident() throws -> String {
        guard try incidentNames().count > 2, let url = try pickIncident() else { return "kept the last incidents" }
        try FileManager.default.removeItem(at: url)
        return "deleted \(url.lastPathComponent)"
    }

    private mutating func renameIncident() throws -> String {
        guard let url = try pickIncident() else { return "no incident to rename" }
        let name = "2026-10-\(serial % 28 + 1 < 10 ? "0" : "")\(serial % 28 + 1)-renamed-\(serial).md"
        try FileManager.default.moveItem(at: url, to: incidentsFolder.appendingPathComponent(name))
        return "renamed \(url.lastPathComponent) to \(name)"
    }

    /// Replaces the line of `statusgen.yml` that starts with `prefix`.
    private func editConfig(line prefix: String, to replacement: String) throws -> String {
        let url = root.appendingPathComponent(SiteLayout.configPath)
        let lines = try text(of: url).components(separatedBy: "\n").map { $0.hasPrefix(prefix) ? replacement : $0 }
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        return "set '\(replacement.trimmingCharacters(in: .whitespaces))'"
    }

    /// Overrides the incident page's or the month page's template with the built-in one and a comment, or
    /// removes the override.
    private mutating func editTemplate() throws -> String {
        let name = ["incident", "history-month"].randomElement(using: &random) ?? "incident"
        let path = "\(SiteLayout.templatesFolder)/\(name).mustache"
        if Int.random(in: 0..<3, using: &random) == 0 {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(path))
            return "removed \(path)"
        }
        let builtIn = DefaultSiteFiles.all.first { $0.path == path }?.contents ?? Data()
        try write(String(decoding: builtIn, as: UTF8.self) + "<!-- revision \(serial) -->\n", to: path)
        return "changed \(path)"
    }

    private func editStrings() throws -> String {
        try write("last_updated: Refreshed (\(serial))\n", to: "\(SiteLayout.stringsFolder)/en.yml")
        return "changed the strings"
    }

    /// Appends a check of each monitor every half hour up to now, some of them down.
    private mutating func appendMonitorRows() throws -> String {
        var rows = ""
        while monitorTime.addingTimeInterval(1800) <= now {
            monitorTime.addTimeInterval(1800)
            for monitor in ["web-east", "pay-east"] {
                let isDown = Int.random(in: 0..<6, using: &random) == 0
                rows += "\(RFC3339.string(from: monitorTime)),\(monitor),\(isDown ? "down," : "up,95")\n"
            }
        }
        let handle = try FileHandle(forWritingTo: root.appendingPathComponent("monitors/checks.csv"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(rows.utf8))
        try handle.close()
        return "appended \(rows.split(separator: "\n").count) monitor rows"
    }

    /// Moves the clock on: minutes, hours, days, past the next midnight in New York, or past the next hour,
    /// when maintenance windows start.
    private mutating func moveClock() -> String {
        switch Int.random(in: 0..<5, using: &random) {
        case 0: now.addTimeInterval(Double(Int.random(in: 1...59, using: &random)) * 60)
        case 1: now.addTimeInterval(Double(Int.random(in: 1...10, using: &random)) * 3600)
        case 2: now.addTimeInterval(Double(Int.random(in: 2...12, using: &random)) * 86_400)
        case 3:
            // Midnight in New York is 04:00 or 05:00 UTC; both are crossed within a day.
            let day = 86_400.0
            now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / day).rounded(.down) * day + day + 4.5 * 3600)
        default:
            now = Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 3600).rounded(.down) * 3600 + 3601)
        }
        return "moved the clock to \(RFC3339.string(from: now))"
    }
}
