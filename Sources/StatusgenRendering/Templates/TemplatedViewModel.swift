import Mustache

/// The view model of a whole page or file, whose type names the template it is rendered with, so that
/// a page cannot be paired with another page's template. Like every view model, it gives the templates
/// its fields by name itself, since Mustache's own lookup by reflection (`Mirror`) costs more than the rest
/// of rendering.
protocol TemplatedViewModel: MustacheParent, Sendable {
    /// The template every value of this type is rendered with.
    static var template: PageTemplate { get }
}
