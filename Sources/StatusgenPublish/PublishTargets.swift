import AsyncHTTPClient
import Foundation
import StatusgenModel

/// Makes the targets that `statusgen.yml` declares.
public enum PublishTargets {
    /// The target for each definition. `source` is the site's folder: relative paths start there, and
    /// git targets keep their clone in its cache folder. Credentials come from `environment` only.
    public static func make(
        _ definitions: [PublishTargetDefinition], source: URL, environment: [String: String], http: HTTPClient
    ) -> [any PublishTarget] {
        definitions.map { definition in
            switch definition.kind {
            case .s3(let settings):
                return S3Target(name: definition.name, settings: settings, environment: environment, http: http)
            case .ssh(let host, let path, let port, let sshCommand):
                return SSHTarget(name: definition.name, host: host, path: path, port: port, sshCommand: sshCommand)
            case .git(let repository, let branch):
                // A path to a repository on disk is taken from the site's folder, like every other path.
                let isPath = repository.hasPrefix("/") || repository.hasPrefix(".")
                return GitTarget(
                    name: definition.name,
                    repository: isPath ? URL(fileURLWithPath: repository, relativeTo: source).path : repository,
                    branch: branch,
                    workFolder: source.appendingPathComponent(SiteLayout.cacheFolder)
                        .appendingPathComponent("publish").appendingPathComponent(definition.name))
            case .directory(let path):
                return DirectoryTarget(
                    name: definition.name, folder: URL(fileURLWithPath: path, relativeTo: source).standardizedFileURL)
            }
        }
    }
}
