import Foundation
import StatusgenModel
import Yams

/// The shape of an incident file's front matter, as read before it is checked.
struct IncidentFrontMatter {
    var title: String
    var kind: IncidentKind?
    var impact: Impact?
    var components: [String: ComponentStatus]?
    /// Names of affected things that are not components, shown as written.
    var affectedText: [String]?
    var starts: Date?
    var ends: Date?
    /// `false` keeps every update of the incident out of notifications.
    var notify: Bool?

    /// The keys of the front matter.
    enum Key: String, CaseIterable {
        case title, kind, impact, components, starts, ends, notify
        case affectedText = "affected_text"
        case importHash = "import_hash"
    }

    /// Reads the document `root`, reporting the first problem as decoding it with Yams's `YAMLDecoder`
    /// did: the keys in the order above, a null optional value as no value.
    init(reading root: Node, with reader: YAMLReader) throws(Diagnostic) {
        let document = try YAMLValue(root: root, reader: reader).entries()
        func value(_ key: Key) -> YAMLValue? {
            document.valueIfPresent(forKey: key.rawValue)
        }
        title = try document.value(forKey: Key.title.rawValue).text()
        kind = try value(.kind)?.word(IncidentKind.self)
        impact = try value(.impact)?.word(Impact.self)
        components = try value(.components)?.entries().dictionary { value throws(Diagnostic) in
            try value.word(ComponentStatus.self)
        }
        affectedText = try value(.affectedText)?.items().map { item throws(Diagnostic) in try item.text() }
        // Written by `statusgen import` to tell its own, unedited files from the operator's: checked, not kept.
        _ = try value(.importHash)?.text()
        starts = try value(.starts)?.timestamp()
        ends = try value(.ends)?.timestamp()
        notify = try value(.notify)?.flag()
    }
}
