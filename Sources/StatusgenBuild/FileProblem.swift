import Foundation

/// Words for file system errors, instead of Foundation's error dumps.
public enum FileProblem {
    /// The system's reason for `error`, such as "Permission denied"; the caller names the file.
    public static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        let reason: String
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? Error,
            (underlying as NSError).domain == NSPOSIXErrorDomain
        {
            reason = String(cString: strerror(Int32((underlying as NSError).code)))
        } else if let posix = error as? POSIXError {
            reason = String(cString: strerror(posix.code.rawValue))
        } else {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileReadNoPermission, .fileWriteNoPermission: reason = "Permission denied"
            case .fileNoSuchFile, .fileReadNoSuchFile: reason = "No such file or directory"
            case .fileWriteOutOfSpace: reason = "No space left on device"
            case .fileWriteVolumeReadOnly: reason = "Read-only file system"
            case .fileReadInapplicableStringEncoding, .fileReadCorruptFile: reason = "not readable text"
            default: reason = nsError.localizedDescription
            }
        }
        return reason
    }
}
