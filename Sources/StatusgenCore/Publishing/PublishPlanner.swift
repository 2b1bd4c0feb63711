/// Compares the built site with what a target holds and plans the publish.
public enum PublishPlanner {
    /// The plan that turns `target` into `site`. A target whose manifest is unknown (`nil`: none, or one
    /// that cannot be trusted) is sent every file, and nothing is deleted from it.
    public static func plan(site: PublishManifest, target: PublishManifest?) -> PublishPlan {
        let before = target ?? PublishManifest()
        var uploads: [PlannedUpload] = []
        var unchanged: [String] = []
        for (path, entry) in site.files {
            if before.files[path] == entry {
                unchanged.append(path)
            } else {
                uploads.append(PlannedUpload(path: path, entry: entry))
            }
        }
        uploads.sort { ($0.stage, $0.path) < ($1.stage, $1.path) }
        let deletes = before.files.keys.filter { site.files[$0] == nil }.sorted()
        return PublishPlan(
            uploads: uploads, deletes: deletes, unchanged: unchanged.sorted(), before: before, after: site)
    }
}
