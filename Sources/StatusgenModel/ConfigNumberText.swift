/// A number from the site's settings, written as an operator writes it: `99.95`, `10` (not `10.0`).
public enum ConfigNumberText {
    /// `value` without a decimal point when it is whole; a value too large for an integer keeps Swift's form.
    public static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
