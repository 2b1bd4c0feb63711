import AsyncHTTPClient
import Foundation
import StatusgenBuild
import StatusgenModel

extension TargetCDN {
    /// The CDN of each definition that has one, by target name. `source` is the site's folder, whose cache
    /// folder keeps the URLs still to purge; `baseURL` makes them absolute; credentials come from
    /// `environment` (or, for CloudFront, the AWS tools' credentials file) only.
    public static func make(
        _ definitions: [PublishTargetDefinition], source: URL, baseURL: String, environment: [String: String],
        http: HTTPClient
    ) -> [String: TargetCDN] {
        var cdns: [String: TargetCDN] = [:]
        for definition in definitions {
            guard let settings = definition.cdn else { continue }
            cdns[definition.name] = TargetCDN(
                purger: Result { () throws(CommandFailure) in
                    try makePurger(settings, baseURL: baseURL, environment: environment, http: http)
                },
                pendingFile: source.appendingPathComponent(SiteLayout.cacheFolder)
                    .appendingPathComponent("purge").appendingPathComponent(definition.name + ".txt"),
                baseURL: baseURL)
        }
        return cdns
    }

    private static func makePurger(
        _ settings: CDNSettings, baseURL: String, environment: [String: String], http: HTTPClient
    ) throws(CommandFailure) -> any CDNPurge {
        switch settings {
        case .cloudflare(let zone, let tokenVariable, let endpoint):
            guard let token = environment[tokenVariable], !token.isEmpty else {
                throw CommandFailure("no Cloudflare API token: set \(tokenVariable) in the environment")
            }
            return CloudflarePurge(endpoint: endpoint, zone: zone, token: token, http: http)
        case .cloudfront(let distribution, let accessKeyVariable, let secretKeyVariable, let endpoint):
            let credentials = try S3Credentials.find(
                accessKeyVariable: accessKeyVariable, secretKeyVariable: secretKeyVariable, in: environment)
            return CloudFrontInvalidation(
                endpoint: endpoint, distribution: distribution,
                signer: SigV4Signer(
                    accessKey: credentials.accessKey, secretKey: credentials.secretKey, region: "us-east-1",
                    service: "cloudfront"),
                sessionToken: credentials.sessionToken,
                basePath: URLComponents(string: baseURL)?.percentEncodedPath ?? "/", http: http)
        }
    }
}
