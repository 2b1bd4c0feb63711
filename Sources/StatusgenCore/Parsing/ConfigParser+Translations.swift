import Foundation
import StatusgenModel
import Yams

extension ConfigParser {
    /// The `translations:` block: the site's own words (title, description, footer, notice, group and
    /// component names and descriptions) in each of its other languages. A language that is not one of them,
    /// a group or component the site does not have, an empty text, a notice where the site has none, and two
    /// groups that would show under one name are errors at their lines.
    func readTranslations(
        _ file: ConfigFile, languages: [String], components: [Component], hasNotice: Bool, reader: YAMLReader,
        root: Node, problems: inout [Diagnostic]
    ) -> [String: SiteTextTranslation] {
        let others = Array(languages.dropFirst())
        let ids = components.map(\.id)
        var groups: [String] = []
        for group in components.compactMap(\.group) where !groups.contains(group) { groups.append(group) }
        var result: [String: SiteTextTranslation] = [:]
        for code in reader.orderedKeys(at: [.key("translations")], in: root) {
            guard let block = file.translations?[code] else { continue }
            let at: [YAMLReader.PathElement] = [.key("translations"), .key(code)]
            /// At the value at `path`, or, for a language or component that is itself the problem, at its key.
            func report(_ message: String, _ path: [YAMLReader.PathElement], atKey: Bool = false) {
                guard atKey, case .key(let key)? = (at + path).last else {
                    problems.append(.error(message, at: reader.location(of: at + path, in: root)))
                    return
                }
                let line = reader.line(ofKey: key, at: Array((at + path).dropLast()), in: root)
                problems.append(.error(message, at: reader.location(line: line)))
            }
            guard others.contains(code) else {
                report(
                    others.isEmpty
                        ? "'\(code)': 'translations' are for the other languages of a site in several, listed in"
                            + " 'locales'"
                        : "'\(code)' is not one of the site's other languages (\(others.joined(separator: ", ")))"
                            + Suggestion.hint(for: code, among: others), [], atKey: true)
                continue
            }
            /// The text at `path`, trimmed; `nil`, with an error, when it is empty.
            func text(_ value: String?, _ path: [YAMLReader.PathElement]) -> String? {
                guard let value else { return nil }
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty, case .key(let key)? = path.last {
                    report("'\(key)' must not be empty: leave it out to show the original", path)
                }
                return trimmed.isEmpty ? nil : trimmed
            }
            func html(_ value: String?, _ key: String) -> String? {
                guard let markdown = text(value, [.key(key)]) else { return nil }
                guard let rendered = try? MarkdownRenderer.renderWithPlainText(markdown) else {
                    let depth = MarkdownRenderer.maximumNesting
                    report("'\(key)' is Markdown nested more than \(depth) levels deep", [.key(key)])
                    return nil
                }
                return rendered.html
            }
            var words = SiteTextTranslation(
                title: text(block.title, [.key("title")]), description: text(block.description, [.key("description")]),
                footerHTML: html(block.footer, "footer"))
            if block.notice != nil && !hasNotice {
                report("there is no 'notice' to translate", [.key("notice")])
            } else {
                words.noticeHTML = html(block.notice, "notice")
            }
            for group in reader.orderedKeys(at: at + [.key("groups")], in: root) {
                guard let name = block.groups?[group] else { continue }
                guard groups.contains(group) else {
                    let hint = Suggestion.hint(for: group, among: groups)
                    report("no component is in the group '\(group)'" + hint, [.key("groups"), .key(group)])
                    continue
                }
                words.groups[group] = text(name, [.key("groups"), .key(group)])
            }
            // Groups are told apart by their names: two under one name would show as one.
            var shown: [String: String] = [:]
            for group in groups {
                let name = words.groups[group] ?? group
                if let other = shown[name] {
                    report(
                        "the groups '\(other)' and '\(group)' would both show as '\(name)' in '\(code)'",
                        [.key("groups"), .key(words.groups[group] == nil ? other : group)])
                }
                shown[name] = group
            }
            for id in reader.orderedKeys(at: at + [.key("components")], in: root) {
                guard let entry = block.components?[id] else { continue }
                let path: [YAMLReader.PathElement] = [.key("components"), .key(id)]
                guard ids.contains(id) else {
                    report("no component '\(id)'" + Suggestion.hint(for: id, among: ids), path, atKey: true)
                    continue
                }
                words.componentNames[id] = text(entry.name, path + [.key("name")])
                words.componentDescriptions[id] = text(entry.description, path + [.key("description")])
            }
            result[code] = words
        }
        return result
    }

    /// Unknown keys in each language of `translations:` and in each of its components.
    func translationKeys(reader: YAMLReader, root: Node) -> [Diagnostic] {
        reader.orderedKeys(at: [.key("translations")], in: root).flatMap { code in
            let at: [YAMLReader.PathElement] = [.key("translations"), .key(code)]
            return reader.unknownKeys(
                at: at, in: root, allowed: ConfigFile.TranslationBlock.CodingKeys.allCases.map(\.rawValue))
                + reader.orderedKeys(at: at + [.key("components")], in: root).flatMap { id in
                    reader.unknownKeys(
                        at: at + [.key("components"), .key(id)], in: root,
                        allowed: ConfigFile.ComponentTranslation.CodingKeys.allCases.map(\.rawValue))
                }
        }
    }
}
