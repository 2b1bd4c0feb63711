/// The shape of `statusgen.yml`, as decoded before it is checked.
struct ConfigFile: Decodable {
    var title: String
    var baseURL: String
    var description: String?
    var timezone: String
    var historyDays: Int?
    var locale: String?
    var locales: [String]?
    var monitoring: MonitoringBlock?
    var sla: SLABlock?
    var credits: CreditsBlock?
    var notice: NoticeBlock?
    /// Markdown shown at the foot of every page.
    var footer: String?
    /// Each entry decoded on its own, so that one bad component does not hide the others' problems.
    var components: [Collected<ComponentEntry>]
    /// Monitor name -> check, each decoded on its own (see CheckConfigParser).
    var checks: [String: Collected<CheckEntry>]?
    /// The channels, or the name of the file that holds them (see NotifyConfigParser).
    var notify: NotifyBlock?
    /// Target name -> where `statusgen publish` sends the site (see PublishConfigParser).
    var publish: [String: Collected<PublishEntry>]?
    /// Language code -> the site's own words in it.
    var translations: [String: TranslationBlock]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title
        case baseURL = "base_url"
        case description
        case timezone
        case historyDays = "history_days"
        case locale
        case locales
        case monitoring
        case sla
        case credits
        case notice
        case footer
        case components
        case checks
        case notify
        case publish
        case translations
    }

    /// One language's entry of `translations:`.
    struct TranslationBlock: Decodable {
        var title: String?
        var description: String?
        var footer: String?
        var notice: String?
        /// Group name as written -> its name in the language.
        var groups: [String: String]?
        var components: [String: ComponentTranslation]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case title, description, footer, notice, groups, components
        }
    }

    /// A component's words in one language.
    struct ComponentTranslation: Decodable {
        var name: String?
        var description: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case name, description
        }
    }

    /// `notify:` as written: channel name -> channel, each decoded on its own, or the name of a file in
    /// the site's folder that holds them.
    enum NotifyBlock: Decodable {
        case channels([String: Collected<NotifyEntry>])
        case file(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let name = try? container.decode(String.self) {
                self = .file(name)
            } else {
                self = .channels(try container.decode([String: Collected<NotifyEntry>].self))
            }
        }
    }

    /// The optional `monitoring:` block.
    struct MonitoringBlock: Decodable {
        var gapLimitMinutes: Double?
        var staleAfterMinutes: Double?
        var outageMinChecks: Int?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case gapLimitMinutes = "gap_limit_minutes"
            case staleAfterMinutes = "stale_after_minutes"
            case outageMinChecks = "outage_min_checks"
        }
    }

    /// One entry of `components:`.
    struct ComponentEntry: Decodable {
        var id: String
        var name: String
        var group: String?
        var description: String?
        var monitors: [String]?
        var sla: Double?
        var credits: ComponentCreditsBlock?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case id, name, group, description, monitors, sla, credits
        }
    }
}
