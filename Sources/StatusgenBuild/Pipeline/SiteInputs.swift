import StatusgenCore
import StatusgenModel

/// Everything a build reads: the site's files held in memory, its settings read from them once, and its
/// monitor results files, which the loader streams into histories as it reads them.
public struct SiteInputs: Sendable {
    /// `statusgen.yml`, incidents and templates (and monitor files given in memory, as tests do).
    public var files: [InputFile]
    /// The site's settings, or every problem found reading them.
    public var settings: Result<SiteSettings, DiagnosticList>
    /// The monitor results files already read. With `monitorSummaries`, only their paths, diagnostics and
    /// the names of their monitors: their rows were not read.
    public var monitorFiles: [MonitorFileResult]
    /// What the timeline takes from each monitor as of the build's moment, kept from an earlier build with
    /// the same monitor files and settings; `nil` when it is to be made from the histories of `monitorFiles`.
    public var monitorSummaries: [String: MonitorSummary]?
    /// The key under which summaries made from `monitorFiles` are kept for later builds
    /// (`MonitorSummaryCache`); `nil` when they are not to be kept.
    var monitorSummaryKey: String?
    /// The stamp of each file of `incidents/`, as it was read, or as it was found when it was not read
    /// (`InputFile.knownDigest`).
    var incidentStamps: [String: InputStamp] = [:]

    /// Inputs whose settings are read from `files`.
    public init(files: [InputFile], monitorFiles: [MonitorFileResult] = []) {
        self.init(
            files: files, settings: Result { () throws(DiagnosticList) in try SiteSettings(files: files) },
            monitorFiles: monitorFiles)
    }

    public init(
        files: [InputFile], settings: Result<SiteSettings, DiagnosticList>, monitorFiles: [MonitorFileResult],
        monitorSummaries: [String: MonitorSummary]? = nil
    ) {
        self.files = files
        self.settings = settings
        self.monitorFiles = monitorFiles
        self.monitorSummaries = monitorSummaries
    }
}
