import Foundation

/// The site settings from `statusgen.yml`.
public struct SiteConfig: Sendable {
    public var title: String
    /// Absolute base URL, always ending in `/`.
    public var baseURL: String
    public var description: String
    /// The zone in which times are shown and calendar days are counted.
    public var timeZone: TimeZone
    /// The number of days in each uptime bar.
    public var historyDays: Int
    public var components: [Component]
    public var monitoring: MonitoringSettings
    /// The language pages and feeds are written in, such as "en" or "de": a strings file's name.
    public var locale: String
    /// Every language the site is published in, `locale` first: `[locale]` for a site in one language.
    public var locales: [String]
    /// The checks `statusgen check` runs, in the order they are declared.
    public var checks: [CheckDefinition]
    /// How the monthly SLA report counts maintenance.
    public var sla: SLASettings
    /// The announcement at the top of every page, if any.
    public var notice: SiteNotice?
    /// The channels `statusgen notify` sends each update to, in the order they are declared.
    public var notify: [NotifyChannel]
    /// Where `statusgen publish` sends the site, in the order they are declared.
    public var publishTargets: [PublishTargetDefinition]
    /// The `footer:` Markdown, rendered to HTML by cmark-gfm, shown at the foot of every page; `nil` for none.
    public var footerHTML: String?
    /// The site's own words in its other languages, by language code.
    public var translations: [String: SiteTextTranslation] = [:]

    public init(
        title: String,
        baseURL: String,
        description: String = "",
        timeZone: TimeZone,
        historyDays: Int = 90,
        components: [Component],
        monitoring: MonitoringSettings = MonitoringSettings(),
        locale: String = "en",
        otherLocales: [String] = [],
        checks: [CheckDefinition] = [],
        sla: SLASettings = SLASettings(),
        notice: SiteNotice? = nil,
        notify: [NotifyChannel] = [],
        publishTargets: [PublishTargetDefinition] = [],
        footerHTML: String? = nil
    ) {
        self.title = title
        self.baseURL = baseURL
        self.description = description
        self.timeZone = timeZone
        self.historyDays = historyDays
        self.components = components
        self.monitoring = monitoring
        self.locale = locale
        self.locales = [locale] + otherLocales
        self.checks = checks
        self.sla = sla
        self.notice = notice
        self.notify = notify
        self.publishTargets = publishTargets
        self.footerHTML = footerHTML
    }
}
