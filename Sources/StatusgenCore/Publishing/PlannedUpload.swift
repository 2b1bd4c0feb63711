/// A file a publish sends: new, or changed since the target's manifest.
public struct PlannedUpload: Sendable, Hashable {
    public var path: String
    public var entry: ManifestEntry
    public var stage: PublishStage

    public init(path: String, entry: ManifestEntry) {
        self.path = path
        self.entry = entry
        stage = PublishStage.of(path)
    }
}
