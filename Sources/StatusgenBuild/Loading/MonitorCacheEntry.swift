import StatusgenCore
import StatusgenModel

/// What the executable remembers of one monitor file between builds: how far it was read, what it
/// held, and what identifies the file and the settings the histories depend on. Encoded as compact
/// bytes with a checksum, so that a damaged entry is recognised and ignored.
public struct MonitorCacheEntry: Sendable, Hashable {
    /// Bumped whenever the encoding or the meaning of the histories changes.
    public static let formatVersion: UInt32 = 3

    /// The settings the histories depend on: the timezone in which days are counted, and the format.
    public var settingsKey: String
    /// The file's device and inode when it was read.
    public var device: UInt64
    public var inode: UInt64
    /// The file's size and modification time (nanoseconds since 1970) when it was read: a file whose
    /// size is the same but whose time changed was edited in place, not appended to.
    public var size: UInt64
    public var modified: UInt64
    /// A hash of the last bytes (up to `tailLength`) before `checkpoint.completeBytes`.
    public var tailHash: UInt64
    /// How far the file was read, and the histories read from it until there.
    public var checkpoint: MonitorFileCheckpoint

    /// How many bytes before the checkpoint `tailHash` covers.
    public static let tailLength = 4096

    public init(
        settingsKey: String, device: UInt64, inode: UInt64, size: UInt64, modified: UInt64, tailHash: UInt64,
        checkpoint: MonitorFileCheckpoint
    ) {
        self.settingsKey = settingsKey
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.tailHash = tailHash
        self.checkpoint = checkpoint
    }

    /// The key of the settings histories are counted with in `timeZone`.
    public static func settingsKey(timeZoneIdentifier: String) -> String {
        "v\(formatVersion) \(timeZoneIdentifier)"
    }

    /// A 64-bit FNV-1a hash of `bytes`.
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Why stored bytes are not an entry.
    public typealias DecodingFailure = CacheDecodingFailure

    private static let magic: [UInt8] = Array("statusgen-cache\n".utf8)

    /// The entry as bytes.
    public func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes += Self.magic
        writer.integer(UInt64(Self.formatVersion))
        writer.string(settingsKey)
        for value in [
            device, inode, size, modified, tailHash, UInt64(checkpoint.completeBytes), UInt64(checkpoint.lineCount),
        ] {
            writer.integer(value)
        }
        if let columns = checkpoint.columns {
            writer.integer(1)
            for value in [columns.timestamp, columns.monitor, columns.status, columns.latency ?? -1] {
                writer.signed(value)
            }
        } else {
            writer.integer(0)
        }
        let histories = checkpoint.histories.sorted { $0.key < $1.key }
        writer.integer(UInt64(histories.count))
        for (name, history) in histories {
            writer.string(name)
            writer.history(history)
        }
        let sum = writer.bytes.withUnsafeBytes(Self.hash)
        writer.fixed(sum)
        return writer.bytes
    }

    /// The entry stored in `bytes`.
    public init(decoding bytes: [UInt8]) throws(DecodingFailure) {
        guard bytes.count >= Self.magic.count + 8, bytes.starts(with: Self.magic) else {
            throw DecodingFailure(reason: "not a statusgen cache file")
        }
        let body = bytes.count - 8
        var tail = ByteReader(bytes: bytes, position: body)
        let stored = try tail.fixed()
        guard bytes[..<body].withUnsafeBytes(Self.hash) == stored else {
            throw DecodingFailure(reason: "the checksum does not match")
        }
        var reader = ByteReader(bytes: bytes, position: Self.magic.count, end: body)
        guard try reader.integer() == UInt64(Self.formatVersion) else {
            throw DecodingFailure(reason: "written by another version")
        }
        settingsKey = try reader.string()
        device = try reader.integer()
        inode = try reader.integer()
        size = try reader.integer()
        modified = try reader.integer()
        tailHash = try reader.integer()
        let completeBytes = try reader.count()
        let lineCount = try reader.count()
        var columns: CSVColumns?
        if try reader.integer() == 1 {
            let values = try (0..<4).map { _ throws(DecodingFailure) in try reader.signed() }
            columns = CSVColumns(
                timestamp: values[0], monitor: values[1], status: values[2], latency: values[3] < 0 ? nil : values[3])
        }
        var histories: [String: MonitorHistory] = [:]
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            histories[name] = try reader.history()
        }
        guard reader.isAtEnd else { throw DecodingFailure(reason: "unexpected bytes at the end") }
        checkpoint = MonitorFileCheckpoint(
            completeBytes: completeBytes, lineCount: lineCount, columns: columns, histories: histories)
    }
}

