import StatusgenModel

extension UpdateStatus {
    /// The status word as shown to readers: "Investigating", "In progress", "Update".
    var words: String {
        switch self {
        case .investigating: "Investigating"
        case .identified: "Identified"
        case .monitoring: "Monitoring"
        case .resolved: "Resolved"
        case .scheduled: "Scheduled"
        case .inProgress: "In progress"
        case .verifying: "Verifying"
        case .completed: "Completed"
        case .cancelled: "Cancelled"
        case .update: "Update"
        }
    }
}
