import Dispatch

extension Array where Element: Sendable {
    /// `transform` of each element, in the elements' order, worked out on every core: the result is the one
    /// `map(transform)` gives, whatever the scheduling; `transform` is `@Sendable`, so the compiler holds it
    /// to reading only what may be shared.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let results = buffer.baseAddress else { return }
                let work = ParallelWork(elements: self, transform: transform, results: results)
                // A few slices per core, so that a slow element does not leave a core idle for long.
                let slices = Swift.min(count, 16)
                DispatchQueue.concurrentPerform(iterations: slices) { slice in work.run(slice: slice, of: slices) }
                initialized = count
            }
        }
    }
}

/// One `parallelMap`'s elements, transform and results, shared by its threads: they only read the elements,
/// and each writes its own results, every result once.
private struct ParallelWork<Element, Result>: @unchecked Sendable {
    let elements: [Element]
    let transform: @Sendable (Element) -> Result
    let results: UnsafeMutablePointer<Result>

    /// Works out the results of elements `slice`, `slice + slices`, `slice + 2 * slices`, …
    func run(slice: Int, of slices: Int) {
        for index in stride(from: slice, to: elements.count, by: slices) {
            (results + index).initialize(to: transform(elements[index]))
        }
    }
}
