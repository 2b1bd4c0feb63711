import Mustache

/// The view model of a whole page or file, whose type names the template it is rendered with, so that
/// a page cannot be paired with another page's template. Like every view model, it gives the templates
/// its fields by name itself, since Mustache's own lookup by reflection (`Mirror`) costs more than the rest
/// of rendering. View models are final classes rather than structs: Mustache casts each object on its
/// context stack to its protocols at every name it looks up, and a cast of a struct larger than three words
/// copies it into a new box, retaining each of its fields, where a class is one reference.
protocol TemplatedViewModel: MustacheParent, Sendable {
    /// The template every value of this type is rendered with.
    static var template: PageTemplate { get }
}
