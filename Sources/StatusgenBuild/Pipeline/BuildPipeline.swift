import Foundation
import StatusgenCore
import StatusgenModel
import StatusgenRendering

/// The whole build in memory: input files -> parsed site -> timeline -> output files.
///
/// It never touches the disk or the clock: `SiteLoader` reads the files, `BuildClock` fixes `now`, and
/// `SiteWriter` writes the result.
public struct BuildPipeline: Sendable {
    /// What a build produced.
    public struct Result: Sendable {
        /// The output files sorted by path, but for the pages of `publishedPages`; `nil` when the build found
        /// errors.
        public var outputs: [OutputFile]?
        /// The pages reused as the output folder holds them, by path: their bytes are not in `outputs`.
        public var publishedPages: [String] = []
        /// Every error and warning, sorted by path and line.
        public var diagnostics: [Diagnostic]
        /// The key of each page a later build may reuse, by path (see `PageReuse`); empty without reuse.
        public var pageKeys: [String: String] = [:]
        /// How many pages were reused rather than rendered.
        public var reusedCount = 0
        /// What the timeline took from each monitor: `SiteInputs.monitorSummaries`, or the summaries made
        /// from the monitors' histories; `nil` when the build made no timeline (errors, or only checking).
        public var monitorSummaries: [String: MonitorSummary]?
        /// How many monitors' histories were summarised (read and totalled) in this build: 0 when the
        /// summaries were given.
        public var monitorWork = 0
    }

    public init() {}

    /// Builds the site from `files` (paths relative to the site root) as of `now`.
    public func run(_ files: [InputFile], now: Date) -> Result {
        run(SiteInputs(files: files), now: now)
    }

    /// Builds the site from `inputs` as of `now`; with `reuse`, a page whose key it knows is taken from it
    /// rather than rendered, and with `memo`, an incident file it knows is not parsed again. Without
    /// `renders`, only checks the site: the result has no files. The incident files' bytes are let go once
    /// parsed and the monitors' histories once summarised, so that a caller that gives up `inputs` does not
    /// hold them while the pages render.
    public func run(
        _ inputs: consuming SiteInputs, now: Date, reusing reuse: PageReuse? = nil, memo: IncidentMemo? = nil,
        renders: Bool = true
    ) -> Result {
        // Past parsing, the build needs the templates, strings and static files alone: the incidents'
        // bytes go, as do the copies of the monitors' histories in their files.
        let files = inputs.files.filter { !$0.path.hasPrefix(SiteLayout.incidentsFolder + "/") }
        var parsed = SiteParser().parse(
            inputs.files, settings: inputs.settings, monitorFiles: inputs.monitorFiles, memo: memo)
        inputs.files = []
        inputs.monitorFiles = []
        var diagnostics = parsed.diagnostics
        let siteTemplates = TemplateSet(files: files)
        let templates = TemplateSet.builtIn.overlaid(with: siteTemplates.files)
        let catalog = StringsCatalog(site: files)
        diagnostics += catalog.diagnostics
        let renderer: SiteRenderer?
        do {
            renderer = try SiteRenderer(templates: templates)
        } catch {
            diagnostics += error.diagnostics
            renderer = nil
        }
        guard var site = parsed.site.take(), let renderer, !diagnostics.hasErrors else {
            return Result(outputs: nil, diagnostics: diagnostics.sorted())
        }
        diagnostics += FutureUpdateCheck.warnings(for: site.incidents, now: now)
        guard renders else { return Result(outputs: [], diagnostics: diagnostics.sorted()) }
        let summaries = inputs.monitorSummaries ?? MonitorSummary.summaries(of: site, now: now)
        let monitorWork = inputs.monitorSummaries == nil ? summaries.count : 0
        site.monitors = [:]
        let timeline = TimelineBuilder().build(from: site, now: now, summaries: summaries)
        let languages = site.config.locales.map(catalog.strings(for:))
        let rendered = renderer.render(timeline, languages: languages, reusing: reuse)
        return Result(
            outputs: StaticFiles.adding(files, to: rendered.files, keeping: rendered.published),
            publishedPages: rendered.published,
            diagnostics: diagnostics.sorted(), pageKeys: rendered.keys, reusedCount: rendered.reusedCount,
            monitorSummaries: summaries, monitorWork: monitorWork)
    }
}
