/// One line of the subscribers file: an address and the components it wants to hear about.
public struct Subscriber: Sendable, Hashable {
    public var address: String
    /// Component ids; empty for every update.
    public var components: [String]
    /// The language the subscriber reads, if given (messages are written in the site's language).
    public var locale: String?

    public init(address: String, components: [String] = [], locale: String? = nil) {
        self.address = address
        self.components = components
        self.locale = locale
    }

    /// Whether an update of an incident naming `componentIDs` goes to this subscriber: always without a
    /// filter or for an incident that names no component, else when they share one.
    public func wants(_ componentIDs: [String]) -> Bool {
        components.isEmpty || componentIDs.isEmpty || componentIDs.contains { components.contains($0) }
    }
}
