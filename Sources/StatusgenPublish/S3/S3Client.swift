import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import StatusgenBuild
import StatusgenChecks
import StatusgenModel

/// Signed object requests to one bucket of an S3-compatible store: put, get and delete by key.
struct S3Client: Sendable {
    let settings: S3Settings
    let signer: SigV4Signer
    /// A temporary session's token (`AWS_SESSION_TOKEN`), sent and signed when present.
    let sessionToken: String?
    let http: HTTPClient
    /// How long one request may take, in seconds.
    static let timeout: Int64 = 60

    /// Stores `body` under `key` with the headers a reader of the object gets.
    func put(_ key: String, body: [UInt8], type: WebFileType) async throws {
        _ = try await send(
            "PUT", key, body: body,
            headers: [("content-type", type.contentType), ("cache-control", type.cacheControl)], accepting: [200])
    }

    /// The object's bytes, or `nil` when there is no such object.
    func get(_ key: String) async throws -> [UInt8]? {
        let (status, body) = try await send("GET", key, body: [], headers: [], accepting: [200, 404])
        return status == 404 ? nil : body
    }

    func delete(_ key: String) async throws {
        _ = try await send("DELETE", key, body: [], headers: [], accepting: [200, 204, 404])
    }

    private func send(
        _ method: String, _ key: String, body: [UInt8], headers extra: [(String, String)], accepting: Set<Int>
    ) async throws -> (Int, [UInt8]) {
        let (url, host, path) = try address(of: key)
        let payloadHash = SigV4Signer.hexHash(body)
        let timestamp = SigV4Signer.timestamp(Date())
        var headers: [(name: String, value: String)] = [
            ("host", host), ("x-amz-date", timestamp), ("x-amz-content-sha256", payloadHash),
        ]
        if let sessionToken { headers.append(("x-amz-security-token", sessionToken)) }
        headers += extra.map { (name: $0.0, value: $0.1) }
        let signable = SigV4Signer.Request(method: method, path: path, headers: headers, payloadHash: payloadHash)
        var request = HTTPClientRequest(url: url)
        request.method = HTTPMethod(rawValue: method)
        for header in headers { request.headers.add(name: header.name, value: header.value) }
        request.headers.add(name: "authorization", value: signer.authorization(for: signable, timestamp: timestamp))
        if method == "PUT" {
            request.headers.add(name: "content-length", value: String(body.count))
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let response: HTTPClientResponse
        var received: [UInt8] = []
        do {
            response = try await http.execute(request, timeout: .seconds(Self.timeout))
            for try await chunk in response.body { received += chunk.readableBytesView }
        } catch {
            throw CommandFailure(
                "\(method) \(key): cannot reach \(settings.endpoint): "
                    + NetworkErrorWords.describe(error, timeout: Double(Self.timeout)))
        }
        let status = Int(response.status.code)
        guard accepting.contains(status) else {
            throw CommandFailure("\(method) \(key): HTTP \(status)" + AWSErrorWords.of(received))
        }
        return (status, received)
    }

    /// The URL, the `Host` header and the signed path of `key` in the bucket.
    private func address(of key: String) throws -> (url: String, host: String, path: String) {
        guard let endpoint = URL(string: settings.endpoint), let scheme = endpoint.scheme, let name = endpoint.host
        else { throw CommandFailure("'\(settings.endpoint)' is not a URL") }
        let port = endpoint.port.map { ":\($0)" } ?? ""
        let object =
            "/" + SigV4Signer.encode(settings.prefix.isEmpty ? key : settings.prefix + "/" + key, keepingSlashes: true)
        if settings.pathStyle {
            let path = "/" + SigV4Signer.encode(settings.bucket) + object
            return ("\(scheme)://\(name)\(port)\(path)", name + port, path)
        }
        let host = "\(settings.bucket).\(name)\(port)"
        return ("\(scheme)://\(host)\(object)", host, object)
    }
}
