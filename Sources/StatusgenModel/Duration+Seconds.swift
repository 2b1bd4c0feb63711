extension Duration {
    /// The duration in seconds, with its fraction: for waits and reports that take a `Double`.
    public var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
