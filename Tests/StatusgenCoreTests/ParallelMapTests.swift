import Foundation
import StatusgenModel
import Testing

@Suite("Work on every core")
struct ParallelMapTests {
    @Test("gives map's result, in order, however the work is scheduled")
    func sameAsMap() {
        // Uneven work, so that slices finish out of order.
        let numbers = Array(0..<5000)
        let work: @Sendable (Int) -> String = { number in
            var hash = UInt64(number)
            for _ in 0..<(number % 97) * 50 { hash = hash &* 6_364_136_223_846_793_005 &+ 1 }
            return "\(number):\(hash)"
        }
        let expected = numbers.map(work)
        for _ in 0..<5 {
            #expect(numbers.parallelMap(work) == expected)
        }
    }

    @Test("maps no element and one element as map does")
    func smallArrays() {
        #expect([Int]().parallelMap { $0 * 2 } == [])
        #expect([21].parallelMap { $0 * 2 } == [42])
    }
}
