/// What an import does with an incident file it would write, given the file the site already has.
enum ImportedFile {
    case create
    /// The import wrote the old file and nobody edited it: it is replaced (`--update`).
    case replace
    /// The old file says the same.
    case unchanged
    /// The old file was edited since, or not written by an import: never touched.
    case edited
    /// The old file stays, since the import was not asked to update.
    case kept

    /// The decision for the new text `new` over `old` (nil: no such file).
    static func decide(_ new: String, over old: String?, update: Bool) -> ImportedFile {
        guard let old else { return .create }
        guard update else { return .kept }
        if old == new { return .unchanged }
        return ImportHash.isUnedited(old) ? .replace : .edited
    }
}
