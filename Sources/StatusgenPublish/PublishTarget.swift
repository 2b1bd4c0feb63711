import StatusgenCore

/// A place the site is published to. `Publisher` reads its manifest, plans, lets it apply the plan and
/// reads the front page and the status API back.
public protocol PublishTarget: Sendable {
    /// The target's name from `statusgen.yml`.
    var name: String { get }

    /// What the target holds now, from the manifest stored on it: empty when it holds no site yet,
    /// `nil` when its manifest is missing or cannot be trusted (every file is then sent again).
    func manifest() async throws -> PublishManifest?

    /// Sends the plan's uploads in their order, makes the new front page live, then deletes the plan's
    /// deletions and stores the site's manifest on the target.
    func apply(_ plan: PublishPlan, from site: SiteSnapshot) async throws

    /// The bytes a reader of the target gets for `path`, or `nil` when the target has no such file.
    func read(_ path: String) async throws -> [UInt8]?
}
