import ArgumentParser
import Foundation
import StatusgenBuild
import StatusgenImport
import StatusgenKuma
import StatusgenModel

/// What `statusgen import monitors` (and its older name `import-monitors`) is given, and the conversion it runs.
struct ImportMonitorsArguments: ParsableArguments {
    /// The tools whose data can be imported.
    enum Tool: String, ExpressibleByArgument, CaseIterable {
        case kuma, gatus, prometheus
    }

    @Option(help: "The tool the file comes from: kuma (kuma.db), gatus (statuses JSON), prometheus (query_range JSON).")
    var from: Tool

    @Argument(help: "The file to convert.")
    var file: String

    @Option(help: "Write the CSV to this file (such as monitors/kuma.csv) instead of standard output.")
    var output: String?

    @Flag(help: "Add the rows to an existing --output file instead of refusing it.")
    var append = false

    @Option(help: "prometheus: a query_range response for probe_duration_seconds, joined by monitor and time.")
    var latency: String?

    @Option(help: "prometheus: the label that names each monitor.")
    var monitorLabel = "instance"

    /// Shared by both names of the command, whose help says this.
    static let discussion = """
        Writes timestamp,monitor,status,latency_ms rows sorted by time, then monitor. Without --output the \
        CSV goes to standard output. --output refuses an existing file unless --append is given, which adds \
        the rows to a file in the same format. On any error nothing is written and the exit code is 1. \
        See docs/importing.md.
        """

    func validate() throws {
        if append && output == nil { throw ValidationError("--append needs --output") }
        if from != .prometheus && (latency != nil || monitorLabel != "instance") {
            throw ValidationError("--latency and --monitor-label are for --from prometheus")
        }
    }

    func run() throws {
        let reporter = DiagnosticReporter()
        try reporter.exitingOnFailure {
            let result = try convert()
            reporter.report(result.warnings)
            if let output {
                let written = try MonitorFileWriter(path: output).write(result.rows, append: append)
                func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
                print(
                    "\(written == .appended ? "Appended" : "Wrote") \(count(result.rows.count, "row")) for"
                        + " \(count(result.monitors.count, "monitor")) to \(output)")
            } else {
                try MonitorCSV.render(result.rows, header: true) { chunk in
                    try FileHandle.standardOutput.write(contentsOf: Data(chunk.utf8))
                }
            }
        }
    }

    private func convert() throws -> MonitorImport {
        switch from {
        case .kuma:
            var importer = KumaImporter(path: file)
            try KumaDatabase(path: file).forEachHeartbeat { importer.add($0) }
            return try importer.finish()
        case .gatus:
            return try GatusImporter().convert(path: file, data: read(file))
        case .prometheus:
            let durations = try latency.map { PrometheusImporter.File(path: $0, data: try read($0)) }
            return try PrometheusImporter(monitorLabel: monitorLabel).convert(
                success: PrometheusImporter.File(path: file, data: try read(file)), latency: durations)
        }
    }

    private func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic.error("cannot read the file: \(FileProblem.reason(error))", at: SourceLocation(path: path))
        }
    }
}
