import StatusgenModel
import Yams

extension ConfigParser {
    /// The checked `notice:` block, with its Markdown rendered; `nil` after reporting a problem.
    func readNotice(
        _ block: ConfigFile.NoticeBlock, reader: YAMLReader, root: Node, problems: inout [Diagnostic]
    ) -> SiteNotice? {
        let text = block.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            problems.append(
                .error(
                    "'text' of 'notice' must not be empty (remove the notice instead)",
                    at: reader.location(of: [.key("notice"), .key("text")], in: root)))
            return nil
        }
        do {
            return SiteNotice(
                html: try MarkdownRenderer.renderWithPlainText(text).html, level: block.level ?? .info,
                expires: block.expires?.date)
        } catch {
            problems.append(
                .error(
                    "'text' of 'notice' is Markdown nested more than \(MarkdownRenderer.maximumNesting) levels deep",
                    at: reader.location(of: [.key("notice"), .key("text")], in: root)))
            return nil
        }
    }

    /// The `footer:` Markdown rendered to HTML; `nil` for an empty footer, or after reporting a problem.
    func readFooter(_ text: String, reader: YAMLReader, root: Node, problems: inout [Diagnostic]) -> String? {
        let markdown = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !markdown.isEmpty else { return nil }
        do {
            return try MarkdownRenderer.renderWithPlainText(markdown).html
        } catch {
            problems.append(
                .error(
                    "'footer' is Markdown nested more than \(MarkdownRenderer.maximumNesting) levels deep",
                    at: reader.location(of: [.key("footer")], in: root)))
            return nil
        }
    }
}
