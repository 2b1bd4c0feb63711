import Foundation
import StatusgenModel
import StatusgenRendering

/// The build as every command runs it: read the site, build it in memory as of a fixed moment, and
/// (when given an output folder) swap the result in. Serves `build`, `serve`, `validate` and every
/// `--build`.
public enum SiteBuild {
    /// Builds the site in `source` as of `now` and, when `output` is given and the site has no errors,
    /// writes it there. Problems in the site are in the report; a site or output that cannot be read or
    /// written at all is thrown.
    ///
    /// Pages whose inputs did not change since the last build are reused rather than rendered: from
    /// `memory` when given, else (with `usesCache`) from the output folder, as `.statusgen-cache/pages`
    /// records it. Without `renders`, the site is only checked (as `validate` does): nothing is rendered.
    public static func run(
        source: URL, output: URL?, now: Date, usesCache: Bool = true, memory: PageMemory? = nil,
        renders: Bool = true
    ) throws -> BuildReport {
        let started = Date()
        var notes: [Diagnostic] = []
        let inputs = try SiteLoader(root: source, usesCache: usesCache).load(notes: &notes)
        let writer = output.map { SiteWriter(destination: $0, source: source) }
        let cache = writer.flatMap { usesCache ? PageCache(root: source, destination: $0.destination) : nil }
        var reuse: PageReuse?
        if renders, memory != nil || cache != nil {
            let digests = InputDigests(inputs.files)
            reuse = memory?.reuse(digests) ?? cache.map { $0.reuse($0.entries(), digests) }
        }
        let result = BuildPipeline().run(inputs, now: now, reusing: reuse, renders: renders)
        var written: SiteWriter.Summary?
        if let writer, let outputs = result.outputs {
            written = try writer.write(outputs)
            cache?.store(result.pageKeys)
        }
        if let memory, let outputs = result.outputs { memory.remember(result.pageKeys, of: outputs) }
        return BuildReport(
            diagnostics: (notes + result.diagnostics).sorted(), outputs: result.outputs,
            inputCount: inputs.files.count + inputs.monitorFiles.count, written: written,
            reusedCount: result.reusedCount,
            seconds: Date().timeIntervalSince(started))
    }
}
