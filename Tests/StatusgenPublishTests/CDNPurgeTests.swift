import Foundation
import Testing

@testable import StatusgenPublish

@Suite("What the CDN purges are sent")
struct CDNPurgeTests {
    @Test("changed paths become absolute URLs, a folder's index.html under the folder's address too")
    func urls() {
        #expect(
            ChangedURLs.urls(
                ["index.html", "incidents/x/index.html", "feed.atom", "api/v2/status.json"],
                baseURL: "https://status.example.com/")
                == [
                    "https://status.example.com/", "https://status.example.com/api/v2/status.json",
                    "https://status.example.com/feed.atom", "https://status.example.com/incidents/x/",
                    "https://status.example.com/incidents/x/index.html", "https://status.example.com/index.html",
                ])
    }

    @Test("a CloudFront invalidation batch counts its paths and escapes them for XML")
    func invalidationBatch() {
        #expect(
            CloudFrontInvalidation.batch(paths: ["/", "/a&b.html"], reference: "statusgen-1")
                == """
                <?xml version="1.0" encoding="UTF-8"?>
                <InvalidationBatch xmlns="http://cloudfront.amazonaws.com/doc/2020-05-31/"><Paths>\
                <Quantity>2</Quantity><Items><Path>/</Path><Path>/a&amp;b.html</Path></Items></Paths>\
                <CallerReference>statusgen-1</CallerReference></InvalidationBatch>
                """)
    }

    @Test("the URLs still to purge outlive a failed purge and are gone after one that succeeds")
    func pendingURLs() async throws {
        struct Refusing: CDNPurge {
            let provider = "Test"
            func purge(_ urls: [String]) async throws { throw CancellationError() }
        }
        actor Recorder {
            var urls: [[String]] = []
            func add(_ batch: [String]) { urls.append(batch) }
        }
        struct Recording: CDNPurge {
            let provider = "Test"
            let recorder: Recorder
            func purge(_ urls: [String]) async throws { await recorder.add(urls) }
        }
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("statusgen-purge-\(UUID().uuidString)").appendingPathComponent("t.txt")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let base = "https://status.example.com/"
        let refusing = TargetCDN(purger: .success(Refusing()), pendingFile: file, baseURL: base)
        try refusing.remember(["feed.atom"])
        await #expect(throws: CancellationError.self) { _ = try await refusing.purgePending() }
        try refusing.remember(["index.html"])
        let recorder = Recorder()
        let recording = TargetCDN(purger: .success(Recording(recorder: recorder)), pendingFile: file, baseURL: base)
        #expect(try await recording.purgePending() == 3)
        #expect(await recorder.urls == [[base, base + "feed.atom", base + "index.html"]])
        #expect(try await recording.purgePending() == 0)
        #expect(await recorder.urls.count == 1)
    }
}
