import Foundation
import StatusgenCore
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
    /// records it, where they stay without being read (a page changed there by another hand meanwhile
    /// makes the build start again, rendering every page). Incident files whose bytes did not change are
    /// not parsed again: `memory` keeps them, else (with `usesCache`) `.statusgen-cache/incidents`, for
    /// `validate` too; both keep the stamp each file had when it was read, so that a file found with that
    /// stamp is not even read. Without `renders`, the site is only checked (as `validate` does): nothing
    /// is rendered. A build into `output` (with `usesCache`) for the moment of the last one that finds
    /// every input and output as that build left them (`BuildRecord`) reads and writes nothing, and gives
    /// that build's warnings. A build that changes no monitor file reads none either: it takes what the
    /// timeline needs of each monitor from `.statusgen-cache/monitor-summaries` (`MonitorSummaryCache`;
    /// `BuildReport.monitorWork` is then 0).
    ///
    /// With `skipsBadMonitorRows`, a monitor file's bad rows are warnings, not errors: the build goes on
    /// without them (`BuildReport.skippedMonitorProblems`). For the build of an emergency publish, which must
    /// not wait for a monitoring tool's file to be mended. A file whose reading stopped short (a header that
    /// cannot be read, too many bad rows) stays an error: without the rest of it, the site would publish
    /// uptime it does not have. Such a build leaves no build record and no monitor cache behind, so the next
    /// build reports the rows as errors again.
    public static func run(
        source: URL, output: URL?, now: Date, usesCache: Bool = true, memory: BuildMemory? = nil,
        renders: Bool = true, skipsBadMonitorRows: Bool = false
    ) throws -> BuildReport {
        do {
            return try run(
                source, output, now, usesCache, memory, renders, skipsBadMonitorRows, keepsPublishedPages: true)
        } catch is SiteWriter.PublishedPageChanged {
            return try run(
                source, output, now, usesCache, memory, renders, skipsBadMonitorRows, keepsPublishedPages: false)
        }
    }

    /// The build of `run(source:output:now:usesCache:memory:renders:)`; with `keepsPublishedPages`, pages of
    /// the output folder that the page cache says are reusable are kept there.
    private static func run(
        _ source: URL, _ output: URL?, _ now: Date, _ usesCache: Bool, _ memory: BuildMemory?, _ renders: Bool,
        _ skipsBadMonitorRows: Bool, keepsPublishedPages: Bool
    ) throws -> BuildReport {
        let started = Date()
        let writer = output.map { SiteWriter(destination: $0, source: source) }
        let record = writer.flatMap {
            usesCache ? BuildRecord(root: source, destination: $0.destination, now: now) : nil
        }
        if let record, let unchanged = record.unchanged() {
            return BuildReport(
                diagnostics: unchanged.warnings, outputs: nil, isUnchanged: true, fileCount: unchanged.fileCount,
                inputCount: unchanged.inputCount, written: SiteWriter.Summary(),
                seconds: Date().timeIntervalSince(started))
        }
        let listings = record?.listings() ?? []
        let store = usesCache && memory == nil ? IncidentStore(root: source) : nil
        let stored = store?.load()
        let memo = memory?.incidents ?? stored?.memo
        var notes: [Diagnostic] = []
        var (inputs, unread) = try load(
            SiteLoader(root: source, usesCache: usesCache), now: now, memo: memo,
            known: memory?.knownFiles ?? stored?.known ?? [:], notes: &notes)
        let skipped = skipsBadMonitorRows ? skipBadRows(in: &inputs) : 0
        let incidentStamps = inputs.incidentStamps
        let cache = writer.flatMap { usesCache ? PageCache(root: source, destination: $0.destination) : nil }
        let entries = keepsPublishedPages ? cache?.entries() ?? [:] : [:]
        var reuse: PageReuse?
        let taken = PageCache.Taken()
        let digests = renders && (memory != nil || cache != nil) ? InputDigests(inputs.files) : nil
        if let digests {
            reuse = memory?.reuse(digests) ?? cache.map { $0.reuse(entries, digests, noting: taken) }
        }
        // What is kept of the inputs beyond the build: an incident file's digest rather than its bytes (the
        // record needs no more), so that the bytes go once parsed, and the monitors' histories go once
        // summarised.
        let inputCount = inputs.files.count + inputs.monitorFiles.count
        let digested = digests?.incidents ?? [:]
        let files = inputs.files.filter { digested[$0.path] == nil }
        let (monitorPaths, summaryKey) = (inputs.monitorFiles.map(\.path), inputs.monitorSummaryKey)
        let summaryFiles = MonitorSummaryCache.files(of: inputs)
        let result = BuildPipeline().run(consume inputs, now: now, reusing: reuse, memo: memo, renders: renders)
        if let memo {
            let known = memo.knownFiles(stamps: incidentStamps, started: started)
            if let store, let stored, memo.hasChanged || known != stored.known || stored.isToBeRewritten {
                store.save(memo, known: known, over: stored)
            }
            memory?.knownFiles = known
        }
        let diagnostics = (notes + result.diagnostics).sorted()
        var written: SiteWriter.Summary?
        if let writer, let outputs = result.outputs {
            let stamps = taken.stamps
            var published: [String: FileStamp] = [:]
            for path in result.publishedPages {
                // Every page kept was taken with its stamp; one without would have no bytes at all.
                guard let stamp = stamps[path] else { throw SiteWriter.PublishedPageChanged(path: path) }
                published[path] = stamp
            }
            let write = try writer.write(outputs, keeping: published)
            written = write.summary
            cache?.store(result.pageKeys, site: write.stamps)
            if let key = summaryKey, let summaries = result.monitorSummaries, let summaryFiles {
                MonitorSummaryCache(root: source).store(
                    MonitorSummaryCache.Entry(key: key, now: now, files: summaryFiles, summaries: summaries))
            }
            if skipped == 0 {
                record?.store(
                    listings: listings, files: files, digested: digested, monitorPaths: monitorPaths,
                    warnings: diagnostics, started: started, listed: incidentStamps.mapValues(\.file),
                    site: write.stamps)
            }
        }
        if let memory, let outputs = result.outputs { memory.remember(result.pageKeys, of: outputs) }
        return BuildReport(
            diagnostics: diagnostics, outputs: result.outputs,
            fileCount: (result.outputs?.count ?? 0) + result.publishedPages.count,
            inputCount: inputCount, written: written,
            parsedCount: memo?.parsedCount, unreadCount: unread, reusedCount: result.reusedCount,
            monitorWork: result.monitorWork, skippedMonitorProblems: skipped,
            seconds: Date().timeIntervalSince(started))
    }

    /// Makes each error of `inputs`' monitor files read to their end a warning that says the row was left
    /// out; returns how many. A file cut short gets an error that says why it was not left out.
    private static func skipBadRows(in inputs: inout SiteInputs) -> Int {
        var skipped = 0
        for index in inputs.monitorFiles.indices {
            let file = inputs.monitorFiles[index]
            guard !file.wasCutShort else {
                inputs.monitorFiles[index].diagnostics.append(
                    .error(
                        "the rest of this file cannot be read, so its rows cannot be left out as a few bad ones"
                            + " can: mend the file (or move it out of monitors/) to publish",
                        at: SourceLocation(path: file.path)))
                continue
            }
            inputs.monitorFiles[index].diagnostics = inputs.monitorFiles[index].diagnostics.map { problem in
                guard problem.severity == .error else { return problem }
                skipped += 1
                return .warning(problem.message + " (left out of this build; mend the file)", at: problem.location)
            }
        }
        return skipped
    }

    /// Parses the site in `source` as a build does, without building it: incident files that the last build
    /// parsed (`.statusgen-cache/incidents`) and that have not changed since are not read or parsed again.
    /// The cache is left as it is, and monitor files are read whole; with `skipsBadMonitorRows`, their bad
    /// rows are warnings, as in `run`. For `notify`, which needs every incident but no page.
    public static func parse(source: URL, skipsBadMonitorRows: Bool = false) throws -> (
        inputs: SiteInputs, result: SiteParser.Result
    ) {
        let memo = IncidentStore(root: source).load()
        var notes: [Diagnostic] = []
        var (inputs, _) = try load(
            SiteLoader(root: source), now: nil, memo: memo.memo, known: memo.known, notes: &notes)
        if skipsBadMonitorRows { _ = skipBadRows(in: &inputs) }
        let result = SiteParser().parse(
            inputs.files, settings: inputs.settings, monitorFiles: inputs.monitorFiles, memo: memo.memo)
        return (inputs, result)
    }

    /// The site's inputs, with the incident files of `known` that still have their stamp left unread (each
    /// with its digest), and how many were; when `memo` cannot give one of those (the site's components
    /// changed), every file is read after all.
    private static func load(
        _ loader: SiteLoader, now: Date?, memo: IncidentMemo?, known: [String: KnownFile], notes: inout [Diagnostic]
    ) throws -> (SiteInputs, unread: Int) {
        let inputs = try loader.load(notes: &notes, now: now, known: known)
        let unread = inputs.files.filter { $0.knownDigest != nil }
        let componentIDs = (try? inputs.settings.get())?.config.components.map(\.id)
        guard !unread.isEmpty, memo?.knows(unread, componentIDs: componentIDs) != true else {
            return (inputs, unread.count)
        }
        notes = []
        return (try loader.load(notes: &notes, now: now), 0)
    }
}
