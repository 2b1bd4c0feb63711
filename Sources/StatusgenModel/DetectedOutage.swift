import Foundation

/// A run of down checks of one monitor.
public struct DetectedOutage: Sendable, Hashable {
    public var monitor: String
    /// The components that list the monitor, in configuration order.
    public var componentIDs: [String]
    /// The first down check.
    public var start: Date
    /// The first check after the run that was not down; `nil` while the outage goes on.
    public var end: Date?
    /// The number of down checks in the run.
    public var checks: Int

    public init(monitor: String, componentIDs: [String], start: Date, end: Date?, checks: Int) {
        self.monitor = monitor
        self.componentIDs = componentIDs
        self.start = start
        self.end = end
        self.checks = checks
    }

    /// A stable identifier: the monitor and the start in UTC seconds.
    public var id: String { "\(monitor)-\(Int64(start.timeIntervalSince1970))" }
}
