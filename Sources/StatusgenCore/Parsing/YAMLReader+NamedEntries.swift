import StatusgenModel
import Yams

extension YAMLReader {
    /// Unknown keys inside each entry of the mapping at `block` (name -> entry), with a "did you mean" hint.
    func unknownKeys(inEntriesAt block: [PathElement], in root: Node, allowed: [String]) -> [Diagnostic] {
        orderedKeys(at: block, in: root).flatMap { name in
            unknownKeys(at: block + [.key(name)], in: root, allowed: allowed)
        }
    }

    /// The entries of the mapping at `block` that decoded, in the file's order (the decoded dictionary has
    /// none), each made into a value by `make`; decoding problems and `make`'s are added to `problems`,
    /// and an entry with problems gives no value.
    func namedEntries<Entry, Value>(
        _ entries: [String: Collected<Entry>], at block: [PathElement], in root: Node,
        problems: inout [Diagnostic], make: (String, Entry, inout [Diagnostic]) -> Value?
    ) -> [Value] {
        var values: [Value] = []
        for name in orderedKeys(at: block, in: root) {
            guard let collected = entries[name] else { continue }
            switch collected.result {
            case .success(let entry):
                var found: [Diagnostic] = []
                let value = make(name, entry, &found)
                problems += found
                if found.isEmpty, let value { values.append(value) }
            case .failure(let error):
                let problem = diagnostic(for: error, in: root)
                if !Self.repeatsMisspelling(problem, in: problems) { problems.append(problem) }
            }
        }
        return values
    }
}
