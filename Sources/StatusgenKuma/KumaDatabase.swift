import Foundation
import GRDB
import StatusgenImport
import StatusgenModel

/// Reads the heartbeats of an Uptime Kuma SQLite database (`data/kuma.db`), read-only.
public struct KumaDatabase {
    /// The database file's path as the user named it.
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Every heartbeat with its monitor's name, in the order of their ids; problems are thrown as `Diagnostic`s.
    public func heartbeats() throws -> [KumaHeartbeat] {
        var heartbeats: [KumaHeartbeat] = []
        try forEachHeartbeat { heartbeats.append($0) }
        return heartbeats
    }

    /// Calls `body` with each heartbeat and its monitor's name, in the order of their ids, one row at a time.
    public func forEachHeartbeat(_ body: (KumaHeartbeat) throws -> Void) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw fail("no such file")
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                for table in ["heartbeat", "monitor"] where try !db.tableExists(table) {
                    throw fail("no table '\(table)': is this Uptime Kuma's kuma.db?")
                }
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT heartbeat.id, heartbeat.monitor_id, monitor.name, heartbeat.status, heartbeat.time,
                               heartbeat.ping
                        FROM heartbeat LEFT JOIN monitor ON monitor.id = heartbeat.monitor_id
                        ORDER BY heartbeat.id
                        """)
                while let row = try rows.next() { try body(try heartbeat(from: row)) }
            }
        } catch let diagnostic as Diagnostic {
            throw diagnostic
        } catch let error as DatabaseError {
            throw fail("cannot read the database: \(error.message ?? "\(error.resultCode)")")
        }
    }

    /// An error about the whole database file.
    private func fail(_ message: String) -> Diagnostic {
        .error(message, at: SourceLocation(path: path))
    }

    private func heartbeat(from row: Row) throws -> KumaHeartbeat {
        let values: [DatabaseValue] = (0..<6).map { row[$0] }
        guard let id = Int64.fromDatabaseValue(values[0]) else {
            throw fail("a heartbeat without an id")
        }
        func need<Value: DatabaseValueConvertible>(_ type: Value.Type, _ index: Int, _ what: String) throws -> Value {
            guard let value = Value.fromDatabaseValue(values[index]) else {
                throw fail(
                    "heartbeat \(id): \(what) is \(values[index].isNull ? "NULL" : "not \(what == "time" ? "text" : "a number")")"
                )
            }
            return value
        }
        let ping = values[5].isNull ? nil : try need(Double.self, 5, "ping")
        return KumaHeartbeat(
            id: id, monitorID: try need(Int64.self, 1, "monitor_id"), monitorName: String.fromDatabaseValue(values[2]),
            status: try need(Int64.self, 3, "status"), time: try need(String.self, 4, "time"), ping: ping)
    }
}
