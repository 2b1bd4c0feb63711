import StatusgenDefaults
import StatusgenModel

/// The built-in assets (`style.css`, `embed.js`), which a site gets byte for byte: the command-line tests
/// check the copies, so the expected trees of the golden sites hold only what statusgen renders.
enum BuiltInAssets {
    static let paths: Set<String> = Set(
        DefaultSiteFiles.all.compactMap { file in
            let name = file.path.dropFirst(SiteLayout.templatesFolder.count + 1)
            let isAsset = !name.hasSuffix(SiteLayout.templateEnding) && SiteLayout.stringsLocale(of: file.path) == nil
            return isAsset ? String(name) : nil
        })
}
