import Foundation
import StatusgenBuild
import StatusgenCore

/// Publishes to a folder on a host with the system's `rsync` over `ssh`, using the operator's keys and
/// known_hosts. Each site goes into a release folder of its own beside the live one, and one atomic
/// symlink swap makes it live: the web root, `path/current`, always holds a whole site.
///
/// ```
/// path/current -> releases/3f2a…   the web root
/// path/releases/3f2a…              one folder per published site, named after its manifest
/// ```
/// A release folder is named after the site's manifest, so a publish that was stopped is finished by
/// the next one, which sends only the files still missing; unchanged files are hard-linked from the
/// live release.
public struct SSHTarget: PublishTarget {
    public let name: String
    /// `user@host` or a host alias from the operator's ssh config.
    public let host: String
    /// The absolute folder on the host that holds `current` and `releases/`.
    public let path: String
    /// The ssh program and its options, such as `ssh -F deploy/ssh_config`.
    public let sshCommand: [String]

    /// With `stallSeconds`, how long a host may take to answer, or stay silent while connected, before ssh
    /// gives up (60 unless told); options of `sshCommand` come first, and ssh takes the first it is given.
    public init(name: String, host: String, path: String, port: Int?, sshCommand: String?, stallSeconds: Int = 60) {
        self.name = name
        self.host = host
        self.path = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        // BatchMode: a publish never waits for a password that nobody will type; nor on a host that takes the
        // connection and never answers, or stops answering (checked four times in the stall's time).
        let stall = max(stallSeconds, 1)
        self.sshCommand =
            (sshCommand ?? "ssh").split(separator: " ").map(String.init)
            + [
                "-o", "BatchMode=yes", "-o", "ConnectTimeout=\(stall)", "-o",
                "ServerAliveInterval=\(max(stall / 4, 1))", "-o", "ServerAliveCountMax=4",
            ] + (port.map { ["-p", String($0)] } ?? [])
    }

    public func manifest() async throws -> PublishManifest? {
        let live = Self.quote(path + "/current")
        let output = try await remote(
            "if [ -e \(live) ]; then cat \(live)/\(PublishManifest.fileName) || true; else echo none; fi")
        if output == Data("none\n".utf8) { return PublishManifest() }
        return PublishManifest(json: output)
    }

    public func apply(_ plan: PublishPlan, from site: SiteSnapshot) async throws {
        let release = "releases/" + SiteSnapshot.sha256(plan.after.encoded()).prefix(16)
        let releasePath = path + "/" + release
        let transport = sshCommand.joined(separator: " ")
        // The release folder is made by the same connection that fills it.
        try await ExternalCommand(arguments: [
            "rsync", "--recursive", "--links", "--times", "--checksum", "--delete", "--exclude=.*",
            "--rsync-path=mkdir -p \(Self.quote(releasePath)) && rsync", "--link-dest=\(path)/current/",
            "-e", transport, site.folder.path + "/", "\(host):\(releasePath)/",
        ]).run()
        let manifestFile = FileManager.default.temporaryDirectory
            .appendingPathComponent("statusgen-manifest-\(UUID().uuidString).json")
        try plan.after.encoded().write(to: manifestFile)
        defer { try? FileManager.default.removeItem(at: manifestFile) }
        try await ExternalCommand(arguments: [
            "rsync", "--times", "-e", transport, manifestFile.path,
            "\(host):\(releasePath)/\(PublishManifest.fileName)",
        ]).run()
        // The swap: a new link renamed over the old one is atomic; then every release but the new one and
        // the one it replaced is removed.
        try await remote(
            """
            set -e; cd \(Self.quote(path)); previous=$(readlink current || true)
            ln -sfn \(Self.quote(release)) .current.new && mv -T .current.new current
            for old in releases/*; do
              if [ "$old" != \(Self.quote(release)) ] && [ "$old" != "$previous" ]; then rm -rf -- "$old"; fi
            done
            """)
    }

    public func read(_ path: String) async throws -> [UInt8]? {
        let file = Self.quote(self.path + "/current/" + path)
        let output = try await remote("if [ -f \(file) ]; then printf y; cat \(file); fi")
        return output.first == UInt8(ascii: "y") ? [UInt8](output.dropFirst()) : nil
    }

    /// Runs `script` with the host's shell; an exit status of 255 is ssh's own (no connection, refused key).
    @discardableResult
    private func remote(_ script: String) async throws -> Data {
        try await ExternalCommand(arguments: sshCommand + [host, script]).run()
    }

    /// `text` in single quotes for a POSIX shell.
    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
