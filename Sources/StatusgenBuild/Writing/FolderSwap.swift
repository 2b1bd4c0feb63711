import CSwapDirectories
import Foundation

/// Puts a fully written folder in the place of another in one step, so that readers of the place see
/// either the old folder or the new one, never a mix.
public enum FolderSwap {
    /// Moves `staging` to `destination`, replacing the folder there; the old folder is removed.
    public static func swap(_ staging: URL, into destination: URL) throws {
        try swap(staging, into: destination, retire: StagingFolder.remove)
    }

    /// Moves `staging` to `destination`, replacing the folder there; the old folder is given to `retire`,
    /// at the path it then has, to keep or remove.
    static func swap(_ staging: URL, into destination: URL, retire: (URL) -> Void) throws {
        // A plain rename succeeds only while the destination does not exist; another writer may create it
        // in between, and then the exchange below takes over.
        if rename(staging.path, destination.path) == 0 { return }
        if statusgen_swap_directories(staging.path, destination.path) == 0 {
            // The new folder is in place; an old one that cannot be retired now is removed by the next writer.
            retire(staging)
            return
        }
        if errno == EBUSY {
            throw CommandFailure(
                "cannot replace \(destination.path): it is a mount point; mount its parent folder instead,"
                    + " or write into a folder inside it")
        }
        // Without an atomic exchange (not Linux, or a file system without it), rename twice.
        let manager = FileManager.default
        let retired = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).old-\(UUID().uuidString)")
        let retiring = try StagingFolder(locking: destination)
        defer { retiring.unlock() }
        try manager.moveItem(at: destination, to: retired)
        try manager.moveItem(at: staging, to: destination)
        retire(retired)
    }
}
