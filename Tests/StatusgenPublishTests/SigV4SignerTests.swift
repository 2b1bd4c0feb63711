import Foundation
import Testing

@testable import StatusgenPublish

/// Vectors from AWS's Signature Version 4 test suite (aws-sig-v4-test-suite), whose requests all use
/// the key AKIDEXAMPLE, the secret below, region us-east-1, service "service", at 20150830T123600Z.
@Suite("AWS Signature Version 4")
struct SigV4SignerTests {
    static let signer = SigV4Signer(
        accessKey: "AKIDEXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", region: "us-east-1",
        service: "service")
    static let timestamp = "20150830T123600Z"
    static let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    struct Vector: Sendable, CustomTestStringConvertible {
        var name: String
        var method: String
        var query: [(name: String, value: String)]
        var canonicalRequest: String
        var stringToSign: String
        var authorization: String
        var testDescription: String { name }
    }

    static let vectors = [
        Vector(
            name: "get-vanilla", method: "GET", query: [],
            canonicalRequest: """
                GET
                /

                host:example.amazonaws.com
                x-amz-date:20150830T123600Z

                host;x-amz-date
                \(emptyHash)
                """,
            stringToSign: """
                AWS4-HMAC-SHA256
                20150830T123600Z
                20150830/us-east-1/service/aws4_request
                bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63
                """,
            authorization:
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
        Vector(
            name: "post-vanilla", method: "POST", query: [],
            canonicalRequest: """
                POST
                /

                host:example.amazonaws.com
                x-amz-date:20150830T123600Z

                host;x-amz-date
                \(emptyHash)
                """,
            stringToSign: """
                AWS4-HMAC-SHA256
                20150830T123600Z
                20150830/us-east-1/service/aws4_request
                553f88c9e4d10fc9e109e2aeb65f030801b70c2f6468faca261d401ae622fc87
                """,
            authorization:
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, "
                + "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
        Vector(
            name: "get-vanilla-query-order-key-case", method: "GET",
            query: [(name: "Param2", value: "value2"), (name: "Param1", value: "value1")],
            canonicalRequest: """
                GET
                /
                Param1=value1&Param2=value2
                host:example.amazonaws.com
                x-amz-date:20150830T123600Z

                host;x-amz-date
                \(emptyHash)
                """,
            stringToSign: """
                AWS4-HMAC-SHA256
                20150830T123600Z
                20150830/us-east-1/service/aws4_request
                816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0
                """,
            authorization:
                "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                + "SignedHeaders=host;x-amz-date, "
                + "Signature=b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
    ]

    @Test("the canonical request, the string to sign and the Authorization header match the suite", arguments: vectors)
    func suite(vector: Vector) {
        let request = SigV4Signer.Request(
            method: vector.method, path: "/", query: vector.query,
            headers: [("Host", "example.amazonaws.com"), ("X-Amz-Date", Self.timestamp)],
            payloadHash: Self.emptyHash)
        let canonical = Self.signer.canonicalRequest(request)
        #expect(canonical == vector.canonicalRequest)
        #expect(Self.signer.stringToSign(canonicalRequest: canonical, timestamp: Self.timestamp) == vector.stringToSign)
        #expect(Self.signer.authorization(for: request, timestamp: Self.timestamp) == vector.authorization)
    }

    @Test("the S3 example of GET /test.txt with a Range header signs as the S3 documentation shows")
    func s3Example() {
        // "Example: GET Object" of the S3 API reference's "Signature Calculations for the Authorization Header".
        let signer = SigV4Signer(
            accessKey: "AKIAIOSFODNN7EXAMPLE", secretKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            region: "us-east-1")
        let request = SigV4Signer.Request(
            method: "GET", path: "/test.txt",
            headers: [
                ("Host", "examplebucket.s3.amazonaws.com"), ("Range", "bytes=0-9"),
                ("x-amz-content-sha256", Self.emptyHash), ("x-amz-date", "20130524T000000Z"),
            ],
            payloadHash: Self.emptyHash)
        #expect(
            signer.authorization(for: request, timestamp: "20130524T000000Z")
                == "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, "
                + "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, "
                + "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41")
    }

    @Test("keys are percent-encoded except unreserved characters and, in paths, slashes")
    func encoding() {
        #expect(SigV4Signer.encode("incidents/a b+c~.html", keepingSlashes: true) == "incidents/a%20b%2Bc~.html")
        #expect(SigV4Signer.encode("a/é") == "a%2F%C3%A9")
        #expect(SigV4Signer.timestamp(Date(timeIntervalSince1970: 1_440_938_160)) == "20150830T123600Z")
    }
}
