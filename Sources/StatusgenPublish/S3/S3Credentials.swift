import Foundation
import StatusgenBuild
import StatusgenModel

/// The keys an `s3` target or a CloudFront purge signs with: from the environment variables its settings name, else from the
/// AWS tools' own credentials file (`~/.aws/credentials`, or `AWS_SHARED_CREDENTIALS_FILE`), profile
/// `AWS_PROFILE` or `default`. Never from `statusgen.yml` or the site.
struct S3Credentials: Sendable {
    var accessKey: String
    var secretKey: String
    var sessionToken: String?

    /// The credentials for `settings`, or a failure that says where they were looked for.
    static func find(for settings: S3Settings, in environment: [String: String]) throws(CommandFailure)
        -> S3Credentials
    {
        try find(
            accessKeyVariable: settings.accessKeyVariable, secretKeyVariable: settings.secretKeyVariable,
            in: environment)
    }

    /// The credentials in the two variables, or else in the credentials file; a failure says where they
    /// were looked for.
    static func find(accessKeyVariable: String, secretKeyVariable: String, in environment: [String: String])
        throws(CommandFailure) -> S3Credentials
    {
        if let accessKey = environment[accessKeyVariable], !accessKey.isEmpty,
            let secretKey = environment[secretKeyVariable], !secretKey.isEmpty
        {
            return S3Credentials(
                accessKey: accessKey, secretKey: secretKey, sessionToken: environment["AWS_SESSION_TOKEN"])
        }
        let path =
            environment["AWS_SHARED_CREDENTIALS_FILE"]
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.aws/credentials"
        let profile = environment["AWS_PROFILE"] ?? "default"
        let values = (try? String(contentsOfFile: path, encoding: .utf8)).map { section(profile, of: $0) } ?? [:]
        guard let accessKey = values["aws_access_key_id"], let secretKey = values["aws_secret_access_key"] else {
            throw CommandFailure(
                "no credentials: set \(accessKeyVariable) and \(secretKeyVariable) in the environment,"
                    + " or profile '\(profile)' in \(path)")
        }
        return S3Credentials(accessKey: accessKey, secretKey: secretKey, sessionToken: values["aws_session_token"])
    }

    /// The `key = value` lines of `[name]` in an INI file.
    private static func section(_ name: String, of text: String) -> [String: String] {
        var values: [String: String] = [:]
        var inside = false
        for line in text.split(whereSeparator: \.isNewline).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("[") {
                inside = line == "[\(name)]"
            } else if inside, let equals = line.firstIndex(of: "="), !line.hasPrefix("#"), !line.hasPrefix(";") {
                values[line[..<equals].trimmingCharacters(in: .whitespaces)] =
                    line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return values
    }
}
