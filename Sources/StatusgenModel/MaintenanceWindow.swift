import Foundation

/// The planned start and end of a maintenance.
public struct MaintenanceWindow: Sendable, Hashable {
    public var starts: Date
    public var ends: Date

    public init(starts: Date, ends: Date) {
        self.starts = starts
        self.ends = ends
    }
}
