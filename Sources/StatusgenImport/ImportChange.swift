import Foundation

/// What a rewrite of an imported incident file changes, in a few words for the operator: the updates added,
/// changed and removed (by their heading time) and the front matter keys whose values changed.
public enum ImportChange {
    private struct Update: Equatable {
        var heading: String
        var text: String
    }

    /// `added 2026-03-01T17:00:00Z resolved; changed 2026-03-01T15:00:00Z (status, text); front matter: components`,
    /// or `front matter only` style phrases; `no visible change` when the two differ only in the hash line.
    public static func describe(old: String, new: String) -> String {
        let (oldFront, oldUpdates) = split(old)
        let (newFront, newUpdates) = split(new)
        var parts: [String] = []
        let added = newUpdates.filter { update in !oldUpdates.contains { time($0) == time(update) } }
        let removed = oldUpdates.filter { update in !newUpdates.contains { time($0) == time(update) } }
        var changed: [String] = []
        for update in newUpdates {
            guard let before = oldUpdates.first(where: { time($0) == time(update) }), before != update else { continue }
            var what: [String] = []
            if before.heading != update.heading { what.append("status \(status(before)) -> \(status(update))") }
            if before.text != update.text { what.append("text") }
            changed.append("\(time(update)) (\(what.joined(separator: ", ")))")
        }
        if !added.isEmpty { parts.append("added " + added.map(\.heading).joined(separator: ", ")) }
        if !changed.isEmpty { parts.append("changed " + changed.joined(separator: ", ")) }
        if !removed.isEmpty { parts.append("removed " + removed.map(\.heading).joined(separator: ", ")) }
        let keys = Set(oldFront.keys).union(newFront.keys).filter { oldFront[$0] != newFront[$0] }.sorted()
        if !keys.isEmpty { parts.append("front matter: " + keys.joined(separator: ", ")) }
        return parts.isEmpty ? "no visible change" : parts.joined(separator: "; ")
    }

    private static func time(_ update: Update) -> Substring {
        update.heading.split(separator: " ").first ?? ""
    }

    private static func status(_ update: Update) -> Substring {
        update.heading.split(separator: " ").dropFirst().first ?? ""
    }

    /// The front matter's top-level keys with their lines (the hash line left out), and the updates.
    private static func split(_ text: String) -> (front: [String: String], updates: [Update]) {
        var front: [String: String] = [:]
        var updates: [Update] = []
        var key: String?
        var inFront = false
        var fences = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if fences < 2, line == "---" {
                fences += 1
                inFront = fences == 1
                continue
            }
            if inFront {
                if line.hasPrefix(ImportHash.key) { continue }
                if let first = line.first, first != " ", first != "-", let colon = line.firstIndex(of: ":") {
                    key = String(line[..<colon])
                }
                if let key { front[key, default: ""] += line + "\n" }
            } else if line.hasPrefix("## ") {
                updates.append(Update(heading: String(line.dropFirst(3)), text: ""))
            } else if !updates.isEmpty {
                updates[updates.count - 1].text += line + "\n"
            }
        }
        for index in updates.indices {
            updates[index].text = updates[index].text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return (front, updates)
    }
}
