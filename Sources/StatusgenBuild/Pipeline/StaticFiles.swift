import StatusgenModel

/// The files of a site's `static/` folder, published as they are.
enum StaticFiles {
    /// `rendered` with each file of `inputs` under `static/` added at the rest of its path, sorted by path; a
    /// rendered file of the same path wins, as it does over a template asset, and so does a page of
    /// `published` (the pages reused as the output folder holds them, whose bytes are not in `rendered`).
    static func adding(_ inputs: [InputFile], to rendered: [OutputFile], keeping published: [String])
        -> [OutputFile]
    {
        let prefix = SiteLayout.staticFolder + "/"
        let taken = Set(rendered.map(\.path) + published)
        let published = inputs.compactMap { file -> OutputFile? in
            guard file.path.hasPrefix(prefix) else { return nil }
            let path = String(file.path.dropFirst(prefix.count))
            return taken.contains(path) ? nil : OutputFile(path: path, contents: file.contents)
        }
        return (rendered + published).sorted { $0.path < $1.path }
    }
}
