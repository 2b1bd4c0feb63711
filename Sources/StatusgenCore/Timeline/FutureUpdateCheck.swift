import Foundation
import StatusgenModel

/// Finds updates dated well after the build's moment. They are not shown yet, which is right for a
/// build of the past (`--now`), and otherwise usually a typo in a year or month that hides an update.
public enum FutureUpdateCheck {
    /// How far ahead of `now` an update may be dated before it is worth a warning: clocks and time
    /// zones make a few hours' difference normal.
    static let tolerance: TimeInterval = 24 * 3600

    /// A warning for each update dated more than `tolerance` after `now`.
    public static func warnings(for incidents: [Incident], now: Date) -> [Diagnostic] {
        incidents.flatMap { incident in
            incident.updates.filter { $0.time.timeIntervalSince(now) > tolerance }.map { update in
                Diagnostic.warning(
                    "this update is dated more than a day after the build's time, so it is not shown yet",
                    at: SourceLocation(path: incident.source.path, line: update.line))
            }
        }
    }
}
