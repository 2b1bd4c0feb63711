/// A component named by an incident, with the status it has while the incident is open.
public struct AffectedComponent: Sendable, Hashable {
    public var id: String
    public var status: ComponentStatus

    public init(id: String, status: ComponentStatus) {
        self.id = id
        self.status = status
    }
}
