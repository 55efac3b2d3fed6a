import Foundation

/// Maps a stream of inputs through `work` on several threads and hands the outputs to
/// `consume` in input order, with at most `window` inputs taken but not yet consumed.
///
/// The window is what bounds memory: a fast worker cannot run ahead of a slow document by
/// more than `window` items, and an output is released as soon as it is consumed. Inputs
/// are pulled lazily from `next` (under a lock of their own, so a worker blocked reading
/// standard input never stops finished outputs from being consumed), which lets the same
/// runner serve a file list and an unbounded stdin stream.
public enum OrderedParallelMap {
    /// Runs the map; returns when `next` returned nil and every output was consumed.
    ///
    /// - Parameters:
    ///   - jobs: worker threads; 1 runs everything on the calling thread.
    ///   - window: most inputs in flight or waiting to be consumed (at least `jobs` is useful).
    ///   - next: the next input, or nil at the end; called from one thread at a time.
    ///   - work: the per-input work, called concurrently.
    ///   - consume: called on the calling thread, in input order.
    public static func run<Input, Output>(
        jobs: Int, window: Int,
        next: @escaping () -> Input?,
        work: @escaping @Sendable (Input) -> Output,
        consume: (Output) -> Void
    ) {
        if jobs <= 1 {
            while let item = next() { consume(work(item)) }
            return
        }
        let state = State<Input, Output>(window: max(1, window), next: next, work: work)
        let group = DispatchGroup()
        for _ in 0..<jobs {
            group.enter()
            let thread = Thread { state.workerLoop(); group.leave() }
            // Deeply nested outlines recurse in encoding; the default secondary stack is small.
            thread.stackSize = 8 << 20
            thread.start()
        }
        state.consumerLoop(consume)
        group.wait()
    }

    /// Shared state. `@unchecked Sendable`: every mutable field is guarded, `next` by
    /// `inputLock`, the rest by `cond`.
    private final class State<Input, Output>: @unchecked Sendable {
        let window: Int
        let next: () -> Input?
        let work: @Sendable (Input) -> Output
        let inputLock = NSLock()
        let cond = NSCondition()
        // Guarded by inputLock.
        var nextSeq = 0
        var exhausted = false
        // Guarded by cond.
        var results: [Int: Output] = [:]
        var reserved = 0
        var total: Int?

        init(window: Int, next: @escaping () -> Input?, work: @escaping @Sendable (Input) -> Output) {
            self.window = window
            self.next = next
            self.work = work
        }

        func workerLoop() {
            while true {
                cond.lock()
                while reserved >= window { cond.wait() }
                reserved += 1
                cond.unlock()

                inputLock.lock()
                var item: Input? = nil
                var seq = -1
                if !exhausted {
                    item = next()
                    if item == nil { exhausted = true } else { seq = nextSeq; nextSeq += 1 }
                }
                let count = nextSeq
                inputLock.unlock()

                guard let item else {
                    cond.lock()
                    reserved -= 1
                    total = count
                    cond.broadcast()
                    cond.unlock()
                    return
                }
                let out = work(item)
                cond.lock()
                results[seq] = out
                cond.broadcast()
                cond.unlock()
            }
        }

        func consumerLoop(_ consume: (Output) -> Void) {
            var written = 0
            while true {
                cond.lock()
                while results[written] == nil && !(total.map { written >= $0 } ?? false) { cond.wait() }
                guard let out = results.removeValue(forKey: written) else { cond.unlock(); return }
                reserved -= 1
                cond.broadcast()
                cond.unlock()
                consume(out)
                written += 1
            }
        }
    }
}
