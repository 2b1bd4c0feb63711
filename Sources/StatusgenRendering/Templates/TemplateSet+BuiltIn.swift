import Foundation
import StatusgenModel

extension TemplateSet {
    /// The defaults compiled into the binary (the repository's templates/).
    public static let builtIn = TemplateSet(
        files: [
            ("404.mustache", PackageResources._04_mustache),
            ("feed.rss.mustache", PackageResources.feed_rss_mustache),
            ("incident.mustache", PackageResources.incident_mustache),
            ("index.mustache", PackageResources.index_mustache),
            ("latency-sparkline.mustache", PackageResources.latency_sparkline_mustache),
            ("layout.mustache", PackageResources.layout_mustache),
            ("status-icon.mustache", PackageResources.status_icon_mustache),
            ("style.css", PackageResources.style_css),
            ("time-range.mustache", PackageResources.time_range_mustache),
            ("update.mustache", PackageResources.update_mustache),
        ].map { name, bytes in
            InputFile(path: folder + name, contents: Data(bytes))
        }
    )
}
