import Foundation
import StatusgenModel

/// What one run of `SiteBuild` did: the problems it found, the files it built, and, when it wrote them,
/// what changed in the output folder.
public struct BuildReport: Sendable {
    /// Every error and warning, from reading the site and from building it, sorted by path and line.
    public var diagnostics: [Diagnostic]
    /// The built files sorted by path (but for pages reused as the output folder holds them, which were not
    /// read), or `nil` when the site has errors (and nothing was written) or when nothing changed since the
    /// last build into the output folder (`isUnchanged`).
    public var outputs: [OutputFile]?
    /// Whether the build found every input and output file as the last build left them, for the same
    /// moment, and so built and wrote nothing.
    public var isUnchanged = false
    /// How many files the site has.
    public var fileCount: Int
    /// How many input files the build took: config, incidents, templates, strings and monitor files.
    public var inputCount: Int
    /// What the write changed, `nil` when the build was not written.
    public var written: SiteWriter.Summary?
    /// How many incident files were parsed, rather than taken from the last build's cache; `nil` when the
    /// build keeps no parsed incidents.
    public var parsedCount: Int?
    /// How many incident files were not even read, found with the stamp they had when the last build read
    /// and parsed them (`.statusgen-cache/incidents`).
    public var unreadCount = 0
    /// How many pages were reused from the last build rather than rendered.
    public var reusedCount = 0
    /// How many monitors' results were read and totalled: 0 when the build took every monitor's summary
    /// from `.statusgen-cache/` (or had no monitors, or did not get as far).
    public var monitorWork = 0
    /// How many bad monitor rows (or unreadable monitor file headers) the build left out, with
    /// `skipsBadMonitorRows`, where a build stops at them.
    public var skippedMonitorProblems = 0
    /// The wall-clock time of the run, in seconds.
    public var seconds: Double

    /// Whether the site has errors, and so was not built.
    public var failed: Bool { outputs == nil && !isUnchanged }
}
