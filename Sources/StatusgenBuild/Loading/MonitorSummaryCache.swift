import Foundation
import StatusgenCore
import StatusgenModel

/// `.statusgen-cache/monitor-summaries`: what the last build's timeline took from each monitor
/// (`MonitorSummary`), the moment it was made for, and the key of everything else it was made from: the
/// program, the monitoring settings, which components list which monitors, and the stamp of every
/// monitor file. A build with the same key takes the summaries from it (moved on to its own moment, when
/// no row is later than either) and reads no monitor rows at all. Anything wrong with the file (missing,
/// damaged, another version, another key) only means the summaries are made again.
struct MonitorSummaryCache {
    /// The file's path in the site root.
    static let fileName = SiteLayout.cacheFolder + "/monitor-summaries"

    /// Bumped whenever the encoding or the meaning of the summaries changes.
    static let formatVersion: UInt64 = 1

    private static let magic: [UInt8] = Array("statusgen-monitor-summaries\n".utf8)

    /// What the file keeps: the summaries, and the names of the monitors each monitor file holds.
    struct Entry: Equatable {
        var key: String
        /// The moment the summaries were made for.
        var now: Date
        /// Each monitor file, sorted by path.
        var files: [File]
        var summaries: [String: MonitorSummary]
    }

    /// A monitor file's path and the names of the monitors it holds.
    struct File: Equatable {
        var path: String
        var monitors: [String]

        /// The file as the site parser takes it when its rows are not read: its path and its monitors'
        /// names, each with an empty history (the timeline takes the summaries instead).
        var standIn: MonitorFileResult {
            let histories = Dictionary(uniqueKeysWithValues: monitors.map { ($0, MonitorHistory()) })
            return MonitorFileResult(
                path: path, diagnostics: [],
                checkpoint: MonitorFileCheckpoint(completeBytes: 0, lineCount: 0, columns: nil, histories: histories))
        }
    }

    /// The monitor files of `inputs` as a kept entry names them, `nil` when one had a problem (so that a
    /// build taking the summaries reports the same): taken before the build lets the histories go.
    static func files(of inputs: SiteInputs) -> [File]? {
        guard inputs.monitorFiles.allSatisfy(\.diagnostics.isEmpty) else { return nil }
        return inputs.monitorFiles.map { File(path: $0.path, monitors: $0.histories.keys.sorted()) }
    }

    let url: URL

    init(root: URL) {
        url = root.appendingPathComponent(Self.fileName)
    }

    /// The key of summaries made with `config`'s settings from the monitor files at `paths` (relative to
    /// `root`), as they are on disk now; `nil` when one of them cannot be stamped, or was changed in the
    /// last two seconds: a stamp cannot tell apart two writes within the file system's time step.
    static func key(root: URL, paths: [String], config: SiteConfig) -> String? {
        let freshness = Date().timeIntervalSince1970 - 2
        var lines = [
            // Another build of statusgen may summarise the same rows otherwise.
            "program \(InputDigests.programFingerprint)", "timezone \(config.timeZone.identifier)",
            "gap \(config.monitoring.gapLimit.bitPattern)", "minimum \(config.monitoring.outageMinimumChecks)",
        ]
        for component in config.components where !component.monitors.isEmpty {
            lines.append("component \(component.id) \(component.monitors.joined(separator: " "))")
        }
        for path in paths {
            // `stat` follows a symbolic link (the loader has checked it stays in the site).
            guard let stamp = FileStamp(path: root.appendingPathComponent(path).path), stamp.modified < freshness
            else { return nil }
            lines.append("file \(path) \(stamp.text)")
        }
        return lines.joined(separator: "\n")
    }

    /// The stored summaries when their key is `key`, as of `now` (see `MonitorSummary.retimed`), with the
    /// files they were made from; `nil` when there are none that hold. `notes` gets a warning when the file
    /// is damaged.
    func entry(for key: String, now: Date, gapLimit: TimeInterval, notes: inout [Diagnostic]) -> Entry? {
        guard let data = try? Data(contentsOf: url) else { return nil }
        do {
            var entry = try Self.decode([UInt8](data))
            guard entry.key == key else { return nil }
            guard entry.now != now else { return entry }
            var summaries: [String: MonitorSummary] = [:]
            for (name, summary) in entry.summaries {
                guard let moved = summary.retimed(from: entry.now, to: now, gapLimit: gapLimit) else { return nil }
                summaries[name] = moved
            }
            entry.summaries = summaries
            entry.now = now
            return entry
        } catch {
            notes.append(
                .warning(
                    "ignored (\(error.reason)); the monitor files are read and totalled again",
                    at: SourceLocation(path: Self.fileName)))
            return nil
        }
    }

    /// Stores `entry`, whole or not at all; a cache that cannot be written is no error.
    func store(_ entry: Entry) {
        CacheFile.write(Data(Self.encode(entry)), to: url)
    }

    /// `entry` as bytes, ending in a checksum.
    static func encode(_ entry: Entry) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes += magic
        writer.integer(formatVersion)
        writer.string(entry.key)
        writer.integer(entry.now.timeIntervalSince1970.bitPattern)
        writer.integer(UInt64(entry.files.count))
        for file in entry.files {
            writer.string(file.path)
            writer.integer(UInt64(file.monitors.count))
            for name in file.monitors { writer.string(name) }
        }
        let summaries = entry.summaries.sorted { $0.key < $1.key }
        writer.integer(UInt64(summaries.count))
        for (name, summary) in summaries {
            writer.string(name)
            writer.summary(summary)
        }
        writer.fixed(writer.bytes.withUnsafeBytes(MonitorCacheEntry.hash))
        return writer.bytes
    }

    /// The entry stored in `bytes`.
    static func decode(_ bytes: [UInt8]) throws(CacheDecodingFailure) -> Entry {
        guard bytes.count >= magic.count + 8, bytes.starts(with: magic) else {
            throw .init(reason: "not a statusgen cache file")
        }
        let body = bytes.count - 8
        var tail = ByteReader(bytes: bytes, position: body)
        let stored = try tail.fixed()
        guard bytes[..<body].withUnsafeBytes(MonitorCacheEntry.hash) == stored else {
            throw .init(reason: "the checksum does not match")
        }
        var reader = ByteReader(bytes: bytes, position: magic.count, end: body)
        guard try reader.integer() == formatVersion else { throw .init(reason: "written by another version") }
        let key = try reader.string()
        let now = try reader.date()
        var files: [File] = []
        for _ in 0..<(try reader.bounded()) {
            let path = try reader.string()
            let monitors = try (0..<(try reader.bounded())).map { _ throws(CacheDecodingFailure) in
                try reader.string()
            }
            files.append(File(path: path, monitors: monitors))
        }
        var summaries: [String: MonitorSummary] = [:]
        for _ in 0..<(try reader.bounded()) {
            let name = try reader.string()
            summaries[name] = try reader.summary(name: name)
        }
        guard reader.isAtEnd else { throw .init(reason: "unexpected bytes at the end") }
        return Entry(key: key, now: now, files: files, summaries: summaries)
    }
}
