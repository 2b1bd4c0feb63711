/// A service the status page reports on.
public struct Component: Sendable, Hashable {
    /// Stable identifier, `[a-z0-9-]+`, used in URLs and file names.
    public var id: String
    public var name: String
    /// The group the component is shown under, if any.
    public var group: String?
    public var description: String?
    /// Names of the monitors (in `monitors/*`) whose results describe this component.
    public var monitors: [String]
    /// Monthly availability target in percent, such as 99.95.
    public var sla: Double?
    /// The service credits its months earn: its own schedule, or the site's; `nil` for none.
    public var credits: CreditSchedule?
    /// The line of its `monitors` (or, without any, of the component) in `statusgen.yml`, for messages about
    /// them; `nil` for a component not read from a file.
    public var line: Int?

    public init(
        id: String, name: String, group: String? = nil, description: String? = nil,
        monitors: [String] = [], sla: Double? = nil, credits: CreditSchedule? = nil, line: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.group = group
        self.description = description
        self.monitors = monitors
        self.sla = sla
        self.credits = credits
        self.line = line
    }
}
