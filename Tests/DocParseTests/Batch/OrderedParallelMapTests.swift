import Foundation
import Testing
@testable import DocParse

@Suite("Ordered parallel map")
struct OrderedParallelMapTests {
    final class Counter: @unchecked Sendable {
        let lock = NSLock()
        var current = 0
        var peak = 0
        func enter() { lock.lock(); current += 1; peak = max(peak, current); lock.unlock() }
        func leave() { lock.lock(); current -= 1; lock.unlock() }
    }

    @Test("outputs come in input order when later inputs finish first", arguments: [1, 2, 4])
    func order(jobs: Int) {
        var i = 0
        var seen: [Int] = []
        OrderedParallelMap.run(jobs: jobs, window: 8, next: { () -> Int? in
            guard i < 60 else { return nil }
            defer { i += 1 }
            return i
        }, work: { n in
            // Early inputs are the slowest, so they finish last.
            usleep(UInt32((60 - n) % 7) * 300)
            return n * 10
        }) { seen.append($0) }
        #expect(seen == (0..<60).map { $0 * 10 })
    }

    @Test("no more than the window is taken before it is consumed")
    func windowBound() {
        let taken = Counter()
        var i = 0
        var maxAhead = 0
        var consumed = 0
        let lock = NSLock()
        OrderedParallelMap.run(jobs: 4, window: 5, next: { () -> Int? in
            guard i < 100 else { return nil }
            defer { i += 1 }
            lock.lock(); taken.current += 1; lock.unlock()
            return i
        }, work: { n in usleep(n % 3 == 0 ? 2000 : 100); return n }) { _ in
            // Counted as handed over on entry: the window covers inputs not yet handed to consume.
            lock.lock()
            consumed += 1
            maxAhead = max(maxAhead, taken.current - consumed)
            lock.unlock()
        }
        #expect(consumed == 100)
        #expect(maxAhead <= 5)
        #expect(maxAhead >= 1, "the workers did run ahead of the consumer")
    }

    @Test("the workers do run concurrently")
    func concurrency() {
        let c = Counter()
        var i = 0
        OrderedParallelMap.run(jobs: 4, window: 16, next: { () -> Int? in
            guard i < 16 else { return nil }
            defer { i += 1 }
            return i
        }, work: { n in c.enter(); usleep(20_000); c.leave(); return n }) { _ in }
        #expect(c.peak >= 2)
    }

    @Test("an empty input stream ends at once")
    func empty() {
        var count = 0
        OrderedParallelMap.run(jobs: 3, window: 4, next: { () -> Int? in nil }, work: { $0 }) { _ in count += 1 }
        #expect(count == 0)
    }
}
