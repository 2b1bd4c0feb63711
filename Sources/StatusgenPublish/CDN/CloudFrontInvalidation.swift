import AsyncHTTPClient
import Foundation
import StatusgenBuild
import StatusgenModel

/// Invalidates paths in an Amazon CloudFront distribution: `CreateInvalidation`, a POST of an XML
/// `InvalidationBatch`, signed with AWS Signature V4 for the global service (`us-east-1`).
struct CloudFrontInvalidation: CDNPurge {
    let provider = "CloudFront"
    /// The API's base URL, `https://cloudfront.amazonaws.com` but for tests.
    let endpoint: String
    let distribution: String
    let signer: SigV4Signer
    /// A temporary session's token, sent and signed when present.
    let sessionToken: String?
    /// The path of the site's base URL, such as `/` or `/status/`: the wildcard is made from it.
    let basePath: String
    let http: HTTPClient
    /// Above this many paths, one wildcard path is sent instead: CloudFront bills each path beyond the
    /// month's first 1,000 and a wildcard counts as one.
    static let mostPaths = 100
    /// The API version in the request's path.
    static let apiVersion = "2020-05-31"

    func purge(_ urls: [String]) async throws {
        guard !urls.isEmpty else { return }
        var paths = urls.map { URLComponents(string: $0)?.percentEncodedPath ?? $0 }
        if paths.count > Self.mostPaths { paths = [basePath + "*"] }
        let body = [UInt8](Self.batch(paths: paths, reference: "statusgen-\(UUID().uuidString)").utf8)
        guard let base = URL(string: endpoint), let scheme = base.scheme, let name = base.host else {
            throw CommandFailure("\(provider): '\(endpoint)' is not a URL")
        }
        let host = name + (base.port.map { ":\($0)" } ?? "")
        let path = "/\(Self.apiVersion)/distribution/\(SigV4Signer.encode(distribution))/invalidation"
        let payloadHash = SigV4Signer.hexHash(body)
        let timestamp = SigV4Signer.timestamp(Date())
        var headers: [(name: String, value: String)] = [
            ("host", host), ("x-amz-date", timestamp), ("content-type", "application/xml"),
        ]
        if let sessionToken { headers.append(("x-amz-security-token", sessionToken)) }
        let signable = SigV4Signer.Request(method: "POST", path: path, headers: headers, payloadHash: payloadHash)
        headers.append(("authorization", signer.authorization(for: signable, timestamp: timestamp)))
        let (status, answer) = try await CDNRequest.post(
            "\(scheme)://\(host)\(path)", headers: headers, body: body,
            provider: provider, http: http)
        guard status == 201 else { throw CommandFailure("\(provider): HTTP \(status)" + AWSErrorWords.of(answer)) }
    }

    /// The request's body: the paths and a reference that no other request has.
    static func batch(paths: [String], reference: String) -> String {
        let items = paths.map { "<Path>\(MarkupEscaping.xml($0))</Path>" }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <InvalidationBatch xmlns="http://cloudfront.amazonaws.com/doc/\(apiVersion)/">\
            <Paths><Quantity>\(paths.count)</Quantity><Items>\(items)</Items></Paths>\
            <CallerReference>\(MarkupEscaping.xml(reference))</CallerReference></InvalidationBatch>
            """
    }
}
