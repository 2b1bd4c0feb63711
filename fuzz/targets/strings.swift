// A site's strings file, as a language statusgen has (German, over the built-in one) and as one of the
// site's own, then every string of that language looked up.
import Foundation
import StatusgenCore
import StatusgenModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStrings(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let contents = Data(UnsafeBufferPointer(start: data, count: size))
    for locale in ["de", "fr"] {
        let catalog = StringsCatalog(site: [InputFile(path: "templates/strings/\(locale).yml", contents: contents)])
        _ = catalog.strings(for: locale)
        precondition(catalog.locales.contains(locale))
    }
    return 0
}
