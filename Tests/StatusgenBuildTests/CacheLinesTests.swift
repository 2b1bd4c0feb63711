import Foundation
import Testing

@testable import StatusgenBuild

/// The lines of the build record and the page cache, read in place.
@Suite("Cache lines")
struct CacheLinesTests {
    /// The fields of each line of `text` as strings, or `nil` when a line lacks one; stops after `limit` lines.
    private func lines(_ text: String, fields count: Int, limit: Int = .max) -> [[String]]? {
        var lines: [[String]] = []
        let isWhole = Array(text.utf8).withUnsafeBytes { bytes in
            CacheLines.forEach(in: bytes, fields: count) { fields in
                lines.append((0..<count).map { String(decoding: fields[$0], as: UTF8.self) })
                return lines.count < limit
            }
        }
        return isWhole ? lines : nil
    }

    @Test("cuts each line at its first tabs, the last field keeping the rest, and passes over empty lines")
    func fields() {
        #expect(
            lines("I\t1 2\t-\tincidents/a.md\n\nO\t3 4\t\tpath\twith\ttabs\n", fields: 4)
                == [["I", "1 2", "-", "incidents/a.md"], ["O", "3 4", "", "path\twith\ttabs"]])
        #expect(lines("digest\tstamp\tindex.html", fields: 3) == [["digest", "stamp", "index.html"]])
        #expect(lines("", fields: 2) == [])
    }

    @Test("stops at a line with too few fields, or when told to, and says that it did not read them all")
    func stops() {
        #expect(lines("a\tb\tc\nd\te\n", fields: 3) == nil)
        #expect(lines("a\tb\nc\td\n", fields: 2, limit: 1) == nil)
        #expect(lines("a\tb\nc\td\n", fields: 2, limit: 3) == [["a", "b"], ["c", "d"]])
    }
}
