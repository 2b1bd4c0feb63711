import StatusgenModel

/// The latest build of the previewed site, shared by the watcher that rebuilds it and the requests
/// that read it.
actor PreviewSite {
    /// What a build leaves to be served.
    struct Contents {
        /// The files of a good build by path, or nil when the build failed.
        var files: [String: OutputFile]?
        /// The problems of a failed build.
        var problems: [String]

        init(_ build: PreviewBuild) {
            switch build {
            case .site(let outputs):
                files = Dictionary(outputs.map { ($0.path, $0) }, uniquingKeysWith: { _, last in last })
                problems = []
            case .failed(let list):
                files = nil
                problems = list
            }
        }
    }

    private(set) var contents: Contents

    init(_ build: PreviewBuild) {
        contents = Contents(build)
    }

    /// Replaces what is shown with `build`: a failed build hides the old site, so the browser never shows
    /// a page that no longer matches the sources.
    func update(_ build: PreviewBuild) {
        contents = Contents(build)
    }
}
