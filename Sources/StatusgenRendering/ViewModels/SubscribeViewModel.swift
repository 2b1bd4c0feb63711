import Mustache
import StatusgenModel

/// The page that lists every way to follow the site, `subscribe.html`.
final class SubscribeViewModel: TemplatedViewModel {
    static let template = PageTemplate.subscribe
    static let path = "subscribe.html"

    let page: PageViewModel
    /// Where readers ask for updates by email: the `subscribe` link of each email channel that has one.
    let emailSignups: [EmailSignupViewModel]
    /// Each component with its page and feeds, in configuration order.
    let components: [ComponentFeedsViewModel]

    init(_ context: RenderingContext) {
        page = PageViewModel(
            context, title: context.strings.text("nav_subscribe"), path: Self.path, root: "",
            summary: context.strings.text("subscribe_summary", ["site": context.config.title]))
        emailSignups = context.config.notify.compactMap { $0.email?.subscribe }.map(EmailSignupViewModel.init)
        components = context.config.components.map(ComponentFeedsViewModel.init)
    }
}

/// A link where readers ask to be sent every update by email.
final class EmailSignupViewModel: Sendable {
    let href: String
    /// The address of a `mailto:` link, shown as its text; `nil` for a web page.
    let address: String?

    init(_ link: String) {
        href = link
        address = EmailSettings.mailtoAddress(link)
    }
}

/// A component's page and feeds, from the site root.
final class ComponentFeedsViewModel: Sendable {
    let name: String
    let path: String
    let rssPath: String
    let atomPath: String

    init(_ component: Component) {
        name = component.name
        path = RenderingContext.path(ofComponent: component.id)
        rssPath = FeedViewModel.path(of: component)
        atomPath = AtomFeedViewModel.path(of: component)
    }
}

extension SubscribeViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "page": return self.page
        case "emailSignups": return self.emailSignups
        case "components": return self.components
        default: return nil
        }
    }
}

extension EmailSignupViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "href": return self.href
        case "address": return self.address
        default: return nil
        }
    }
}

extension ComponentFeedsViewModel: MustacheParent {
    /// The field a template names, as Mustache would find it by reflection: `nil` when there is none or it is `nil`.
    func child(named name: String) -> Any? {
        switch name {
        case "name": return self.name
        case "path": return self.path
        case "rssPath": return self.rssPath
        case "atomPath": return self.atomPath
        default: return nil
        }
    }
}