extension ByteWriter {
    /// A monitor's history: its runs of checks and its day counts.
    mutating func history(_ history: MonitorHistory) {
        integer(UInt64(history.runs.count))
        for run in history.runs {
            signed(Int(run.start))
            integer(run.status.code)
            if run.isUneven {
                // An uneven run: a step of 0, the count, and each check's distance from the one before.
                signed(0)
                integer(UInt64(run.count))
                var previous: UInt32 = 0
                for offset in run.offsets {
                    integer(UInt64(offset - previous))
                    previous = offset
                }
            } else {
                signed(Int(run.step))
                integer(UInt64(run.count))
            }
        }
        signed(history.firstDay)
        integer(UInt64(history.days.count))
        for day in history.days {
            integer(UInt64(day.up))
            integer(UInt64(day.degraded))
            integer(UInt64(day.down))
            signed(day.latency.firstBucket)
            integer(UInt64(day.latency.counts.count))
            for count in day.latency.counts { integer(UInt64(count)) }
        }
        if let latency = history.latestLatencyMs {
            integer(1)
            integer(latency.bitPattern)
        } else {
            integer(0)
        }
    }
}

extension ByteReader {
    /// A history as `ByteWriter.history` wrote it.
    mutating func history() throws(MonitorCacheEntry.DecodingFailure) -> MonitorHistory {
        var history = MonitorHistory()
        let runCount = try count()
        guard runCount <= (end - position) / 4 else { throw .init(reason: "a count is out of range") }
        for _ in 0..<runCount {
            let start = Int64(try signed())
            guard let status = MonitorStatus(code: try integer()) else { throw .init(reason: "a run is not valid") }
            let step = Int64(try signed())
            let checks = try count()
            let run: CheckRun
            if step == 0 && checks > 2 {
                guard checks - 1 <= end - position else { throw .init(reason: "a count is out of range") }
                var offsets: [UInt32] = []
                offsets.reserveCapacity(checks - 1)
                var offset: UInt64 = 0
                for _ in 1..<checks {
                    let distance = try integer()
                    guard distance > 0, distance <= UInt64(UInt32.max) - offset else {
                        throw .init(reason: "a run is not valid")
                    }
                    offset += distance
                    offsets.append(UInt32(offset))
                }
                run = CheckRun(start: start, offsets: offsets, status: status)
            } else {
                guard checks >= 1, checks == 1 || step > 0 else { throw .init(reason: "a run is not valid") }
                run = CheckRun(start: start, step: step, count: checks, status: status)
            }
            // Runs must be in time order and must not overlap, as the reading of further rows relies on it.
            guard history.runs.last.map({ $0.last < start }) ?? true else { throw .init(reason: "a run is not valid") }
            history.runs.append(run)
        }
        history.firstDay = try signed()
        let dayCount = try count()
        // A day without checks or latencies takes 5 bytes: up, degraded, down, first bucket, bucket count.
        guard dayCount <= (end - position) / 5 else { throw .init(reason: "a count is out of range") }
        for _ in 0..<dayCount {
            var day = MonitorDayCounts(up: try count(), degraded: try count(), down: try count())
            let firstBucket = try signed()
            let bucketCount = try count()
            guard bucketCount <= end - position else { throw .init(reason: "a count is out of range") }
            let counts = try (0..<bucketCount).map { _ throws(MonitorCacheEntry.DecodingFailure) in
                UInt32(truncatingIfNeeded: try integer())
            }
            day.latency = LatencyHistogram(firstBucket: firstBucket, counts: counts)
            history.days.append(day)
        }
        if try integer() == 1 { history.latestLatencyMs = Double(bitPattern: try integer()) }
        return history
    }
}

extension MonitorStatus {
    /// The status's number in the cache.
    var code: UInt64 {
        switch self {
        case .up: 0
        case .degraded: 1
        case .down: 2
        }
    }

    init?(code: UInt64) {
        switch code {
        case 0: self = .up
        case 1: self = .degraded
        case 2: self = .down
        default: return nil
        }
    }
}
