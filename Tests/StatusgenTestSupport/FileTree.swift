import Foundation

/// The files of a folder on disk, as the golden-site and command-line tests compare them.
public enum FileTree {
    /// The paths, relative to `folder` and sorted, of the files under it (folders left out); empty when
    /// the folder does not exist.
    public static func filePaths(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { item -> String? in
            guard let path = item as? String else { return nil }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory)
            return isDirectory.boolValue ? nil : path
        }.sorted()
    }
}
