import StatusgenModel

/// Formats uptime fractions as percentages: "99.95%".
enum PercentFormatter {
    /// The fraction as a percentage with two decimals, truncated so that any downtime shows
    /// below 100%: 0.99999 is "99.99%", and only a full 1.0 is "100%".
    static func format(_ fraction: Double, _ strings: Strings) -> String {
        guard fraction < 1 else { return strings.text("percent", ["number": "100"]) }
        // The small epsilon keeps exact values such as 0.9995 from truncating to 99.94.
        let hundredths = min(9999, max(0, Int((fraction * 10_000 + 1e-7).rounded(.down))))
        let fractional = hundredths % 100
        let number = "\(hundredths / 100)\(strings.text("decimal_separator"))\(fractional < 10 ? "0" : "")\(fractional)"
        return strings.text("percent", ["number": number])
    }

    /// The fraction as a percentage with up to `decimals` decimals (two to six), truncated, and trailing
    /// zeros beyond two dropped: 0.99949 is "99.949%" and 0.995 "99.50%" with three, so that an uptime
    /// never reads as a threshold it falls below; a full 1.0 is "100%".
    static func format(_ fraction: Double, decimals: Int, _ strings: Strings) -> String {
        guard fraction < 1 else { return strings.text("percent", ["number": "100"]) }
        let decimals = min(6, max(2, decimals))
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let units = min(100 * scale - 1, max(0, Int((fraction * Double(100 * scale) + 1e-7).rounded(.down))))
        var fractional = String(repeating: "0", count: decimals - String(units % scale).count) + String(units % scale)
        while fractional.count > 2 && fractional.hasSuffix("0") { fractional.removeLast() }
        let number = "\(units / scale)\(strings.text("decimal_separator"))" + fractional
        return strings.text("percent", ["number": number])
    }
}
