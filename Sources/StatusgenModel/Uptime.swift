/// Time-weighted uptime: the share of the time covered by checks that was not down.
public enum Uptime {
    /// `(covered - down) / covered`, or `nil` when no time is covered (no data is not 100%).
    public static func fraction(covered: Double, down: Double) -> Double? {
        covered > 0 ? (covered - down) / covered : nil
    }

    /// The uptime of `items` taken together: their covered and down seconds summed first, so that a long
    /// day weighs more than a short one.
    public static func fraction<Items: Sequence>(
        of items: Items, covered: KeyPath<Items.Element, Double>, down: KeyPath<Items.Element, Double>
    ) -> Double? {
        var coveredSum = 0.0
        var downSum = 0.0
        for item in items {
            coveredSum += item[keyPath: covered]
            downSum += item[keyPath: down]
        }
        return fraction(covered: coveredSum, down: downSum)
    }
}
