import StatusgenCore
import StatusgenModel

/// Everything a build reads: the site's files held in memory, its settings read from them once, and its
/// monitor results files, which the loader streams into histories as it reads them.
public struct SiteInputs: Sendable {
    /// `statusgen.yml`, incidents and templates (and monitor files given in memory, as tests do).
    public var files: [InputFile]
    /// The site's settings, or every problem found reading them.
    public var settings: Result<SiteSettings, DiagnosticList>
    /// The monitor results files already read.
    public var monitorFiles: [MonitorFileResult]

    /// Inputs whose settings are read from `files`.
    public init(files: [InputFile], monitorFiles: [MonitorFileResult] = []) {
        self.init(
            files: files, settings: Result { () throws(DiagnosticList) in try SiteSettings(files: files) },
            monitorFiles: monitorFiles)
    }

    public init(
        files: [InputFile], settings: Result<SiteSettings, DiagnosticList>, monitorFiles: [MonitorFileResult]
    ) {
        self.files = files
        self.settings = settings
        self.monitorFiles = monitorFiles
    }
}
