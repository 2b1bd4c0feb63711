import Foundation

/// What `stat` says of a file or folder: equal stamps mean the same file, not written since (to the
/// nanosecond); for a folder, no entry added, removed or renamed in it since.
struct FileStamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int64
    var nanoseconds: Int64
    var isFolder: Bool

    init(device: UInt64, inode: UInt64, size: Int64, seconds: Int64, nanoseconds: Int64, isFolder: Bool) {
        self.device = device
        self.inode = inode
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.isFolder = isFolder
    }

    /// The stamp of the regular file or folder at `path` (following symbolic links), `nil` when there is
    /// none.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The stamp of the regular file or folder `status` describes, `nil` for anything else.
    init?(_ status: stat) {
        guard status.st_mode & S_IFMT == S_IFREG || status.st_mode & S_IFMT == S_IFDIR else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        seconds = Int64(status.st_mtim.tv_sec)
        nanoseconds = Int64(status.st_mtim.tv_nsec)
        isFolder = status.st_mode & S_IFMT == S_IFDIR
    }

    /// The stamp written as `bytes` give, `nil` when they are not one. Read byte by byte, into no array:
    /// a no-change build reads one stamp per file of the site.
    init?(bytes: UnsafeRawBufferPointer) {
        var numbers: (Int64, Int64, Int64, Int64, Int64, Int64) = (0, 0, 0, 0, 0, 0)
        var count = 0
        var value: Int64 = 0
        var digits = 0
        for index in 0...bytes.count {
            let byte = index < bytes.count ? bytes[index] : UInt8(ascii: " ")
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") && digits < 18 {
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
            } else if byte == UInt8(ascii: " ") && digits > 0 && count < 6 {
                switch count {
                case 0: numbers.0 = value
                case 1: numbers.1 = value
                case 2: numbers.2 = value
                case 3: numbers.3 = value
                case 4: numbers.4 = value
                default: numbers.5 = value
                }
                count += 1
                value = 0
                digits = 0
            } else {
                return nil
            }
        }
        guard count == 6 else { return nil }
        device = UInt64(numbers.0)
        inode = UInt64(numbers.1)
        size = numbers.2
        seconds = numbers.3
        nanoseconds = numbers.4
        isFolder = numbers.5 != 0
    }

    /// The modification time in seconds since 1970.
    var modified: Double { Double(seconds) + Double(nanoseconds) / 1e9 }

    /// The stamp in one line of numbers, as `init?(bytes:)` reads it.
    var text: String {
        var bytes: [UInt8] = []
        append(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` to `bytes`, making no string: the build record and the page cache write a stamp for
    /// every file of the site.
    func append(to bytes: inout [UInt8]) {
        Self.append(device, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        Self.append(inode, to: &bytes)
        for number in [size, seconds, nanoseconds] {
            bytes.append(UInt8(ascii: " "))
            if number < 0 { bytes.append(UInt8(ascii: "-")) }
            Self.append(number.magnitude, to: &bytes)
        }
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: isFolder ? "1" : "0"))
    }

    /// Appends `number` in decimal digits to `bytes`.
    private static func append(_ number: UInt64, to bytes: inout [UInt8]) {
        // Filled from the end: a UInt64 has at most 20 digits.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            var rest = number
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
