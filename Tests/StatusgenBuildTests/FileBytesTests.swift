import Foundation
import Testing

@testable import StatusgenBuild

@Suite("Reading whole files")
struct FileBytesTests {
    @Test(
        "a file is read whole whatever size was expected of it",
        arguments: [(0, 0), (1, 0), (5000, 5000), (5000, 10), (5000, 0), (70_000, 69_999), (10, 5000)])
    func wholeFile(size: Int, expected: Int) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        try bytes.write(to: file)
        let descriptor = open(file.path, O_RDONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(FileBytes.read(descriptor, expecting: expected) == bytes)
    }

    @Test("a descriptor that cannot be read gives nothing")
    func unreadable() throws {
        let descriptor = open(FileManager.default.temporaryDirectory.path, O_RDONLY | O_DIRECTORY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        #expect(FileBytes.read(descriptor, expecting: 100) == nil)
    }
}
