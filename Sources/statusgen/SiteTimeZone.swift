import Foundation
import StatusgenCore
import StatusgenModel

/// The site's timezone, needed before the build to count the days of monitor results.
enum SiteTimeZone {
    /// The timezone `statusgen.yml` among `files` sets; UTC when the config cannot be read, which
    /// stops the build with its own errors anyway.
    static func of(_ files: [InputFile]) -> TimeZone {
        let utc = TimeZone(identifier: "UTC") ?? .current
        guard let file = files.first(where: { $0.path == ConfigParser.path }),
            let text = String(data: file.contents, encoding: .utf8)
        else { return utc }
        return (try? ConfigParser().parse(text))?.timeZone ?? utc
    }
}
