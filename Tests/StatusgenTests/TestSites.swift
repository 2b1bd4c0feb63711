import Foundation

/// The fixture sites, kept beside the golden-site tests of the build library.
enum TestSites {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StatusgenBuildTests/Sites")
}
