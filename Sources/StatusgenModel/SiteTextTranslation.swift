/// The site's own words in one of its other languages, from `translations:` in `statusgen.yml`: each
/// replaces the original on that language's pages, feeds, calendar and emails; what is not given is shown
/// as written.
public struct SiteTextTranslation: Sendable, Hashable {
    public var title: String?
    public var description: String?
    /// The footer's Markdown, rendered to HTML.
    public var footerHTML: String?
    /// The notice's Markdown, rendered to HTML; its level and expiry are the original's.
    public var noticeHTML: String?
    /// Group name as written in `components:` -> its name in this language.
    public var groups: [String: String]
    /// Component id -> its name in this language.
    public var componentNames: [String: String]
    /// Component id -> its description in this language.
    public var componentDescriptions: [String: String]

    public init(
        title: String? = nil, description: String? = nil, footerHTML: String? = nil, noticeHTML: String? = nil,
        groups: [String: String] = [:], componentNames: [String: String] = [:],
        componentDescriptions: [String: String] = [:]
    ) {
        self.title = title
        self.description = description
        self.footerHTML = footerHTML
        self.noticeHTML = noticeHTML
        self.groups = groups
        self.componentNames = componentNames
        self.componentDescriptions = componentDescriptions
    }

    /// `component` with its name, description and group in this language.
    public func apply(to component: Component) -> Component {
        var component = component
        component.name = componentNames[component.id] ?? component.name
        component.description = componentDescriptions[component.id] ?? component.description
        component.group = component.group.map { groups[$0] ?? $0 }
        return component
    }

    /// `config` with its words in this language.
    public func apply(to config: SiteConfig) -> SiteConfig {
        var config = config
        config.title = title ?? config.title
        config.description = description ?? config.description
        config.footerHTML = footerHTML ?? config.footerHTML
        if let noticeHTML { config.notice?.html = noticeHTML }
        config.components = config.components.map(apply(to:))
        return config
    }
}
