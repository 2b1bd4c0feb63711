/// Measures a check's latency on the monotonic clock, so that a clock change cannot skew it.
struct Stopwatch {
    private let start = ContinuousClock.now

    /// Whole milliseconds since the stopwatch was made.
    var elapsedMs: Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
