/// A place `statusgen publish` sends the built site to, declared under `publish:` in `statusgen.yml`.
/// Credentials are never part of it: they come from the environment or the tools' own configuration.
public struct PublishTargetDefinition: Sendable, Hashable {
    /// What kind of place, with its settings.
    public enum Kind: Sendable, Hashable {
        /// An S3-compatible bucket.
        case s3(S3Settings)
        /// A folder on a host reached with `rsync` over `ssh`: `path/current` is a link to the live release.
        case ssh(host: String, path: String, port: Int?, sshCommand: String?)
        /// A branch of a git repository, pushed (GitHub, GitLab or Codeberg Pages).
        case git(repository: String, branch: String)
        /// A local or mounted folder, replaced whole.
        case directory(path: String)
    }

    /// The target's name, as `--target` selects it and the summary names it.
    public var name: String
    public var kind: Kind
    /// The CDN whose cache is purged of the changed URLs after the target holds the new site, if any.
    public var cdn: CDNSettings?
    /// The line of the target's name in `statusgen.yml`, for messages about it.
    public var line: Int?

    public init(name: String, kind: Kind, cdn: CDNSettings? = nil, line: Int? = nil) {
        self.name = name
        self.kind = kind
        self.cdn = cdn
        self.line = line
    }
}
