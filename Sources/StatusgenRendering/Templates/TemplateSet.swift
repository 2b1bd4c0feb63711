import Foundation
import StatusgenDefaults
import StatusgenModel

/// The templates and static assets a site is rendered with.
///
/// Every file keeps its path relative to the site root, such as `templates/index.mustache`:
/// a file ending in `.mustache` is the template named by the rest of its path (`index`), and
/// any other file is an asset copied to the output under the rest of its path (`style.css`).
public struct TemplateSet: Sendable {
    /// The folder, relative to the site root, that templates are read from.
    public static let folder = SiteLayout.templatesFolder + "/"
    static let templateExtension = SiteLayout.templateEnding
    /// The folder of the strings files, one per language: `templates/strings/de.yml`.
    static let stringsFolder = SiteLayout.stringsFolder + "/"

    /// The defaults compiled into the binary (the repository's templates/).
    public static let builtIn = TemplateSet(files: DefaultSiteFiles.all)

    /// The files of the set, sorted by path; every path starts with `templates/`.
    public private(set) var files: [InputFile]

    /// A set of `files`, whose paths start with `templates/`; a later file replaces an earlier
    /// one with the same path, and files outside `templates/` are ignored.
    public init(files: [InputFile]) {
        var byPath: [String: InputFile] = [:]
        for file in files where file.path.hasPrefix(Self.folder) {
            byPath[file.path] = file
        }
        self.files = byPath.values.sorted { $0.path < $1.path }
    }

    /// This set with the site's own files laid over it: `files` are InputFiles whose paths
    /// start with `templates/`; a `templates/NAME.mustache` replaces the template of that name,
    /// any other file replaces or adds an asset.
    public func overlaid(with files: [InputFile]) -> TemplateSet {
        TemplateSet(files: self.files + files)
    }

    /// The templates, keyed by name, each with the file it came from.
    var templates: [(name: String, file: InputFile)] {
        files.compactMap { file in
            guard file.path.hasSuffix(Self.templateExtension) else { return nil }
            let name = file.path.dropFirst(Self.folder.count).dropLast(Self.templateExtension.count)
            return (String(name), file)
        }
    }

    /// The assets, at their paths in the output; strings are never published.
    var assets: [OutputFile] {
        files.compactMap { file in
            guard !file.path.hasSuffix(Self.templateExtension), !file.path.hasPrefix(Self.stringsFolder) else {
                return nil
            }
            return OutputFile(path: String(file.path.dropFirst(Self.folder.count)), contents: file.contents)
        }
    }

    /// The path a template of `name` has in a site: `templates/index.mustache`.
    static func path(ofTemplate name: String) -> String {
        folder + name + templateExtension
    }
}
