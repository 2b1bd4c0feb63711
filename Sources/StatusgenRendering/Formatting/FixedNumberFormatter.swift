/// Formats numbers for machine-readable files with a fixed, locale-free notation.
enum FixedNumberFormatter {
    /// `fraction` with exactly `decimals` decimals, truncated like the percentages on pages, so that
    /// any downtime shows below 1: 0.999999 is "0.99999", 1 is "1.00000".
    static func truncated(_ fraction: Double, decimals: Int = 5) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        // The small epsilon keeps exact values such as 0.9995 from truncating one unit lower.
        let units = max(0, Int((fraction * Double(scale) + 1e-7).rounded(.down)))
        let fractional = String(units % scale)
        return "\(units / scale).\(String(repeating: "0", count: decimals - fractional.count))\(fractional)"
    }

    /// Milliseconds rounded to two decimals, without trailing zeros: "41", "0.5", "301.25".
    static func milliseconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100
        let rest = hundredths % 100
        if rest == 0 { return "\(whole)" }
        return rest % 10 == 0 ? "\(whole).\(rest / 10)" : "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }
}
