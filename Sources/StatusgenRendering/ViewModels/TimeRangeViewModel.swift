import Foundation
import Mustache
import StatusgenModel

/// A span of time, such as a maintenance window; the end leaves out its date when it falls on
/// the start's day: "29 Oct 2026, 22:00 GMT" to "23:30 GMT".
final class TimeRangeViewModel: Sendable {
    let start: TimeViewModel
    /// The end; `nil` while the span goes on.
    let end: TimeViewModel?

    init(from start: Date, to end: Date?, _ context: RenderingContext) {
        self.start = context.timeViewModel(start)
        self.end = end.map { end in
            guard context.time.isSameDay(start, end) else { return context.timeViewModel(end) }
            return TimeViewModel(text: context.time.time(end), datetime: RFC3339.string(from: end))
        }
    }
}

extension TimeRangeViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "start": return self.start
        case "end": return self.end
        default: return nil
        }
    }
}
