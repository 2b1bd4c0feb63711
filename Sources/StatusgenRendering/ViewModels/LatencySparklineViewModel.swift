import StatusgenModel

/// A small line of a component's median response time per day, drawn as inline SVG
/// (`templates/latency-sparkline.mustache`), with gaps on days without data.
struct LatencySparklineViewModel {
    /// Names the SVG's title, `latency-ID`: unique on a page that shows each component once.
    let id: String
    let width: Int
    let height: Int
    /// One polyline per stretch of days with data, as SVG points ("x,y x,y").
    let segments: [String]
    /// "the last 90 days".
    let period: String
    /// The latest day's median, and the lowest and highest medians, in whole milliseconds.
    let latest: Int
    let lowest: Int
    let highest: Int

    /// Horizontal units per day, and the line's margin from the top and bottom.
    private static let dayWidth = 4
    private static let margin = 2.0

    /// The sparkline of `state`'s days, `nil` when no day has a response time.
    init?(_ state: ComponentState) {
        let medians = state.days.map(\.latencyP50Ms)
        let known = medians.compactMap { $0 }
        guard let last = known.last, let low = known.min(), let high = known.max() else { return nil }
        id = "latency-\(state.id)"
        width = medians.count * Self.dayWidth
        height = 32
        latest = Int(last.rounded())
        lowest = Int(low.rounded())
        highest = Int(high.rounded())
        period = medians.count == 1 ? "the last day" : "the last \(medians.count) days"
        let drawable = Double(height) - 2 * Self.margin
        func point(_ index: Int, _ value: Double) -> String {
            let x = Double(index * Self.dayWidth) + Double(Self.dayWidth) / 2
            let share = high > low ? (value - low) / (high - low) : 0.5
            let y = Self.margin + drawable * (1 - share)
            return "\(Self.decimal(x)),\(Self.decimal(y))"
        }
        var segments: [String] = []
        var current: [String] = []
        for (index, value) in medians.enumerated() {
            if let value {
                current.append(point(index, value))
            } else if !current.isEmpty {
                segments.append(Self.polyline(current))
                current = []
            }
        }
        if !current.isEmpty { segments.append(Self.polyline(current)) }
        self.segments = segments
    }

    /// The points of a stretch; a lone day is drawn as a dot (a line of no length with round ends).
    private static func polyline(_ points: [String]) -> String {
        (points.count == 1 ? points + points : points).joined(separator: " ")
    }

    /// One decimal, enough at this size.
    private static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }
}
