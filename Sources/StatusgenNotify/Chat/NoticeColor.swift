import StatusgenModel
import StatusgenRendering

extension UpdateNotice {
    /// The colour of the update's card: green once over, blue for maintenance, else by impact.
    var color: Int {
        switch status {
        case .resolved, .completed, .cancelled: 0x1F883D
        default:
            if kind == .maintenance {
                0x0969DA
            } else {
                switch impact {
                case .none, .minor: 0xBF8700
                case .major: 0xD1242F
                case .critical: 0x82071E
                }
            }
        }
    }

    /// "[Identified] Title", the first line of every chat message.
    var headline: String {
        "[\(statusWords)] \(title)"
    }
}
