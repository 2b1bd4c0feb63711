/// The view model of a whole page or file, whose type names the template it is rendered with, so that
/// a page cannot be paired with another page's template.
protocol TemplatedViewModel {
    /// The template every value of this type is rendered with.
    static var template: PageTemplate { get }
}
