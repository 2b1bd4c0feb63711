import AsyncHTTPClient
import Foundation
import StatusgenBuild

/// Purges URLs from a Cloudflare zone's cache: `POST /zones/{zone}/purge_cache` with `{"files": [...]}`,
/// authorised by an API token with the zone's Cache Purge permission.
struct CloudflarePurge: CDNPurge {
    let provider = "Cloudflare"
    /// The API's base URL, `https://api.cloudflare.com/client/v4` but for tests.
    let endpoint: String
    let zone: String
    let token: String
    let http: HTTPClient
    /// URLs in one request: the most Cloudflare takes from a Free, Pro or Business zone ("max operations
    /// per request", Cloudflare's purge limits; Enterprise zones take 500, older documents said 30).
    static let batchSize = 100

    private struct Body: Encodable {
        var files: [String]
    }

    private struct Answer: Decodable {
        struct Message: Decodable {
            var code: Int?
            var message: String?
        }
        var success: Bool?
        var errors: [Message]?
    }

    func purge(_ urls: [String]) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let url = "\(endpoint)/zones/\(SigV4Signer.encode(zone))/purge_cache"
        for start in stride(from: 0, to: urls.count, by: Self.batchSize) {
            let batch = Array(urls[start..<min(start + Self.batchSize, urls.count)])
            let (status, body) = try await CDNRequest.post(
                url,
                headers: [("authorization", "Bearer \(token)"), ("content-type", "application/json")],
                body: [UInt8](try encoder.encode(Body(files: batch))), provider: provider, http: http)
            let answer = try? JSONDecoder().decode(Answer.self, from: Data(body))
            if (200..<300).contains(status) && answer?.success == true { continue }
            let words = (answer?.errors ?? []).map { error in
                [error.code.map(String.init), error.message].compactMap { $0 }.joined(separator: " ")
            }
            throw CommandFailure(
                "\(provider): HTTP \(status)" + (words.isEmpty ? "" : ": " + words.joined(separator: "; ")))
        }
    }
}
