// A site's statusgen.yml, read into its settings as every command reads it.
import Foundation
import StatusgenCore
import StatusgenModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let config = InputFile(path: "statusgen.yml", contents: Data(UnsafeBufferPointer(start: data, count: size)))
    let strings = InputFile(path: "templates/strings/fr.yml", contents: Data())
    do {
        _ = try SiteSettings(files: [config, strings])
    } catch {
        precondition(!error.diagnostics.isEmpty, "a configuration refused without a reason")
    }
    return 0
}
