import StatusgenCore
import StatusgenModel

/// Converts Uptime Kuma heartbeats into monitor rows, one heartbeat at a time, so that a database of
/// millions of heartbeats never has to be held in memory as heartbeats.
///
/// Status 1 (up) is `up` and 0 (down) is `down`. Status 2 (pending: a check failed and Kuma is retrying
/// before it calls the monitor down) is `degraded`. Status 3 (maintenance) rows are left out: statusgen
/// shows maintenance with maintenance incidents, whose windows uptime leaves out. Until one is written, the
/// check before a maintenance stands for it as for any gap, up to the gap limit, so each window is named in
/// a warning. The monitor name is Kuma's monitor name.
public struct KumaImporter: Sendable {
    /// The database's path as the user named it.
    public let path: String
    /// At most this many heartbeats are named in errors; the others are counted.
    static let reportedProblems = 20

    private var problems: [Diagnostic] = []
    private var unreported = 0
    private var rows: [MonitorResultRow] = []
    private var maintenance = 0
    /// Each run of a monitor's maintenance heartbeats: from the first, until the monitor's next other
    /// heartbeat (`nil` while none came).
    private var maintenanceWindows: [(monitor: String, start: Double, end: Double?)] = []
    /// The window of `maintenanceWindows` each monitor is in, by name.
    private var openWindows: [String: Int] = [:]
    /// At most this many maintenance windows are named in warnings; the others are counted.
    static let reportedWindows = 10
    private var pending = 0
    private var idsByName: [String: Set<Int64>] = [:]

    public init(path: String) {
        self.path = path
    }

    /// Converts `heartbeats` read from the database at `path`.
    public static func convert(_ heartbeats: [KumaHeartbeat], path: String) throws(DiagnosticList) -> MonitorImport {
        var importer = KumaImporter(path: path)
        for heartbeat in heartbeats { importer.add(heartbeat) }
        return try importer.finish()
    }

    /// Converts one heartbeat, keeping its row or its problem.
    public mutating func add(_ heartbeat: KumaHeartbeat) {
        guard let name = heartbeat.monitorName else {
            return problem(heartbeat, "monitor \(heartbeat.monitorID) has no name")
        }
        if idsByName[name]?.contains(heartbeat.monitorID) != true {
            if let message = MonitorName.problem(name) {
                return problem(heartbeat, "monitor \(heartbeat.monitorID): \(message)")
            }
            idsByName[name, default: []].insert(heartbeat.monitorID)
        }
        let status: MonitorStatus
        switch heartbeat.status {
        case 0: status = .down
        case 1: status = .up
        case 2:
            status = .degraded
            pending += 1
        case 3:
            maintenance += 1
            if openWindows[name] == nil, let seconds = Self.seconds(heartbeat.time) {
                openWindows[name] = maintenanceWindows.count
                maintenanceWindows.append((name, seconds, nil))
            }
            return
        default:
            return problem(
                heartbeat, "unknown status \(heartbeat.status) (expected 0 down, 1 up, 2 pending, 3 maintenance)")
        }
        guard let seconds = Self.seconds(heartbeat.time) else {
            return problem(heartbeat, "time '\(heartbeat.time)' is not a UTC time such as 2025-01-02 03:04:05.123")
        }
        if let window = openWindows.removeValue(forKey: name) { maintenanceWindows[window].end = seconds }
        if let ping = heartbeat.ping, !LatencyHistogram.acceptedValues.contains(ping) {
            return problem(heartbeat, "ping \(ping) is not a response time in milliseconds")
        }
        rows.append(
            MonitorResultRow(
                millisecondsSince1970: MonitorResultRow.milliseconds(seconds), monitor: name, status: status,
                latencyMs: heartbeat.ping))
    }

    /// The rows, or every problem found.
    public func finish() throws(DiagnosticList) -> MonitorImport {
        var problems = problems
        let file = SourceLocation(path: path)
        if unreported > 0 {
            problems.append(.error("\(unreported) more heartbeats have problems", at: file))
        }
        for (name, ids) in idsByName.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
            let list = ids.sorted().map(String.init).joined(separator: ", ")
            problems.append(
                .error("monitors \(list) are all named '\(name)': give them different names in Uptime Kuma", at: file))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        var warnings: [Diagnostic] = []
        if pending > 0 {
            let heartbeats = ImportSummary.count(pending, "pending heartbeat")
            warnings.append(
                .warning("\(heartbeats) (status 2) \(pending == 1 ? "is" : "are") imported as degraded", at: file))
        }
        if maintenance > 0 {
            warnings.append(
                .warning(
                    "\(ImportSummary.count(maintenance, "maintenance heartbeat")) (status 3)"
                        + " \(maintenance == 1 ? "is" : "are") left out: until each window named here is written as a"
                        + " maintenance incident (whose window uptime leaves out), the check before it stands for it"
                        + " as for any gap, up to gap_limit_minutes",
                    at: file))
            for window in maintenanceWindows.prefix(Self.reportedWindows) {
                let until = window.end.map { " until " + Self.time($0) } ?? ", with no heartbeat after it"
                warnings.append(
                    .warning(
                        "\(window.monitor) was under maintenance from \(Self.time(window.start))\(until)", at: file))
            }
            if maintenanceWindows.count > Self.reportedWindows {
                let more = maintenanceWindows.count - Self.reportedWindows
                warnings.append(.warning("\(ImportSummary.count(more, "more maintenance window"))", at: file))
            }
        }
        return MonitorImport(rows: rows, warnings: warnings)
    }

    private mutating func problem(_ heartbeat: KumaHeartbeat, _ message: String) {
        guard problems.count < Self.reportedProblems else {
            unreported += 1
            return
        }
        problems.append(.error("heartbeat \(heartbeat.id): \(message)", at: SourceLocation(path: path)))
    }

    /// `seconds` since 1970 as an RFC 3339 UTC time.
    private static func time(_ seconds: Double) -> String {
        RFC3339.string(milliseconds: MonitorResultRow.milliseconds(seconds))
    }

    /// Seconds since 1970 of Kuma's `time`: UTC, written without a zone (older versions: without milliseconds).
    static func seconds(_ time: String) -> Double? {
        let trimmed = time.trimmingCharacters(in: .whitespaces)
        let last = trimmed.last
        let zoned = last == "Z" || last == "z" ? trimmed : trimmed + "Z"
        return TimestampParser.parseRFC3339(zoned.utf8)
    }
}
