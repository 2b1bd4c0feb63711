import Crypto
import Foundation

/// Signs HTTP requests with AWS Signature Version 4, as S3 and every S3-compatible store expect.
///
/// A pure function of the request, the credentials and the time: no clock, no network, so the AWS
/// test suite's vectors check every step.
public struct SigV4Signer: Sendable {
    /// One request as the signature sees it.
    public struct Request: Sendable {
        public var method: String
        /// The path, already percent-encoded as it is sent (`/bucket/a%20b.html`).
        public var path: String
        /// The query's names and values, not encoded; their order does not matter.
        public var query: [(name: String, value: String)]
        /// Every header to sign, `host` among them.
        public var headers: [(name: String, value: String)]
        /// The hex SHA-256 of the body.
        public var payloadHash: String

        public init(
            method: String, path: String, query: [(name: String, value: String)] = [],
            headers: [(name: String, value: String)], payloadHash: String
        ) {
            self.method = method
            self.path = path
            self.query = query
            self.headers = headers
            self.payloadHash = payloadHash
        }
    }

    public var accessKey: String
    public var secretKey: String
    public var region: String
    public var service: String

    public init(accessKey: String, secretKey: String, region: String, service: String = "s3") {
        self.accessKey = accessKey
        self.secretKey = secretKey
        self.region = region
        self.service = service
    }

    /// The hex SHA-256 of `data`, as `x-amz-content-sha256` and the payload line carry it.
    public static func hexHash(_ data: some DataProtocol) -> String {
        SHA256.hash(data: data).hexString
    }

    /// `20150830T123600Z`: the form of `x-amz-date`.
    public static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// The canonical request: method, path, sorted query, lower-cased sorted headers, their names, payload hash.
    public func canonicalRequest(_ request: Request) -> String {
        let pairs: [(name: String, value: String)] = request.query.map {
            (name: Self.encode($0.name), value: Self.encode($0.value))
        }
        let query = pairs.sorted { ($0.name, $0.value) < ($1.name, $1.value) }
            .map { $0.name + "=" + $0.value }.joined(separator: "&")
        let headers = canonicalHeaders(request.headers)
        return [
            request.method, request.path, query,
            headers.map { "\($0.name):\($0.value)\n" }.joined(),
            headers.map(\.name).joined(separator: ";"), request.payloadHash,
        ].joined(separator: "\n")
    }

    /// The string to sign for `canonicalRequest` at `timestamp` (`x-amz-date`'s value).
    public func stringToSign(canonicalRequest: String, timestamp: String) -> String {
        [
            "AWS4-HMAC-SHA256", timestamp, scope(day: String(timestamp.prefix(8))),
            Self.hexHash(Data(canonicalRequest.utf8)),
        ].joined(separator: "\n")
    }

    /// The `Authorization` header's value for `request`, whose headers include `x-amz-date: timestamp`.
    public func authorization(for request: Request, timestamp: String) -> String {
        let day = String(timestamp.prefix(8))
        var key = SymmetricKey(data: Data("AWS4\(secretKey)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        let text = stringToSign(canonicalRequest: canonicalRequest(request), timestamp: timestamp)
        let signature = HMAC<SHA256>.authenticationCode(for: Data(text.utf8), using: key).hexString
        let names = canonicalHeaders(request.headers).map(\.name).joined(separator: ";")
        return
            "AWS4-HMAC-SHA256 Credential=\(accessKey)/\(scope(day: day)), SignedHeaders=\(names), Signature=\(signature)"
    }

    /// Percent-encodes everything but RFC 3986's unreserved characters; with `keepingSlashes`, `/` too
    /// (an object key in a path).
    public static func encode(_ text: String, keepingSlashes: Bool = false) -> String {
        var result = ""
        for byte in text.utf8 {
            let character = Character(Unicode.Scalar(byte))
            if character.isASCII && (character.isLetter || character.isNumber || "-._~".contains(character))
                || (keepingSlashes && character == "/")
            {
                result.append(character)
            } else {
                result += byte < 16 ? "%0" : "%"
                result += String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }

    private func scope(day: String) -> String {
        "\(day)/\(region)/\(service)/aws4_request"
    }

    private func canonicalHeaders(_ headers: [(name: String, value: String)]) -> [(name: String, value: String)] {
        // Values are trimmed and inner runs of spaces become one, as the specification asks.
        headers.map { header in
            let value = header.value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            return (name: header.name.lowercased(), value: value)
        }.sorted { $0.name < $1.name }
    }
}
