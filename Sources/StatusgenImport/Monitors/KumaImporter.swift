import StatusgenCore
import StatusgenModel

/// Converts Uptime Kuma heartbeats into monitor rows.
///
/// Status 1 (up) is `up` and 0 (down) is `down`. Status 2 (pending: a check failed and Kuma is retrying
/// before it calls the monitor down) is `degraded`. Status 3 (maintenance) rows are left out: statusgen
/// shows maintenance with maintenance incidents, and time without rows counts as no data, never as downtime.
/// The monitor name is Kuma's monitor name.
public struct KumaImporter: Sendable {
    public init() {}

    /// Converts `heartbeats` read from the database at `path` (as the user named it).
    public func convert(_ heartbeats: [KumaHeartbeat], path: String) throws(DiagnosticList) -> MonitorImport {
        var problems: [Diagnostic] = []
        var rows: [MonitorRow] = []
        var maintenance = 0
        var pending = 0
        var idsByName: [String: Set<Int64>] = [:]
        func problem(_ heartbeat: KumaHeartbeat, _ message: String) {
            problems.append(.error("heartbeat \(heartbeat.id): \(message)", at: SourceLocation(path: path)))
        }
        for heartbeat in heartbeats {
            guard let name = heartbeat.monitorName else {
                problem(heartbeat, "monitor \(heartbeat.monitorID) has no name")
                continue
            }
            if let message = MonitorName.problem(name) {
                problem(heartbeat, "monitor \(heartbeat.monitorID): \(message)")
                continue
            }
            idsByName[name, default: []].insert(heartbeat.monitorID)
            let status: MonitorStatus
            switch heartbeat.status {
            case 0: status = .down
            case 1: status = .up
            case 2:
                status = .degraded
                pending += 1
            case 3:
                maintenance += 1
                continue
            default:
                problem(
                    heartbeat, "unknown status \(heartbeat.status) (expected 0 down, 1 up, 2 pending, 3 maintenance)")
                continue
            }
            guard let seconds = Self.seconds(heartbeat.time) else {
                problem(heartbeat, "time '\(heartbeat.time)' is not a UTC time such as 2025-01-02 03:04:05.123")
                continue
            }
            if let ping = heartbeat.ping, !(ping >= 0 && ping.isFinite) {
                problem(heartbeat, "ping \(ping) is not a response time in milliseconds")
                continue
            }
            rows.append(
                MonitorRow(
                    millisecondsSince1970: MonitorRow.milliseconds(seconds), monitor: name, status: status,
                    latencyMs: heartbeat.ping))
        }
        for (name, ids) in idsByName.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
            let list = ids.sorted().map(String.init).joined(separator: ", ")
            problems.append(
                .error(
                    "monitors \(list) are all named '\(name)': give them different names in Uptime Kuma",
                    at: SourceLocation(path: path)))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        var warnings: [Diagnostic] = []
        if pending > 0 {
            warnings.append(
                .warning(
                    "\(pending) pending heartbeats (status 2) are imported as degraded", at: SourceLocation(path: path))
            )
        }
        if maintenance > 0 {
            warnings.append(
                .warning(
                    "\(maintenance) maintenance heartbeats (status 3) are left out: time under maintenance counts"
                        + " as no data", at: SourceLocation(path: path)))
        }
        return MonitorImport(rows: rows, warnings: warnings)
    }

    /// Seconds since 1970 of Kuma's `time`: UTC, written without a zone (older versions: without milliseconds).
    static func seconds(_ time: String) -> Double? {
        let trimmed = time.trimmingCharacters(in: .whitespaces)
        let last = trimmed.last
        let zoned = last == "Z" || last == "z" ? trimmed : trimmed + "Z"
        return TimestampParser.parseRFC3339(zoned.utf8)
    }
}
