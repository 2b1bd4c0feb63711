import StatusgenCore
import StatusgenModel

/// Converts Uptime Kuma heartbeats into monitor rows, one heartbeat at a time, so that a database of
/// millions of heartbeats never has to be held in memory as heartbeats.
///
/// Status 1 (up) is `up` and 0 (down) is `down`. Status 2 (pending: a check failed and Kuma is retrying
/// before it calls the monitor down) is `degraded`. Status 3 (maintenance) rows are left out: statusgen
/// shows maintenance with maintenance incidents, and time without rows counts as no data, never as downtime.
/// The monitor name is Kuma's monitor name.
public struct KumaImporter: Sendable {
    /// The database's path as the user named it.
    public let path: String
    /// At most this many heartbeats are named in errors; the others are counted.
    static let reportedProblems = 20

    private var problems: [Diagnostic] = []
    private var unreported = 0
    private var rows: [MonitorResultRow] = []
    private var maintenance = 0
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
            return
        default:
            return problem(
                heartbeat, "unknown status \(heartbeat.status) (expected 0 down, 1 up, 2 pending, 3 maintenance)")
        }
        guard let seconds = Self.seconds(heartbeat.time) else {
            return problem(heartbeat, "time '\(heartbeat.time)' is not a UTC time such as 2025-01-02 03:04:05.123")
        }
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
                        + " \(maintenance == 1 ? "is" : "are") left out: time under maintenance counts as no data",
                    at: file))
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

    /// Seconds since 1970 of Kuma's `time`: UTC, written without a zone (older versions: without milliseconds).
    static func seconds(_ time: String) -> Double? {
        let trimmed = time.trimmingCharacters(in: .whitespaces)
        let last = trimmed.last
        let zoned = last == "Z" || last == "z" ? trimmed : trimmed + "Z"
        return TimestampParser.parseRFC3339(zoned.utf8)
    }
}
