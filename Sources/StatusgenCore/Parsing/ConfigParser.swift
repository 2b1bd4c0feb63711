import Foundation
import StatusgenModel
import Yams

/// Reads `statusgen.yml` into a `SiteConfig`, reporting every problem with its line.
public struct ConfigParser: Sendable {
    /// The languages `locale:` may name.
    let locales: [String]

    /// A parser that accepts the languages `locales`: those of `SiteSettings`, or by default the built-in ones.
    public init(locales: [String] = StringsCatalog.builtInLocales) {
        self.locales = locales
    }

    /// Parses the config text, with `notifyFile` when `notify:` names a file (see `notifyFileName(in:)`);
    /// throws every problem found.
    public func parse(_ text: String, notifyFile: InputFile? = nil) throws(DiagnosticList) -> SiteConfig {
        let reader = YAMLReader(path: SiteLayout.configPath, firstLine: 1)
        let root: Node
        do {
            root = try reader.compose(text)
        } catch {
            throw DiagnosticList([error])
        }
        // Keys are checked on the YAML itself, so a misspelt required key is reported with its
        // "did you mean" even though decoding then fails.
        var problems = unknownKeys(reader: reader, root: root)
        let file: ConfigFile
        do {
            file = try reader.decode(ConfigFile.self, from: root)
        } catch {
            if !YAMLReader.repeatsMisspelling(error, in: problems) { problems.append(error) }
            throw DiagnosticList(problems)
        }
        func check(_ condition: Bool, _ message: String, at path: [YAMLReader.PathElement]) {
            if !condition { problems.append(.error(message, at: reader.location(of: path, in: root))) }
        }

        let title = file.title.trimmingCharacters(in: .whitespaces)
        check(!title.isEmpty, "'title' must not be empty", at: [.key("title")])
        let baseURL = file.baseURL.hasSuffix("/") ? file.baseURL : file.baseURL + "/"
        check(
            Self.isAbsoluteWebURL(baseURL),
            "'base_url' must be an absolute http(s) URL such as https://status.example.com/, not '\(file.baseURL)'",
            at: [.key("base_url")])
        let timeZone = TimeZone(identifier: file.timezone)
        check(
            timeZone != nil,
            "unknown time zone '\(file.timezone)': use an IANA name such as Europe/London, or UTC",
            at: [.key("timezone")])
        let historyDays = file.historyDays ?? 90
        check((1...3660).contains(historyDays), "'history_days' must be between 1 and 3660", at: [.key("history_days")])
        let languages = readLocales(file, reader: reader, root: root, problems: &problems)
        let monitoring = MonitoringSettings(
            gapLimit: (file.monitoring?.gapLimitMinutes ?? 10) * 60,
            staleAfter: (file.monitoring?.staleAfterMinutes ?? 15) * 60,
            outageMinimumChecks: file.monitoring?.outageMinChecks ?? 2)
        check(
            monitoring.gapLimit > 0, "'gap_limit_minutes' must be positive",
            at: [.key("monitoring"), .key("gap_limit_minutes")])
        // Uptime arithmetic is in whole milliseconds: a gap limit past a year means nothing and would overflow.
        check(
            !(monitoring.gapLimit > 525_600 * 60), "'gap_limit_minutes' must be at most 525600 (a year)",
            at: [.key("monitoring"), .key("gap_limit_minutes")])
        check(
            monitoring.staleAfter > 0, "'stale_after_minutes' must be positive",
            at: [.key("monitoring"), .key("stale_after_minutes")])
        check(
            monitoring.outageMinimumChecks >= 1, "'outage_min_checks' must be at least 1",
            at: [.key("monitoring"), .key("outage_min_checks")])

        var seen: Set<String> = []
        var components: [Component] = []
        var ownCredits: [(entry: Int, block: ConfigFile.ComponentCreditsBlock?)] = []
        for (index, collected) in file.components.enumerated() {
            let at: [YAMLReader.PathElement] = [.key("components"), .index(index)]
            let entry: ConfigFile.ComponentEntry
            switch collected.result {
            case .success(let value):
                entry = value
            case .failure(let error):
                let problem = reader.diagnostic(for: error, in: root)
                if !YAMLReader.repeatsMisspelling(problem, in: problems) { problems.append(problem) }
                continue
            }
            check(
                SiteID.isValid(entry.id),
                "component id '\(entry.id)' must use only a-z, 0-9 and '-'", at: at + [.key("id")])
            check(seen.insert(entry.id).inserted, "duplicate component id '\(entry.id)'", at: at + [.key("id")])
            check(
                !entry.name.trimmingCharacters(in: .whitespaces).isEmpty, "component '\(entry.id)' needs a name",
                at: at + [.key("name")])
            if let sla = entry.sla {
                check(
                    sla > 0 && sla <= 100, "'sla' must be a percentage above 0 and at most 100", at: at + [.key("sla")])
            }
            ownCredits.append((index, entry.credits))
            components.append(
                Component(
                    id: entry.id, name: entry.name, group: entry.group, description: entry.description,
                    monitors: entry.monitors ?? [], sla: entry.sla,
                    line: reader.location(of: at + [.key("monitors")], in: root).line))
        }
        let sla = SLASettings(excludeMaintenance: file.sla?.excludeMaintenance ?? true)
        components = CreditConfigParser(reader: reader, root: root, excludeMaintenance: sla.excludeMaintenance)
            .apply(site: file.credits, own: ownCredits, to: components, problems: &problems)
        let notice = file.notice.flatMap { readNotice($0, reader: reader, root: root, problems: &problems) }
        let footer = file.footer.flatMap { readFooter($0, reader: reader, root: root, problems: &problems) }
        let checks = CheckConfigParser(reader: reader, root: root).parse(file.checks ?? [:], problems: &problems)
        var notify: [NotifyChannel] = []
        switch file.notify {
        case .channels(let entries):
            notify = NotifyConfigParser(reader: reader, root: root).parse(entries, problems: &problems)
        case .file(let name):
            let at = reader.location(of: [.key("notify")], in: root)
            if !Self.isNotifyFileName(name) {
                problems.append(
                    .error(
                        "'notify' names a file of channels: a .yml file in the site's folder such as notify.yml,"
                            + " not '\(name)'", at: at))
            } else if let notifyFile, notifyFile.path == name {
                notify = NotifyConfigParser.parse(file: notifyFile, problems: &problems)
            } else {
                problems.append(.error("'notify' names \(name), which is not in the site's folder", at: at))
            }
        case nil:
            break
        }
        let publishTargets = PublishConfigParser(reader: reader, root: root)
            .parse(file.publish ?? [:], problems: &problems)
        let translations = readTranslations(
            file, languages: languages, components: components, hasNotice: file.notice != nil, reader: reader,
            root: root, problems: &problems)
        guard problems.isEmpty, let timeZone else { throw DiagnosticList(problems) }
        var config = SiteConfig(
            title: title, baseURL: baseURL, description: file.description ?? "", timeZone: timeZone,
            historyDays: historyDays, components: components, monitoring: monitoring, locale: languages[0],
            otherLocales: Array(languages.dropFirst()),
            checks: checks, sla: sla, notice: notice,
            notify: notify, publishTargets: publishTargets, footerHTML: footer)
        config.translations = translations
        return config
    }

