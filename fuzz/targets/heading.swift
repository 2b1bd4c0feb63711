// Update headings (`## TIMESTAMP STATUS`, `## Postmortem`) and the timestamps in them and in front
// matter (RFC 3339, or a local time with an IANA zone name), and the byte-level RFC 3339 reader of the
// monitor files, which must agree with the text reader on what both accept.
import Foundation
@testable import StatusgenCore
import StatusgenModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHeading(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    _ = TimestampParser.parseRFC3339(bytes)
    guard let text = String(validating: bytes, as: UTF8.self) else { return 0 }
    for kind in [IncidentKind.incident, .maintenance, nil] {
        _ = try? UpdateHeading.parse(text, kind: kind)
    }
    if let seconds = TimestampParser.parseRFC3339(bytes), let date = try? TimestampParser.parse(text) {
        precondition(
            date.timeIntervalSince1970 == seconds, "\(text): \(seconds) as bytes, \(date.timeIntervalSince1970) as text")
    }
    return 0
}
