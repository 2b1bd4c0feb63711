import Foundation
import Testing

@Suite("statusgen serve, run as a command")
struct ServeCommandTests {
    @Test("a --source folder that is not there is an error, not a preview of nothing")
    func missingFolder() throws {
        let result = try StatusgenProcess.run(["serve", "--source", "/nonexistent-site", "--port", "0"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: /nonexistent-site: no such folder\n")
        #expect(result.stdout == "")
    }

    @Test("SIGTERM stops the preview within a second, even in the middle of a long rebuild")
    func stopsDuringRebuild() throws {
        let scratch = try ScratchSite()
        // A monitor file of 1.5 million rows: its first build takes seconds, longer than the bound below.
        var rows = "timestamp,monitor,status,latency_ms\n"
        rows.reserveCapacity(52_000_000)
        let start = Date(timeIntervalSince1970: 1_785_542_400)
        let formatter = ISO8601DateFormatter()
        for index in 0..<1_500_000 {
            rows += formatter.string(from: start.addingTimeInterval(Double(index * 5))) + ",website,up,42\n"
        }
        let staged = scratch.root.appendingPathComponent("big.csv")
        try Data(rows.utf8).write(to: staged)

        let running = try StatusgenProcess.start(["serve", "--source", scratch.root.path, "--port", "0"])
        defer { if running.process.isRunning { running.process.terminate() } }
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("Serving") {
            let chunk = running.stdout.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            seen += chunk
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("Serving"))
        // Renamed in whole, so the watcher sees the new file at once and starts the long rebuild.
        try FileManager.default.moveItem(at: staged, to: scratch.root.appendingPathComponent("monitors/big.csv"))
        Thread.sleep(forTimeInterval: 2)
        #expect(running.process.isRunning)

        let signalled = Date()
        kill(running.process.processIdentifier, SIGTERM)
        let deadline = signalled.addingTimeInterval(10)
        while running.process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        let elapsed = Date().timeIntervalSince(signalled)
        #expect(!running.process.isRunning)
        #expect(elapsed < 1.5, "serve took \(elapsed) s to stop")
    }
}