    private func unknownKeys(reader: YAMLReader, root: Node) -> [Diagnostic] {
        var problems = reader.unknownKeys(at: [], in: root, allowed: ConfigFile.CodingKeys.allCases.map(\.rawValue))
        problems += reader.unknownKeys(
            at: [.key("monitoring")], in: root,
            allowed: ConfigFile.MonitoringBlock.CodingKeys.allCases.map(\.rawValue))
        problems += reader.unknownKeys(
            at: [.key("sla")], in: root, allowed: ConfigFile.SLABlock.CodingKeys.allCases.map(\.rawValue))
        problems += reader.unknownKeys(
            at: [.key("notice")], in: root, allowed: ConfigFile.NoticeBlock.CodingKeys.allCases.map(\.rawValue))
        let componentCount = reader.node(at: [.key("components")], in: root)?.sequence?.count ?? 0
        for index in 0..<componentCount {
            problems += reader.unknownKeys(
                at: [.key("components"), .index(index)], in: root,
                allowed: ConfigFile.ComponentEntry.CodingKeys.allCases.map(\.rawValue))
        }
        problems += CreditConfigParser(reader: reader, root: root, excludeMaintenance: true)
            .unknownKeys(componentCount: componentCount)
        return problems + translationKeys(reader: reader, root: root)
            + CheckConfigParser(reader: reader, root: root).unknownKeys()
            + NotifyConfigParser(reader: reader, root: root).unknownKeys()
            + PublishConfigParser(reader: reader, root: root).unknownKeys()
    }

    /// The file that `notify:` names in the config `text`, if it names one, for the loader to read: read
    /// before the config is checked, so that a config with other problems still names it.
    public static func notifyFileName(in text: String) -> String? {
        guard let name = (try? Yams.compose(yaml: text))?["notify"]?.scalar?.string, isNotifyFileName(name) else {
            return nil
        }
        return name
    }

    /// A notify file is a `.yml` file in the site's folder itself, not statusgen.yml.
    private static func isNotifyFileName(_ name: String) -> Bool {
        name.hasSuffix(".yml") && name != SiteLayout.configPath && !name.contains("/")
            && !name.hasPrefix(".") && name.count <= 255
    }

    /// Whether `text` is an absolute http(s) URL that can be written into feeds as it is: no spaces,
    /// quotes or angle brackets (percent-encode them), no query or fragment.
    private static func isAbsoluteWebURL(_ text: String) -> Bool {
        guard !text.contains(where: { $0.isWhitespace || "\"'<>\\?#".contains($0) }),
            let url = URL(string: text), let scheme = url.scheme?.lowercased(), let host = url.host
        else {
            return false
        }
        return (scheme == "https" || scheme == "http") && !host.isEmpty
    }
}
