/// Response times counted in logarithmic buckets: 128 buckets per power of two, so every value is
/// known to within 0.8% (and whole milliseconds below 256 exactly), in memory that does not grow
/// with the number of checks.
public struct LatencyHistogram: Sendable, Hashable {
    /// The bucket of `counts[0]`.
    public var firstBucket: Int
    /// Checks per bucket, from `firstBucket` on; empty when nothing was counted.
    public var counts: [UInt32]

    public init() {
        firstBucket = 0
        counts = []
    }

    /// A histogram from stored buckets (`counts[i]` checks in bucket `firstBucket + i`).
    public init(firstBucket: Int, counts: [UInt32]) {
        self.firstBucket = firstBucket
        self.counts = counts
    }

    /// The same histogram in storage of exactly its buckets: for one kept long after its counting, which
    /// grew its storage as it went.
    public var compacted: LatencyHistogram {
        LatencyHistogram(firstBucket: firstBucket, counts: counts.withUnsafeBufferPointer { Array($0) })
    }

    /// The number of values counted.
    public var total: Int { counts.reduce(0) { $0 + Int($1) } }

    /// The latencies a monitor file may hold, in milliseconds: not negative, and at most 15 digits before
    /// the point, so that every figure made from them fits in an integer.
    public static let acceptedValues: Range<Double> = 0..<1e15

    /// Values below this (2^-10 ms, about a microsecond), 0 and -0 among them, all count as 0 in the
    /// bucket just below its own: the bucket of 0 itself lies 130,000 buckets below that of 1 ms, and a
    /// histogram holding both would be that long.
    @usableFromInline static let smallest: Double = 0x1p-10
    @usableFromInline static let zeroBucket = Int(truncatingIfNeeded: smallest.bitPattern >> 45) - 1

    /// The bucket a latency in milliseconds (finite, not negative) falls into: the top bits of its
    /// floating-point representation, exponent then 7 bits of mantissa.
    @inlinable
    public static func bucket(of value: Double) -> Int {
        value < smallest ? zeroBucket : Int(truncatingIfNeeded: value.bitPattern >> 45)
    }

    /// The value a bucket stands for: a whole number when the bucket holds exactly one (buckets at most
    /// 1 ms wide), else the bucket's middle; 0 for the bucket of 0.
    public static func value(ofBucket bucket: Int) -> Double {
        let lower = Double(bitPattern: UInt64(bucket) << 45)
        let upper = Double(bitPattern: UInt64(bucket + 1) << 45)
        guard bucket > zeroBucket else { return 0 }
        if upper - lower <= 1 {
            let whole = lower.rounded(.up)
            if whole < upper { return whole }
        }
        return (lower + upper) / 2
    }

    /// Counts one value.
    @inlinable
    public mutating func add(_ value: Double) {
        let bucket = Self.bucket(of: value)
        let offset = bucket &- firstBucket
        if offset >= 0 && offset < counts.count {
            counts[offset] &+= 1
        } else {
            add(bucket: bucket, count: 1)
        }
    }

    /// Counts `count` values in `bucket`.
    public mutating func add(bucket: Int, count: UInt32) {
        if counts.isEmpty {
            firstBucket = bucket
            counts = [count]
        } else if bucket < firstBucket {
            counts.insert(contentsOf: repeatElement(0, count: firstBucket - bucket), at: 0)
            firstBucket = bucket
            counts[0] += count
        } else if bucket - firstBucket >= counts.count {
            counts.append(contentsOf: repeatElement(0, count: bucket - firstBucket - counts.count + 1))
            counts[counts.count - 1] += count
        } else {
            counts[bucket - firstBucket] += count
        }
    }

    /// Adds every value of `other`.
    public mutating func add(_ other: LatencyHistogram) {
        guard let first = other.counts.firstIndex(where: { $0 > 0 }),
            let last = other.counts.lastIndex(where: { $0 > 0 })
        else { return }
        // Widen the range once for both ends, then add bucket by bucket.
        add(bucket: other.firstBucket + first, count: 0)
        add(bucket: other.firstBucket + last, count: 0)
        for offset in first...last { counts[other.firstBucket + offset - firstBucket] += other.counts[offset] }
    }

    /// The percentile `fraction` (0.5 for the median) as SQL's `percentile_disc` defines it: the value
    /// at rank ⌈fraction × n⌉ in ascending order; `nil` without values.
    public func percentile(_ fraction: Double) -> Double? {
        let total = self.total
        guard total > 0 else { return nil }
        let rank = max(1, Int((fraction * Double(total)).rounded(.up)))
        var seen = 0
        for (offset, count) in counts.enumerated() {
            seen += Int(count)
            if seen >= rank { return Self.value(ofBucket: firstBucket + offset) }
        }
        return nil
    }
}
