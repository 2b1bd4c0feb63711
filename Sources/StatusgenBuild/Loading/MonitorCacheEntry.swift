import StatusgenCore
import StatusgenModel

/// What the executable remembers of one monitor file between builds: how far it was read, what it
/// held, and what identifies the file and the settings the histories depend on. Encoded as compact
/// bytes with a checksum, so that a damaged entry is recognised and ignored.
public struct MonitorCacheEntry: Sendable, Hashable {
    /// Bumped whenever the encoding or the meaning of the histories changes.
    public static let formatVersion: UInt32 = 2

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
    public struct DecodingFailure: Error, Equatable {
        /// What was wrong with the bytes, named in the warning that the monitor file is read in full.
        public var reason: String
    }

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
        var stored: UInt64 = 0
        for offset in (0..<8).reversed() { stored = stored << 8 | UInt64(bytes[body + offset]) }
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

/// Appends integers as LEB128 variable-length numbers (signed ones zigzag-encoded first: small
/// counts, most of a histogram, take one byte) and strings as a length and UTF-8 bytes.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func integer(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func signed(_ value: Int) {
        let wide = Int64(value)
        integer(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    /// A fixed-width number, for the checksum at the end.
    mutating func fixed(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func string(_ text: String) {
        integer(UInt64(text.utf8.count))
        bytes += text.utf8
    }

    mutating func history(_ history: MonitorHistory) {
        integer(UInt64(history.runs.count))
        for run in history.runs {
            signed(Int(run.start))
            signed(Int(run.step))
            integer(UInt64(run.count))
            integer(run.status.code)
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

/// Reads what `ByteWriter` wrote (up to `end`), refusing anything out of bounds or out of range.
struct ByteReader {
    let bytes: [UInt8]
    var position: Int
    let end: Int

    var isAtEnd: Bool { position == end }

    mutating func integer() throws(MonitorCacheEntry.DecodingFailure) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw .init(reason: "the file ends too early") }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func signed() throws(MonitorCacheEntry.DecodingFailure) -> Int {
        let zigzag = try integer()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    /// A count or size: not negative, and not more than the bytes left could hold.
    mutating func count() throws(MonitorCacheEntry.DecodingFailure) -> Int {
        let value = try integer()
        guard value <= UInt64(Int.max / 2) else { throw .init(reason: "a count is out of range") }
        return Int(value)
    }

    mutating func string() throws(MonitorCacheEntry.DecodingFailure) -> String {
        let length = try count()
        guard position + length <= bytes.count,
            let text = String(validating: bytes[position..<(position + length)], as: UTF8.self)
        else { throw .init(reason: "a name is not readable") }
        position += length
        return text
    }

    mutating func history() throws(MonitorCacheEntry.DecodingFailure) -> MonitorHistory {
        var history = MonitorHistory()
        let runCount = try count()
        guard runCount <= (end - position) / 4 else { throw .init(reason: "a count is out of range") }
        for _ in 0..<runCount {
            let start = Int64(try signed())
            let step = Int64(try signed())
            let checks = try count()
            // Runs must be in time order and must not overlap, as the reading of further rows relies on it.
            guard let status = MonitorStatus(code: try integer()), checks >= 1, checks == 1 || step > 0,
                history.runs.last.map({ $0.last < start }) ?? true
            else {
                throw .init(reason: "a run is not valid")
            }
            history.runs.append(CheckRun(start: start, step: step, count: checks, status: status))
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
