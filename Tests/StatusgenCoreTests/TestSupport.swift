import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

/// The instant written as an RFC 3339 UTC timestamp, such as `2026-11-24T12:00:00Z`.
func utc(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Date {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    guard let date = formatter.date(from: text) else {
        Issue.record("'\(text)' is not a UTC timestamp", sourceLocation: sourceLocation)
        return .distantPast
    }
    return date
}

/// The zone of the site's examples, with its clock changes on 29 Mar 2026 and 25 Oct 2026.
let london = TimeZone(identifier: "Europe/London") ?? .gmt
let utcZone = TimeZone(identifier: "UTC") ?? .gmt

/// The `path:line: message` lines of the diagnostics `body` throws; records an issue when it throws none.
func diagnostics<T>(
    of body: () throws(DiagnosticList) -> T, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [String] {
    do {
        _ = try body()
        Issue.record("expected diagnostics, but there were none", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// A file of a site, from text.
func inputFile(_ path: String, _ text: String) -> InputFile {
    InputFile(path: path, contents: Data(text.utf8))
}

/// An incident built directly, without a file, for timeline tests.
func makeIncident(
    _ id: String,
    kind: IncidentKind = .incident,
    components: [(String, ComponentStatus)],
    updates: [(String, UpdateStatus)],
    window: (starts: String, ends: String)? = nil
) -> Incident {
    Incident(
        id: id, kind: kind, title: id, impact: .major,
        components: components.map { AffectedComponent(id: $0.0, status: $0.1) },
        summaryHTML: "",
        updates: updates.enumerated().map { index, update in
            IncidentUpdate(time: utc(update.0), status: update.1, bodyHTML: "", line: 6 + 3 * index)
        },
        window: window.map { MaintenanceWindow(starts: utc($0.starts), ends: utc($0.ends)) },
        source: StatusgenModel.SourceLocation(path: "incidents/\(id).md", line: 1))
}

/// Checks of one monitor, each given as (UTC time, status).
func makeChecks(_ monitor: String, _ rows: [(String, MonitorStatus)]) -> [MonitorCheck] {
    rows.map { MonitorCheck(time: utc($0.0), monitor: monitor, status: $0.1, latencyMs: $0.1 == .down ? nil : 40) }
}

/// Checks of one monitor every `interval` seconds from `start` (inclusive) to `end` (exclusive).
func regularChecks(
    _ monitor: String, from start: Date, to end: Date, every interval: TimeInterval, status: MonitorStatus = .up
) -> [MonitorCheck] {
    stride(from: start.timeIntervalSince1970, to: end.timeIntervalSince1970, by: interval).map {
        MonitorCheck(time: Date(timeIntervalSince1970: $0), monitor: monitor, status: status, latencyMs: 40)
    }
}

/// A site configuration for timeline tests: `api` and `mail` are monitored, `archive` is not.
func makeConfig(
    timeZone: TimeZone = utcZone,
    historyDays: Int = 3,
    components: [Component] = [
        Component(id: "api", name: "API", monitors: ["api-eu"]),
        Component(id: "mail", name: "Mail", monitors: ["smtp-uk", "smtp-de"]),
        Component(id: "archive", name: "Archive"),
    ],
    monitoring: MonitoringSettings = MonitoringSettings(gapLimit: 600, staleAfter: 900, outageMinimumChecks: 2)
) -> SiteConfig {
    SiteConfig(
        title: "Example", baseURL: "https://status.example.com/", timeZone: timeZone, historyDays: historyDays,
        components: components, monitoring: monitoring)
}

/// The timeline of a site made of `config`, `incidents` and `checks` as of `now`.
func buildTimeline(
    config: SiteConfig = makeConfig(), incidents: [Incident] = [], checks: [MonitorCheck] = [], now: String
) -> Timeline {
    let byMonitor = Dictionary(grouping: checks, by: \.monitor).mapValues { history(of: $0, timeZone: config.timeZone) }
    return TimelineBuilder().build(
        from: ParsedSite(config: config, incidents: incidents, monitors: byMonitor), now: utc(now))
}

/// The history of `checks` (of one monitor, in any order), as reading them from a file gives it.
func history(of checks: [MonitorCheck], timeZone: TimeZone = utcZone) -> MonitorHistory {
    var numbering = LocalDayNumbering(timeZone: timeZone)
    var builder = MonitorHistoryBuilder()
    for check in checks {
        let milliseconds = Int64((check.time.timeIntervalSince1970 * 1000).rounded())
        builder.add(
            time: milliseconds, day: numbering.day(of: milliseconds), status: check.status, latencyMs: check.latencyMs)
    }
    return builder.finish()
}

extension MonitorHistory {
    /// Every check of the runs, as (time, status), in time order.
    var expandedChecks: [(time: Date, status: MonitorStatus)] {
        runs.flatMap { run in (0..<run.count).map { (Date(milliseconds: run.time(at: $0)), run.status) } }
    }
}

/// The rows a stream parser hands on, kept as they come.
struct CollectedRows: MonitorRowSink, Sendable {
    var rows: [(monitor: Int, milliseconds: Int64, status: MonitorStatus, latencyMs: Double?)] = []

    mutating func add(monitor: Int, milliseconds: Int64, status: MonitorStatus, latencyMs: Double?) {
        rows.append((monitor, milliseconds, status, latencyMs))
    }
}

/// The rows of a monitor file and the problems found, read in chunks of `chunkSize` bytes.
func parseRows(_ path: String, _ bytes: [UInt8], chunkSize: Int = 1 << 16) -> (
    checks: [MonitorCheck], diagnostics: [Diagnostic]
) {
    var parser = MonitorStreamParser(path: path, sink: CollectedRows())
    var start = 0
    while start < bytes.count {
        let end = min(bytes.count, start + chunkSize)
        bytes[start..<end].withUnsafeBufferPointer { parser.consume($0) }
        start = end
    }
    parser.finish()
    let names = parser.names.names
    let checks = parser.sink.rows.map {
        MonitorCheck(
            time: Date(milliseconds: $0.milliseconds), monitor: names[$0.monitor], status: $0.status,
            latencyMs: $0.latencyMs)
    }
    return (checks, parser.diagnostics)
}

extension Timeline {
    /// The state of the component with `id`; fails the test when there is none.
    func state(of id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> ComponentState? {
        let state = components.first { $0.id == id }
        if state == nil { Issue.record("no component '\(id)'", sourceLocation: sourceLocation) }
        return state
    }
}
