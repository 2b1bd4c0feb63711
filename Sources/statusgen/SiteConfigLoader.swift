import Foundation
import StatusgenCore
import StatusgenModel

/// Reads a site's `statusgen.yml`, for the commands that check arguments against its components.
enum SiteConfigLoader {
    static func load(from source: URL) throws -> SiteConfig {
        let url = source.appendingPathComponent(ConfigParser.path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw CommandFailure("\(source.path): no statusgen.yml here; create a site with 'statusgen init DIR'")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CommandFailure("\(ConfigParser.path): cannot read the file: \(FileProblem.reason(error))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("the file is not UTF-8 text", at: SourceLocation(path: ConfigParser.path))
        }
        return try ConfigParser().parse(text)
    }
}
