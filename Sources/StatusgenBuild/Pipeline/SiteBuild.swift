import Foundation
import StatusgenModel

/// The build as every command runs it: read the site, build it in memory as of a fixed moment, and
/// (when given an output folder) swap the result in. Serves `build`, `serve`, `validate` and every
/// `--build`.
public enum SiteBuild {
    /// Builds the site in `source` as of `now` and, when `output` is given and the site has no errors,
    /// writes it there. Problems in the site are in the report; a site or output that cannot be read or
    /// written at all is thrown.
    public static func run(source: URL, output: URL?, now: Date, usesCache: Bool = true) throws -> BuildReport {
        let started = Date()
        var notes: [Diagnostic] = []
        let inputs = try SiteLoader(root: source, usesCache: usesCache).load(notes: &notes)
        let result = BuildPipeline().run(inputs, now: now)
        var written: SiteWriter.Summary?
        if let output, let outputs = result.outputs {
            written = try SiteWriter(destination: output, source: source).write(outputs)
        }
        return BuildReport(
            diagnostics: (notes + result.diagnostics).sorted(), outputs: result.outputs,
            inputCount: inputs.files.count + inputs.monitorFiles.count, written: written,
            seconds: Date().timeIntervalSince(started))
    }
}
