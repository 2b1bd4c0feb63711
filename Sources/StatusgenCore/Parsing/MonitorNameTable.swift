/// Monitor names seen in a file, each numbered in order of first appearance, looked up from the
/// row's bytes without making a String per row.
struct MonitorNameTable {
    /// The names, by number.
    private(set) var names: [String] = []
    /// The names' bytes one after the other; name `n` is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing: number + 1 of the name in each slot, 0 when empty.
    private var slots = [Int32](repeating: 0, count: 64)
    private var lastNumber = -1

    /// Why a name cannot be used.
    enum Problem: Error {
        case notUTF8
    }

    /// The number of the name in `bytes[start..<end]` (not empty), adding it when new.
    @inline(__always)
    mutating func number(of row: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) throws(Problem) -> Int {
        if lastNumber >= 0 {
            if matches(lastNumber, row, start, end) { return lastNumber }
            // Files that interleave monitors usually name them in the same order every time.
            let next = lastNumber + 1 < names.count ? lastNumber + 1 : 0
            if matches(next, row, start, end) {
                lastNumber = next
                return next
            }
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for index in start..<end { hash = (hash ^ UInt64(row[index])) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if matches(number, row, start, end) {
                lastNumber = number
                return number
            }
            slot = (slot + 1) & mask
        }
        let name = Array(row[start..<end])
        guard let text = String(validating: name, as: UTF8.self) else { throw .notUTF8 }
        names.append(text)
        bytes += name
        starts.append(bytes.count)
        slots[slot] = Int32(names.count)
        lastNumber = names.count - 1
        if names.count * 2 > slots.count { grow() }
        return lastNumber
    }

    /// The number of `name`, adding it when new.
    mutating func number(of name: String) -> Int {
        let bytes = Array(name.utf8)
        // A name that came from a String is UTF-8, so the lookup cannot fail.
        return (try? bytes.withUnsafeBufferPointer { try number(of: $0, from: 0, to: $0.count) }) ?? 0
    }

    @inline(__always)
    private func matches(_ number: Int, _ row: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let first = starts[number]
        let count = starts[number + 1] - first
        guard count == end - start else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            for offset in 0..<count where stored[first + offset] != row[start + offset] { return false }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for number in names.indices {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes[starts[number]..<starts[number + 1]] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }
}
