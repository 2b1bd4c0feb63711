// A monitor results file, as CSV and as JSON Lines, read whole and read in two chunks split at a point
// the input chooses: a line straddling chunks must read exactly as it does in one piece.
import Foundation
import StatusgenCore
import StatusgenModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMonitors(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let split = Int(data[0]) * (size - 1) / 255
    let bytes = UnsafeRawBufferPointer(start: data + 1, count: size - 1)
    let zone = TimeZone(identifier: "Europe/Berlin")!
    for path in ["monitors/fuzz.csv", "monitors/fuzz.jsonl"] {
        let whole = MonitorResultsParser().parse(path: path, contents: Data(bytes), timeZone: zone)
        var reader = MonitorFileReader(path: path, timeZone: zone)
        reader.consume(UnsafeRawBufferPointer(rebasing: bytes[..<split]))
        reader.consume(UnsafeRawBufferPointer(rebasing: bytes[split...]))
        let chunked = reader.finish()
        precondition(whole.diagnostics == chunked.diagnostics, "\(whole.diagnostics) != \(chunked.diagnostics)")
        precondition(whole.histories == chunked.histories, "histories differ when read in chunks at \(split)")
        precondition(whole.checkpoint == chunked.checkpoint, "checkpoints differ when read in chunks at \(split)")
    }
    return 0
}
