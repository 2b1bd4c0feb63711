import StatusgenModel

/// Everything a build reads: the site's files held in memory, and its monitor results files, which
/// the executable streams into histories as it reads them.
public struct SiteInputs: Sendable {
    /// `statusgen.yml`, incidents and templates (and monitor files given in memory, as tests do).
    public var files: [InputFile]
    /// The monitor results files already read.
    public var monitorFiles: [MonitorFileResult]

    public init(files: [InputFile], monitorFiles: [MonitorFileResult] = []) {
        self.files = files
        self.monitorFiles = monitorFiles
    }
}
