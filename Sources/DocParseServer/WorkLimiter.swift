import Dispatch
import Foundation

/// Bounds how many parse/check/diff jobs run at once and how long a request waits for one.
///
/// Parsing is synchronous CPU work. Run on Swift's cooperative pool (as many threads as cores)
/// a few large documents would starve every other request, /healthz included; so jobs run on a
/// Dispatch queue of their own, at most `maxConcurrent` at a time, and the request's task only
/// awaits the result. A job past the time limit is answered with 503 at once; the job itself
/// cannot be interrupted, so it keeps its slot until it ends and the bound stays true.
public actor WorkLimiter {
    public let maxConcurrent: Int
    private var running = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private let queue = DispatchQueue(label: "docparse-server.work", attributes: .concurrent)

    public init(maxConcurrent: Int) {
        self.maxConcurrent = max(1, maxConcurrent)
    }

    /// How many jobs run now (for tests and logs).
    public var active: Int { running }

    private func acquire() async {
        if running < maxConcurrent {
            running += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func release() {
        if waiters.isEmpty {
            running -= 1
        } else {
            // The slot passes straight to the next waiter; `running` stays the same.
            waiters.removeFirst().resume()
        }
    }

    /// Runs `work` off the cooperative pool within the concurrency bound; throws `timeout` if
    /// the time limit (waiting included) passes first.
    public func run<T: Sendable>(timeout: Double, _ work: @escaping @Sendable () throws(APIError) -> T) async throws(APIError) -> T {
        let shot = OneShot<T>()
        let result: Result<T, APIError> = await withCheckedContinuation { (c: CheckedContinuation<Result<T, APIError>, Never>) in
            shot.set(c)
            let timer = Task {
                try? await Task.sleep(nanoseconds: UInt64(max(0, timeout) * 1_000_000_000))
                if !Task.isCancelled { shot.resume(.failure(.timeout(seconds: timeout))) }
            }
            Task {
                await self.acquire()
                if shot.isDone {
                    // Timed out while waiting for a slot: don't start the job at all.
                    self.release()
                    return
                }
                let r: Result<T, APIError> = await withCheckedContinuation { inner in
                    self.queue.async {
                        do throws(APIError) { inner.resume(returning: .success(try work())) } catch { inner.resume(returning: .failure(error)) }
                    }
                }
                self.release()
                timer.cancel()
                shot.resume(r)
            }
        }
        return try result.get()
    }
}

/// A continuation resumed by whichever comes first, the job or the timer.
private final class OneShot<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Result<T, APIError>, Never>?
    private var done = false

    func set(_ c: CheckedContinuation<Result<T, APIError>, Never>) {
        lock.lock(); defer { lock.unlock() }
        continuation = c
    }

    var isDone: Bool {
        lock.lock(); defer { lock.unlock() }
        return done
    }

    func resume(_ r: Result<T, APIError>) {
        lock.lock()
        guard !done, let c = continuation else { lock.unlock(); return }
        done = true
        continuation = nil
        lock.unlock()
        c.resume(returning: r)
    }
}
