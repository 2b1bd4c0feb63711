import Foundation

/// The tab-separated lines of a cache file, read in place. The build record and the page cache have a
/// line for every file of the site, and a no-change build reads the record whole, so a line makes no
/// array and no string.
enum CacheLines {
    /// The fields of one line: each the bytes between two tabs, the last one the rest of the line.
    struct Fields {
        private typealias Bytes = UnsafeRawBufferPointer
        private var fields: (Bytes, Bytes, Bytes, Bytes)

        fileprivate init() {
            let none = UnsafeRawBufferPointer(start: nil, count: 0)
            fields = (none, none, none, none)
        }

        /// The bytes of field `index`, 0 to 3.
        subscript(index: Int) -> UnsafeRawBufferPointer {
            get {
                precondition(index >= 0 && index < 4, "a cache line has at most four fields")
                return switch index {
                case 0: fields.0
                case 1: fields.1
                case 2: fields.2
                default: fields.3
                }
            }
            set {
                switch index {
                case 0: fields.0 = newValue
                case 1: fields.1 = newValue
                case 2: fields.2 = newValue
                default: fields.3 = newValue
                }
            }
        }
    }

    /// Calls `body` with the `count` fields (at most four) of each line of `bytes` that is not empty, in
    /// order, until it returns `false`; whether every such line had them and `body` returned `true` for each.
    static func forEach(in bytes: UnsafeRawBufferPointer, fields count: Int, _ body: (Fields) -> Bool) -> Bool {
        precondition(count >= 1 && count <= 4, "a cache line has one to four fields")
        guard let base = bytes.baseAddress else { return true }
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = offset(of: UInt8(ascii: "\n"), in: base, from: lineStart, to: bytes.count) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            guard lineEnd > lineStart else { continue }
            var fields = Fields()
            var fieldStart = lineStart
            for index in 0..<(count - 1) {
                guard let tab = offset(of: UInt8(ascii: "\t"), in: base, from: fieldStart, to: lineEnd) else {
                    return false
                }
                fields[index] = UnsafeRawBufferPointer(start: base + fieldStart, count: tab - fieldStart)
                fieldStart = tab + 1
            }
            fields[count - 1] = UnsafeRawBufferPointer(start: base + fieldStart, count: lineEnd - fieldStart)
            guard body(fields) else { return false }
        }
        return true
    }

    /// The offset of the first `byte` at or after `start` and before `end`.
    private static func offset(of byte: UInt8, in base: UnsafeRawPointer, from start: Int, to end: Int) -> Int? {
        guard end > start, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(found) - base
    }
}
