import Mustache
import StatusgenModel

/// A small line of a component's median response time per day, drawn as inline SVG
/// (`templates/latency-sparkline.mustache`), with gaps on days without data, and the same in words
/// as its caption, which sighted readers and screen readers both get.
final class LatencySparklineViewModel: Sendable {
    let width: Int
    let height: Int
    /// One polyline per stretch of days with data, as SVG points ("x,y x,y").
    let segments: [String]
    /// The caption: what the line shows, in words: the period, the latest day's median, the lowest and the highest.
    let title: String

    /// Horizontal units per day, and the line's margin from the top and bottom.
    private static let dayWidth = 4
    private static let margin = 2.0

    /// The sparkline of `state`'s days, `nil` when fewer than two days have a response time.
    init?(_ state: ComponentState, _ strings: Strings) {
        let medians = state.days.map(\.latencyP50Ms)
        let known = medians.compactMap { $0 }
        // One day is a dot, not a line: the caption would say all there is, so wait for a second day.
        guard known.count >= 2, let last = known.last, let low = known.min(), let high = known.max() else { return nil }
        width = medians.count * Self.dayWidth
        height = 32
        title = strings.plural(
            "latency_sparkline", count: medians.count,
            [
                "latest": String(Int(last.rounded())), "lowest": String(Int(low.rounded())),
                "highest": String(Int(high.rounded())),
            ])
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

extension LatencySparklineViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "width": return self.width
        case "height": return self.height
        case "segments": return self.segments
        case "title": return self.title
        default: return nil
        }
    }
}
