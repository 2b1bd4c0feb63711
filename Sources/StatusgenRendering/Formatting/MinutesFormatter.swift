/// Formats seconds as minutes with a fixed number of decimals, rounded half up: "21.6".
enum MinutesFormatter {
    /// The minutes in `seconds`, with `decimals` digits after `separator`.
    static func format(_ seconds: Double, decimals: Int = 1, separator: String = ".") -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let units = Int((max(0, seconds) / 60 * Double(scale)).rounded(.toNearestOrAwayFromZero))
        guard decimals > 0 else { return "\(units)" }
        let fraction = String(units % scale)
        return "\(units / scale)\(separator)" + String(repeating: "0", count: decimals - fraction.count) + fraction
    }
}
