import Foundation
import Testing

@testable import StatusgenBuild

/// Stamps and listings of a whole site, as the build record and the writer take them.
@Suite("Folder stamps and listings")
struct FolderStampsTests {
    /// A folder of `count` folders holding one file each, removed when `body` returns.
    private func withFolders(_ count: Int, _ body: (URL, [String]) throws -> Void) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("stamps-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var paths: [String] = []
        for index in 0..<count {
            let folder = "f\(index)"
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            try Data("\(index)".utf8).write(to: root.appendingPathComponent(folder + "/page.html"))
            paths.append(folder + "/page.html")
        }
        try body(root, paths.sorted())
    }

    /// The listing of the folder at `root`, following links.
    private func listing(_ root: URL) -> [FolderListing.Entry]? {
        let folder = OpenFolder(root.path)
        return folder.descriptor < 0 ? nil : FolderListing.entries(of: folder.descriptor, followingLinks: true)
    }

    /// The descriptors this process has open.
    private func openDescriptors() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
    }

    @Test("a stamp written as text, as the record and the page cache write it, reads back as the same stamp")
    func stampText() throws {
        try withFolders(3) { root, paths in
            let listed = try #require(listing(root))
            #expect(listed.count == 6)
            for entry in listed {
                var bytes: [UInt8] = []
                entry.stamp.append(to: &bytes)
                #expect(String(decoding: bytes, as: UTF8.self) == entry.stamp.text)
                let read = bytes.withUnsafeBytes { FileStamp(bytes: $0) }
                #expect(read == entry.stamp, "\(entry.path): \(entry.stamp.text)")
            }
            #expect(listed.first { $0.path == paths[0] }?.stamp.text.split(separator: " ").count == 6)
        }
    }

    @Test("gives each file the stamp of its full path, with one folder open at a time however many there are")
    func stamps() throws {
        try withFolders(600) { root, paths in
            let stamps = FolderStamps(root: root.path)
            let before = try openDescriptors()
            for path in paths {
                #expect(stamps.stamp(of: path) == FileStamp(path: root.appendingPathComponent(path).path))
            }
            // Other tests open files meanwhile; 600 folders held open would show whatever they do.
            #expect(try openDescriptors() - before < 200)
            #expect(stamps.stamp(of: "") == FileStamp(path: root.path))
            #expect(stamps.stamp(of: "f1") == FileStamp(path: root.appendingPathComponent("f1").path))
            #expect(stamps.stamp(of: "f1/missing.html") == nil)
            #expect(stamps.stamp(of: "missing/page.html") == nil)
            // A file where a folder is named is no folder, and what it would hold is missing.
            #expect(stamps.stamp(of: "f1/page.html/inner") == nil)
        }
    }

    @Test("stamps a file at the root, a folder, a file two folders down, and nothing for a missing file or folder")
    func rootAndMissing() throws {
        try withFolders(2) { root, paths in
            try Data("top".utf8).write(to: root.appendingPathComponent("index.html"))
            let stamps = FolderStamps(root: root.path)
            #expect(stamps.stamp(of: "index.html") == FileStamp(path: root.appendingPathComponent("index.html").path))
            #expect(stamps.stamp(of: "f1")?.isFolder == true)
            try FileManager.default.createDirectory(
                at: root.appendingPathComponent("f1/deeper"), withIntermediateDirectories: true)
            try Data("deep".utf8).write(to: root.appendingPathComponent("f1/deeper/page.html"))
            #expect(
                stamps.stamp(of: "f1/deeper/page.html")
                    == FileStamp(path: root.appendingPathComponent("f1/deeper/page.html").path))
            #expect(stamps.stamp(of: paths[1]) == FileStamp(path: root.appendingPathComponent(paths[1]).path))
            #expect(stamps.stamp(of: "missing.html") == nil)
            #expect(stamps.stamp(of: "gone/page.html") == nil)
            #expect(stamps.stamp(of: String(repeating: "n", count: 300)) == nil)
            #expect(stamps.stamp(of: paths[0]) == FileStamp(path: root.appendingPathComponent(paths[0]).path))
        }
    }

    @Test("lists every file and folder with its stamp, or nothing when a part of the folder cannot be stamped")
    func listing() throws {
        try withFolders(50) { root, paths in
            let entries = try #require(listing(root))
            #expect(entries.filter { !$0.stamp.isFolder }.map(\.path).sorted() == paths)
            #expect(entries.filter(\.stamp.isFolder).count == 50)
            for entry in entries {
                #expect(entry.stamp == FileStamp(path: root.appendingPathComponent(entry.path).path))
            }
            // A link to nothing cannot be stamped: no listing rather than one without it.
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("f3/gone.html").path, withDestinationPath: "nowhere.html")
            #expect(listing(root) == nil)
            try FileManager.default.removeItem(at: root.appendingPathComponent("f3/gone.html"))
            // A name that is not UTF-8 could not be written back as the path it is.
            let name = Array("f4/caf".utf8) + [0xE9] + Array(".html".utf8) + [0]
            let path = root.path + "/"
            let descriptor = name.withUnsafeBufferPointer { bytes in
                (path.utf8CString.dropLast() + bytes.map { CChar(bitPattern: $0) }).withUnsafeBufferPointer {
                    open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644)
                }
            }
            #expect(descriptor >= 0)
            close(descriptor)
            #expect(listing(root) == nil)
        }
    }
}
