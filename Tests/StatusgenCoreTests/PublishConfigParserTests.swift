import Foundation
import StatusgenModel
import Testing

@testable import StatusgenCore

@Suite("statusgen.yml publish targets")
struct PublishConfigParserTests {
    /// A config whose `publish:` block is `targets` (starting at line 6).
    static func config(_ targets: String) -> String {
        """
        title: Status
        base_url: https://status.example.com/
        timezone: UTC
        components: []
        publish:
        \(targets)
        """
    }

    @Test("reads every kind of target in file order, with their defaults")
    func readsTargets() throws {
        let config = try ConfigParser().parse(
            Self.config(
                """
                  bucket:
                    kind: s3
                    bucket: status-example
                    region: eu-west-2
                    prefix: /site/
                  minio:
                    kind: s3
                    endpoint: http://127.0.0.1:9000
                    bucket: status
                    path_style: true
                    access_key_env: MINIO_KEY
                    secret_key_env: MINIO_SECRET
                  mirror:
                    kind: ssh
                    host: deploy@status-2.example.net
                    path: /var/www/status
                    port: 2222
                  pages:
                    kind: git
                    repository: git@codeberg.org:example/status.git
                  local:
                    kind: directory
                    path: /var/www/status/site
                """))
        #expect(
            config.publishTargets == [
                PublishTargetDefinition(
                    name: "bucket",
                    kind: .s3(
                        S3Settings(
                            endpoint: "https://s3.eu-west-2.amazonaws.com", region: "eu-west-2",
                            bucket: "status-example", prefix: "site")), line: 6),
                PublishTargetDefinition(
                    name: "minio",
                    kind: .s3(
                        S3Settings(
                            endpoint: "http://127.0.0.1:9000", region: "us-east-1", bucket: "status", pathStyle: true,
                            accessKeyVariable: "MINIO_KEY", secretKeyVariable: "MINIO_SECRET")), line: 11),
                PublishTargetDefinition(
                    name: "mirror",
                    kind: .ssh(
                        host: "deploy@status-2.example.net", path: "/var/www/status", port: 2222, sshCommand: nil),
                    line: 18),
                PublishTargetDefinition(
                    name: "pages", kind: .git(repository: "git@codeberg.org:example/status.git", branch: "gh-pages"),
                    line: 23),
                PublishTargetDefinition(name: "local", kind: .directory(path: "/var/www/status/site"), line: 26),
            ])
    }

    @Test("reads the CDN in front of a target, with its defaults")
    func readsCDNs() throws {
        let config = try ConfigParser().parse(
            Self.config(
                """
                  bucket:
                    kind: s3
                    bucket: status-example
                    cdn:
                      kind: cloudfront
                      distribution: E2QWRUHEXAMPLE
                  pages:
                    kind: git
                    repository: git@github.com:example/status.git
                    cdn:
                      kind: cloudflare
                      zone: 023e105f4ecef8ad9ca31a8372d0c353
                      token_env: CF_PURGE_TOKEN
                      endpoint: http://127.0.0.1:8080/client/v4/
                """))
        #expect(
            config.publishTargets.map(\.cdn) == [
                .cloudfront(
                    distribution: "E2QWRUHEXAMPLE", accessKeyVariable: "AWS_ACCESS_KEY_ID",
                    secretKeyVariable: "AWS_SECRET_ACCESS_KEY", endpoint: "https://cloudfront.amazonaws.com"),
                .cloudflare(
                    zone: "023e105f4ecef8ad9ca31a8372d0c353", tokenVariable: "CF_PURGE_TOKEN",
                    endpoint: "http://127.0.0.1:8080/client/v4"),
            ])
    }

    @Test(
        "reports each wrong target at its line",
        arguments: [
            (
                "  web:\n    kind: s4\n    bucket: b",
                ["statusgen.yml:7: unknown publish kind 's4' (did you mean 's3'?): use one of directory, git, s3, ssh"]
            ),
            (
                "  web:\n    kind: s3\n    buckt: b",
                [
                    "statusgen.yml:6: s3 target 'web' needs 'bucket'",
                    "statusgen.yml:8: unknown key 'buckt' in publish.web (did you mean 'bucket'?)",
                ]
            ),
            (
                "  web:\n    kind: directory\n    path: /srv/www\n    bucket: b",
                ["statusgen.yml:9: 'bucket' is for 's3' targets, not 'directory'"]
            ),
            (
                "  web:\n    kind: ssh\n    host: h\n    path: www",
                ["statusgen.yml:9: 'path' must be absolute on the host, not 'www'"]
            ),
            (
                "  web:\n    kind: s3\n    bucket: b\n    endpoint: s3.example.com",
                ["statusgen.yml:9: 'endpoint' must be an http:// or https:// URL, not 's3.example.com'"]
            ),
            (
                "  web site:\n    kind: directory\n    path: /srv",
                ["statusgen.yml:6: publish target name 'web site' must use only letters, digits, '.', '_' and '-'"]
            ),
            ("  web:\n    path: /srv", ["statusgen.yml:7: missing key 'kind'"]),
            (
                "  web:\n    kind: directory\n    path: /srv\n    cdn:\n      kind: akamai",
                ["statusgen.yml:10: unknown CDN kind 'akamai': use one of cloudflare, cloudfront"]
            ),
            (
                "  web:\n    kind: directory\n    path: /srv\n    cdn:\n      kind: cloudflare\n      zon: abc",
                [
                    "statusgen.yml:9: the cloudflare CDN of 'web' needs 'zone'",
                    "statusgen.yml:11: unknown key 'zon' in publish.web.cdn (did you mean 'zone'?)",
                ]
            ),
            (
                "  web:\n    kind: directory\n    path: /srv\n    cdn:\n      kind: cloudfront\n"
                    + "      distribution: E1\n      zone: abc",
                ["statusgen.yml:12: 'zone' is for 'cloudflare', not 'cloudfront'"]
            ),
            (
                "  web:\n    kind: directory\n    path: /srv\n    cdn:\n      kind: cloudflare\n"
                    + "      zone: abc\n      endpoint: api.example.com",
                ["statusgen.yml:12: 'endpoint' must be an http:// or https:// URL, not 'api.example.com'"]
            ),
        ])
    func errors(targets: String, expected: [String]) {
        let text = Self.config(targets)
        #expect(diagnostics { () throws(DiagnosticList) in try ConfigParser().parse(text) } == expected)
    }
}
