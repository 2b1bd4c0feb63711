/// Where an `s3` publish target writes: any S3-compatible store (AWS S3, Cloudflare R2, Backblaze B2,
/// MinIO, Ceph).
public struct S3Settings: Sendable, Hashable {
    /// The store's base URL, such as `https://s3.eu-west-2.amazonaws.com`.
    public var endpoint: String
    public var region: String
    public var bucket: String
    /// A folder inside the bucket, without leading or trailing `/`; empty for the bucket's root.
    public var prefix: String
    /// Whether the bucket is in the path (`endpoint/bucket/key`) rather than the host name.
    public var pathStyle: Bool
    /// The environment variables that hold the access key id and the secret key.
    public var accessKeyVariable: String
    public var secretKeyVariable: String

    public init(
        endpoint: String, region: String, bucket: String, prefix: String = "", pathStyle: Bool = false,
        accessKeyVariable: String = "AWS_ACCESS_KEY_ID", secretKeyVariable: String = "AWS_SECRET_ACCESS_KEY"
    ) {
        self.endpoint = endpoint
        self.region = region
        self.bucket = bucket
        self.prefix = prefix
        self.pathStyle = pathStyle
        self.accessKeyVariable = accessKeyVariable
        self.secretKeyVariable = secretKeyVariable
    }
}
