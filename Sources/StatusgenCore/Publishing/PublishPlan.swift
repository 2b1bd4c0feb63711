/// What one publish does to one target, as plain values: the files to send in their order, the files to
/// delete once the new front page is live, and the files already there.
public struct PublishPlan: Sendable, Hashable {
    /// The files to send, by stage and then by path.
    public var uploads: [PlannedUpload]
    /// The files the target holds that the site no longer has, sorted; deleted after the front page.
    public var deletes: [String]
    /// The files the target holds already with the same bytes, sorted.
    public var unchanged: [String]
    /// The manifest the target holds before the publish (empty when it holds nothing known).
    public var before: PublishManifest
    /// The site's manifest: what the target holds after the publish.
    public var after: PublishManifest

    /// Whether the target holds the site already.
    public var isEmpty: Bool {
        uploads.isEmpty && deletes.isEmpty
    }

    /// The bytes to send.
    public var uploadBytes: Int {
        uploads.reduce(0) { $0 + $1.entry.size }
    }

    /// The uploads cut into runs of at most `size` files, each run within one stage, as ranges of
    /// `uploads`: the files of a run may be sent at the same time, and a run starts only when the one
    /// before has arrived.
    public func batches(of size: Int) -> [Range<Int>] {
        var batches: [Range<Int>] = []
        var start = 0
        for index in uploads.indices
        where index + 1 == uploads.count || index + 1 - start == size
            || uploads[index + 1].stage != uploads[index].stage
        {
            batches.append(start..<(index + 1))
            start = index + 1
        }
        return batches
    }

    /// What the target holds once the first `count` uploads are there and nothing is deleted yet: the
    /// manifest to store meanwhile, so that a publish stopped later does not send those files again, and
    /// the next one still deletes what the site dropped.
    public func manifest(afterUploading count: Int) -> PublishManifest {
        var files = before.files
        for upload in uploads.prefix(count) { files[upload.path] = upload.entry }
        return PublishManifest(files: files)
    }

    /// The paths whose content a reader may see change: sent and deleted files, in order.
    public var changedPaths: [String] {
        uploads.map(\.path) + deletes
    }
}
