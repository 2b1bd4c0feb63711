import Foundation
import Mustache
import StatusgenModel
import Testing

@testable import StatusgenRendering

/// Every view model gives templates its fields through `child(named:)` instead of Mustache's lookup by
/// reflection; these tests hold the two to the same answers, so that a field added to a view model and
/// forgotten in its `child(named:)` fails here rather than vanishing from the pages.
@Suite struct ViewModelFieldTests {
    /// Every view model value reachable from the fixture's pages, depth first (arrays and optionals opened).
    private static func viewModels() -> [any MustacheParent] {
        let context = RenderingContext(Fixture.timeline, Fixture.english)
        let report = SLAReport(Fixture.timeline)
        // The German pages of a site in two languages reach the language links and untranslated updates, too.
        let languages = [
            SiteLanguage(code: "en", name: "English", isDefault: true),
            SiteLanguage(code: "de", name: "Deutsch", isDefault: false),
        ]
        let german = RenderingContext(
            Fixture.timeline.translated(into: languages[1]), Fixture.german, language: languages[1], of: languages)
        let pages =
            SitePlan.pages(context, report, ownRobots: false) + SitePlan.pages(german, report, ownRobots: false)
        let sitemap = SitemapViewModel(
            pages.compactMap { page in page.lastModified.map { (page.path, $0) } }, in: languages,
            baseURL: Fixture.timeline.config.baseURL)
        var found: [any MustacheParent] = []
        func visit(_ value: Any) {
            let mirror = Mirror(reflecting: value)
            // View models are classes (a struct one is checked too); any other class, such as the rendering
            // context, is not opened.
            if let parent = value as? any MustacheParent, [.class, .struct].contains(mirror.displayStyle) {
                found.append(parent)
            } else if ![.struct, .collection, .optional].contains(mirror.displayStyle) {
                return
            }
            for child in mirror.children { visit(child.value) }
        }
        for page in pages { visit(page.viewModel) }
        visit(sitemap)
        return found
    }

    @Test func everyStoredFieldIsFoundByName() {
        let models = Self.viewModels()
        let types = Set(models.map { String(describing: type(of: $0)) })
        #expect(types.count >= 30, "only \(types.sorted()) reached")
        #expect(models.contains { ($0 as? UpdateViewModel)?.untranslatedNote != nil }, "an untranslated update")
        #expect(models.contains { $0 is LanguageLinkViewModel })
        for model in models {
            for child in Mirror(reflecting: model).children {
                let label = child.label ?? ""
                let expected = Self.unwrapped(child.value).map(Self.identity)
                let found = model.child(named: label).map(Self.identity)
                #expect(found == expected, "\(type(of: model)).\(label)")
            }
        }
    }

    @Test func namesThatAreNoFieldFindNothing() {
        for model in Self.viewModels() {
            #expect(model.child(named: "noSuchField") == nil, "\(type(of: model))")
            #expect(model.child(named: "") == nil, "\(type(of: model))")
        }
    }

    /// What tells `value` apart from any other: which object it is for a view model (a class), element by
    /// element for an array, and its description for any other value.
    private static func identity(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .class: return "\(ObjectIdentifier(value as AnyObject))"
        case .collection: return "[" + mirror.children.map { identity($0.value) }.joined(separator: ", ") + "]"
        case .optional: return mirror.children.first.map { identity($0.value) } ?? "nil"
        default: return String(describing: value)
        }
    }

    /// The value an optional holds, `nil` for an empty one, any other value as it is: Mustache's own rule.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
