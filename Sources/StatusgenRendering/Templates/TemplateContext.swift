import Mustache
import StatusgenModel

/// What a page template is rendered with: its view model, plus the site's strings as `t`
/// (`{{t.last_updated}}`) and the language's code as `locale` (`<html lang="{{locale}}">`), which
/// every template and partial can reach from any section.
final class TemplateContext: MustacheParent, Sendable {
    let viewModel: any TemplatedViewModel
    let strings: Strings

    init(viewModel: any TemplatedViewModel, strings: Strings) {
        self.viewModel = viewModel
        self.strings = strings
    }

    func child(named name: String) -> Any? {
        switch name {
        case "t": return strings.values
        case "locale": return strings.locale
        default: return viewModel.child(named: name)
        }
    }
}
