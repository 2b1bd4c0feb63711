import Foundation
import StatusgenModel
import Testing

@testable import StatusgenBuild

/// What the page keys and caches start from.
@Suite("Input digests")
struct InputDigestsTests {
    @Test("the program's fingerprint names the running program's file: its path, inode, size and time")
    func programFingerprint() throws {
        let path = try #require(Bundle.main.executablePath)
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let stamp = try #require(FileStamp(path: resolved))
        #expect(
            InputDigests.programFingerprint
                == "\(resolved) \(stamp.inode) \(stamp.size) \(stamp.seconds).\(Int(stamp.nanoseconds).zeroPadded(9))")
    }
}
