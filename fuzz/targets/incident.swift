// An incident or maintenance file (front matter, then Markdown with update headings) as the build reads
// it: with the site's component ids known, and without (a site whose configuration does not parse).
import Foundation
import StatusgenCore
import StatusgenModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIncident(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let path = "incidents/2026-11-24-fuzz.md"
    let lines = text.reduce(into: 1) { count, character in if character.isNewline { count += 1 } }
    for componentIDs in [["api", "web", "mail"], nil] {
        do {
            let incident = try IncidentParser(componentIDs: componentIDs).parse(path: path, text: text)
            precondition(!incident.updates.isEmpty || incident.updates.isEmpty)
        } catch {
            for diagnostic in error.diagnostics {
                precondition(diagnostic.location.path == path, "diagnostic for another file: \(diagnostic)")
                if let line = diagnostic.location.line {
                    precondition((1...lines).contains(line), "line \(line) outside 1...\(lines): \(diagnostic)")
                }
            }
        }
    }
    return 0
}
