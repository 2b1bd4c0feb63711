import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StatusgenBuild
import StatusgenChecks

/// One POST to a CDN's API.
enum CDNRequest {
    /// How long one request may take, in seconds.
    static let timeout: Int64 = 60

    /// Sends `body` to `url` with `headers`; the status and the answer's body (at most 64 KiB of it).
    /// A network failure throws with words such as "connection refused".
    static func post(
        _ url: String, headers: [(name: String, value: String)], body: [UInt8], provider: String, http: HTTPClient
    ) async throws -> (status: Int, body: [UInt8]) {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        request.headers.add(name: "content-length", value: String(body.count))
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await http.execute(request, timeout: .seconds(timeout))
            let answer = try await response.body.collect(upTo: 64 * 1024)
            return (Int(response.status.code), Array(answer.readableBytesView))
        } catch {
            throw CommandFailure(
                "\(provider): cannot reach \(url): " + NetworkErrorWords.describe(error, timeout: Double(timeout)))
        }
    }
}
