import Foundation
import StatusgenCore
import StatusgenModel

/// Converts a Statuspage page's public API files into statusgen components, incidents and maintenances.
///
/// Reads `summary.json` (components and groups, and the incidents and maintenances still open),
/// `incidents.json` and `scheduled-maintenances.json`, as saved from `https://PAGE/api/v2/`. Each incident
/// keeps every update (status, time, text), its impact, and the components its updates name, with the
/// worst status they were given.
public struct StatuspageImporter: Sendable {
    /// The saved API files, and what the statusgen site already holds.
    public struct Input: Sendable {
        /// `summary.json`, `incidents.json`, `scheduled-maintenances.json` (any of them), by file name.
        public var files: [InputFile]
        /// Put before file names in messages (the folder they were read from).
        public var displayPrefix: String
        /// The statusgen site's `statusgen.yml`, when it has one.
        public var existingConfig: String?
        /// The texts of the incident files the site already has, by id.
        public var existingIncidents: [String: String]
        /// Rewrite imported files that nobody edited, when the page has more to say.
        public var update: Bool

        public init(
            files: [InputFile], displayPrefix: String = "", existingConfig: String? = nil,
            existingIncidents: [String: String] = [:], update: Bool = false
        ) {
            self.files = files
            self.displayPrefix = displayPrefix
            self.existingConfig = existingConfig
            self.existingIncidents = existingIncidents
            self.update = update
        }
    }

    /// The names of the files read.
    public static let fileNames = ["summary.json", "incidents.json", "scheduled-maintenances.json"]

    public init() {}

    /// Converts the files of `input`; a file that is not the API's JSON is an error, and nothing is written.
    public func convert(_ input: Input) throws(DiagnosticList) -> CStateImporter.Result {
        let summary: StatuspagePayload.Summary? = try decode("summary.json", input)
        let incidents: StatuspagePayload.Incidents? = try decode("incidents.json", input)
        let maintenances: StatuspagePayload.Maintenances? = try decode("scheduled-maintenances.json", input)
        let existing =
            try input.existingConfig.map { text throws(DiagnosticList) in
                try ConfigParser().parse(text).components
            } ?? []
        // The summary's open incidents and maintenances too: the only ones a page saved without the other
        // files has. Of an incident in two files (fetched at different moments), the copy with more updates.
        let read: [(incident: StatuspagePayload.Incident, file: String)] =
            (incidents?.incidents ?? []).map { ($0, "incidents.json") }
            + (maintenances?.scheduledMaintenances ?? []).map { ($0, "scheduled-maintenances.json") }
            + ((summary?.incidents ?? []) + (summary?.scheduledMaintenances ?? [])).map { ($0, "summary.json") }
        let all = Self.fullestOfEach(read)
        // Without summary.json, the components the incidents and their updates name (sorted by name, as
        // components without a position are).
        let named = Self.firstOfEach(all.flatMap { Self.componentsNamed(by: $0.incident) }, id: \.id)
        let components = StatuspageComponents(summary?.components ?? named, existing: existing)
        var writer = StatuspageIncidentWriter(
            components: components, existing: input.existingIncidents, update: input.update,
            parser: IncidentParser(componentIDs: existing.map(\.id) + components.new.map(\.id)))
        for (incident, file) in all.sorted(by: {
            ($0.incident.createdAt, $0.incident.id) < ($1.incident.createdAt, $1.incident.id)
        }) {
            writer.write(incident, path: input.displayPrefix + file)
        }
        var result = CStateImporter.Result(
            incidents: writer.created, replacements: writer.replaced, config: nil, componentsToMerge: "",
            summary: writer.summary, warnings: writer.warnings.sorted())
        if input.existingConfig == nil {
            // Every file of the API carries the page.
            let page = summary?.page ?? incidents?.page ?? maintenances?.page
            let title = page?.name ?? "Status"
            var baseURL = page?.url ?? "https://status.example.com/"
            if !baseURL.hasSuffix("/") { baseURL += "/" }
            // The page's own zone, where this machine knows it, so that times read as they did there.
            let zone = page?.timeZone.flatMap { TimeZone(identifier: $0)?.identifier } ?? "UTC"
            if let unknown = page?.timeZone, zone == "UTC", unknown != "UTC" {
                result.warnings.append(
                    .warning(
                        "the page's time_zone '\(unknown)' is not a zone this machine knows: timezone is UTC",
                        at: SourceLocation(path: SiteLayout.configPath)))
            }
            let yaml = ComponentYAML.config(
                title: title, baseURL: baseURL, description: nil, timeZone: zone, components: components.new)
            result.config = OutputFile(path: SiteLayout.configPath, contents: Data(yaml.utf8))
        } else {
            result.componentsToMerge = ComponentYAML.entries(components.new)
        }
        return result
    }

    /// The components `incident` names: its own, then those its updates changed, oldest update first.
    private static func componentsNamed(by incident: StatuspagePayload.Incident) -> [StatuspagePayload.Component] {
        let changed = incident.incidentUpdates.reversed().flatMap { $0.affectedComponents ?? [] }.map { change in
            StatuspagePayload.Component(id: change.code, name: change.name ?? change.code)
        }
        return (incident.components ?? []) + changed
    }

    /// Of each incident in `read`, the copy with the most updates (the first of equals), in the order of
    /// the copies kept.
    private static func fullestOfEach(_ read: [(incident: StatuspagePayload.Incident, file: String)])
        -> [(incident: StatuspagePayload.Incident, file: String)]
    {
        var fullest: [String: Int] = [:]
        for (index, copy) in read.enumerated() {
            let updates = copy.incident.incidentUpdates.count
            if let kept = fullest[copy.incident.id], read[kept].incident.incidentUpdates.count >= updates { continue }
            fullest[copy.incident.id] = index
        }
        return fullest.values.sorted().map { read[$0] }
    }

    /// The first of `items` with each id, in their order.
    private static func firstOfEach<T>(_ items: [T], id: (T) -> String) -> [T] {
        var seen: Set<String> = []
        return items.filter { seen.insert(id($0)).inserted }
    }

    private func decode<T: Decodable>(_ name: String, _ input: Input) throws(DiagnosticList) -> T? {
        guard let file = input.files.first(where: { $0.path == name }) else { return nil }
        return try JSONInput(path: input.displayPrefix + name, data: file.contents).decode(T.self)
    }
}
