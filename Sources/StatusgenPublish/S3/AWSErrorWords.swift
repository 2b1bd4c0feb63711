/// The code and message of an AWS API's XML error (S3's `<Error>`, CloudFront's `<ErrorResponse>`).
enum AWSErrorWords {
    /// `: InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records.`, from
    /// the store's XML error, or nothing.
    static func of(_ body: [UInt8]) -> String {
        let text = String(decoding: body.prefix(4096), as: UTF8.self)
        func element(_ name: String) -> String? {
            guard let start = text.range(of: "<\(name)>"), let end = text.range(of: "</\(name)>"),
                start.upperBound <= end.lowerBound
            else { return nil }
            return String(text[start.upperBound..<end.lowerBound])
        }
        return [element("Code"), element("Message")].compactMap { $0 }.map { ": " + $0 }.joined()
    }
}
