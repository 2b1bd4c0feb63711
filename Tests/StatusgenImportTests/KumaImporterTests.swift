import Foundation
import GRDB
import StatusgenKuma
import StatusgenModel
import Testing

@testable import StatusgenImport

/// A small Uptime Kuma database with the columns of Kuma's SQLite schema (`db/kuma.db` and the knex
/// migrations that add `retries`), written to a temporary file.
final class KumaFixture {
    let path: String

    init(heartbeats: String, monitors: String = "(1, 'Website', 'http'), (2, 'SMTP, UK', 'port')") throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("kuma-\(UUID().uuidString).db").path
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE monitor (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, name VARCHAR(150),
                        active BOOLEAN DEFAULT 1 NOT NULL, type VARCHAR(20), url TEXT, interval INTEGER DEFAULT 20 NOT NULL);
                    CREATE TABLE heartbeat (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                        important BOOLEAN DEFAULT 0 NOT NULL,
                        monitor_id INTEGER NOT NULL REFERENCES monitor ON UPDATE CASCADE ON DELETE CASCADE,
                        status SMALLINT NOT NULL, msg TEXT, time DATETIME NOT NULL, ping INTEGER,
                        duration INTEGER DEFAULT 0 NOT NULL, down_count INTEGER DEFAULT 0 NOT NULL,
                        retries INTEGER DEFAULT 0 NOT NULL);
                    CREATE INDEX monitor_time_index ON heartbeat (monitor_id, time);
                    INSERT INTO monitor (id, name, type) VALUES \(monitors);
                    INSERT INTO heartbeat (monitor_id, status, msg, time, ping) VALUES \(heartbeats);
                    """)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

@Suite("Uptime Kuma import")
struct KumaImporterTests {
    @Test("heartbeats become rows: pending is degraded, maintenance is left out with its windows named, in warnings")
    func conversion() throws {
        let kuma = try KumaFixture(
            heartbeats: """
                (1, 1, '200 - OK', '2025-01-02 03:04:05.123', 41),
                (2, 0, 'connect ECONNREFUSED', '2025-01-02 03:04:00', NULL),
                (1, 2, 'timeout of 48000ms exceeded', '2025-01-02 03:05:05.000', NULL),
                (1, 3, 'Maintenance', '2025-01-02 03:06:05.000', NULL),
                (2, 1, '', '2025-01-02 03:04:05.123', 12),
                (1, 3, 'Maintenance', '2025-01-02 03:07:05.000', NULL),
                (1, 1, '200 - OK', '2025-01-02 03:08:05.250', 40),
                (2, 3, 'Maintenance', '2025-01-02 03:09:00', NULL)
                """)
        let heartbeats = try KumaDatabase(path: kuma.path).heartbeats()
        #expect(heartbeats.count == 8)
        let result = try KumaImporter.convert(heartbeats, path: "kuma.db")
        #expect(
            MonitorCSV.render(result.rows) == """
                timestamp,monitor,status,latency_ms
                2025-01-02T03:04:00Z,"SMTP, UK",down,
                2025-01-02T03:04:05.123Z,"SMTP, UK",up,12
                2025-01-02T03:04:05.123Z,Website,up,41
                2025-01-02T03:05:05Z,Website,degraded,
                2025-01-02T03:08:05.250Z,Website,up,40

                """)
        #expect(
            result.warnings.map(\.description) == [
                "kuma.db: warning: 1 pending heartbeat (status 2) is imported as degraded",
                "kuma.db: warning: 3 maintenance heartbeats (status 3) are left out: until each window named here"
                    + " is written as a maintenance incident (whose window uptime leaves out), the check before it"
                    + " stands for it as for any gap, up to gap_limit_minutes",
                "kuma.db: warning: SMTP, UK was under maintenance from 2025-01-02T03:09:00Z, with no heartbeat after it",
                "kuma.db: warning: Website was under maintenance from 2025-01-02T03:06:05Z until"
                    + " 2025-01-02T03:08:05.250Z",
            ])
    }

    @Test("unknown statuses, bad times and ambiguous monitor names are errors naming the heartbeat")
    func errors() throws {
        let kuma = try KumaFixture(
            heartbeats: """
                (1, 7, '', '2025-01-02 03:04:05', 1),
                (1, 1, '', '02/01/2025 03:04', 1),
                (2, 1, '', '2025-01-02 03:04:05', 1),
                (3, 1, '', '2025-01-02 03:04:05', 1),
                (1, 1, '', '2025-01-02 03:04:05', 1e300)
                """,
            monitors: "(1, 'Website', 'http'), (2, 'API', 'http'), (3, 'API', 'keyword')")
        let heartbeats = try KumaDatabase(path: kuma.path).heartbeats()
        #expect(
            diagnostics { () throws(DiagnosticList) in try KumaImporter.convert(heartbeats, path: "kuma.db") } == [
                "kuma.db: heartbeat 1: unknown status 7 (expected 0 down, 1 up, 2 pending, 3 maintenance)",
                "kuma.db: heartbeat 2: time '02/01/2025 03:04' is not a UTC time such as 2025-01-02 03:04:05.123",
                "kuma.db: heartbeat 5: ping 1e+300 is not a response time in milliseconds",
                "kuma.db: monitors 2, 3 are all named 'API': give them different names in Uptime Kuma",
            ])
    }

    @Test("after twenty heartbeats with problems, the rest are counted")
    func manyProblems() throws {
        let heartbeats = (1...25).map { id in
            KumaHeartbeat(
                id: Int64(id), monitorID: 1, monitorName: "Website", status: 9, time: "2025-01-02 03:04:05", ping: nil)
        }
        let lines = diagnostics { () throws(DiagnosticList) in try KumaImporter.convert(heartbeats, path: "kuma.db") }
        #expect(lines.count == 21)
        #expect(lines.first == "kuma.db: 5 more heartbeats have problems")
        #expect(
            lines.last == "kuma.db: heartbeat 9: unknown status 9 (expected 0 down, 1 up, 2 pending, 3 maintenance)")
    }

    @Test("a file that is not Kuma's database is refused with its reason")
    func notADatabase() throws {
        let folder = FileManager.default.temporaryDirectory
        let text = folder.appendingPathComponent("not-a-db-\(UUID().uuidString).db")
        try Data("hello\n".utf8).write(to: text)
        defer { try? FileManager.default.removeItem(at: text) }
        #expect(throws: (any Error).self) { try KumaDatabase(path: text.path).heartbeats() }
        do {
            _ = try KumaDatabase(path: text.path).heartbeats()
        } catch {
            #expect("\(error)" == "\(text.path): cannot read the database: file is not a database")
        }

        let empty = folder.appendingPathComponent("empty-\(UUID().uuidString).db").path
        _ = try DatabaseQueue(path: empty)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        do {
            _ = try KumaDatabase(path: empty).heartbeats()
            Issue.record("an empty database was read")
        } catch {
            #expect("\(error)" == "\(empty): no table 'heartbeat': is this Uptime Kuma's kuma.db?")
        }
    }
}
