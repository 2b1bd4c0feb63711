import AsyncHTTPClient
import Foundation
import StatusgenBuild
import StatusgenCore
import StatusgenModel

/// Publishes to a bucket of an S3-compatible store, one object per file, with the Content-Type and
/// Cache-Control of the shared table.
///
/// Objects are replaced one by one, so the order is what keeps the site whole: assets, pages, feeds and
/// the API, then `index.html`; deleted files go only after the new front page is live. The manifest is
/// an object of its own, stored after each run of uploads, so that a publish that is stopped is
/// finished by the next one without sending again what arrived.
public struct S3Target: PublishTarget {
    public let name: String
    /// The client, or why there is none (credentials missing from the environment).
    let connection: Result<S3Client, CommandFailure>
    /// Files sent at the same time.
    static let concurrency = 8
    /// Files sent between two stores of the manifest.
    static let batchSize = 32

    /// A target whose keys are found in `environment` or the AWS tools' credentials file (see
    /// `S3Credentials`).
    public init(name: String, settings: S3Settings, environment: [String: String], http: HTTPClient) {
        self.name = name
        do {
            let credentials = try S3Credentials.find(for: settings, in: environment)
            connection = .success(
                S3Client(
                    settings: settings,
                    signer: SigV4Signer(
                        accessKey: credentials.accessKey, secretKey: credentials.secretKey, region: settings.region),
                    sessionToken: credentials.sessionToken, http: http))
        } catch {
            connection = .failure(error)
        }
    }

    public func manifest() async throws -> PublishManifest? {
        guard let stored = try await connection.get().get(PublishManifest.fileName) else { return PublishManifest() }
        return PublishManifest(json: Data(stored))
    }

    public func apply(_ plan: PublishPlan, from site: SiteSnapshot) async throws {
        let client = try connection.get()
        for batch in plan.batches(of: Self.batchSize) {
            try await send(Array(plan.uploads[batch]), from: site, with: client)
            try await store(plan.manifest(afterUploading: batch.upperBound), with: client)
        }
        for path in plan.deletes { try await client.delete(path) }
        try await store(plan.after, with: client)
    }

    public func read(_ path: String) async throws -> [UInt8]? {
        try await connection.get().get(path)
    }

    /// Sends `uploads`, at most `concurrency` at a time; returns when all have arrived.
    private func send(_ uploads: [PlannedUpload], from site: SiteSnapshot, with client: S3Client) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, upload) in uploads.enumerated() {
                if index >= Self.concurrency { try await group.next() }
                group.addTask {
                    let bytes = [UInt8](try site.contents(of: upload.path))
                    try await client.put(upload.path, body: bytes, type: WebFileType.of(upload.path))
                }
            }
            try await group.waitForAll()
        }
    }

    private func store(_ manifest: PublishManifest, with client: S3Client) async throws {
        try await client.put(
            PublishManifest.fileName, body: [UInt8](manifest.encoded()),
            type: WebFileType(mediaType: "application/json", isText: true, cacheControl: "no-store"))
    }
}
