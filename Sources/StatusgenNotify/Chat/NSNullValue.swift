import Foundation

/// JSON `null` inside the dictionaries `JSONText` encodes.
enum NSNullValue {
    static var null: NSNull { NSNull() }
}
