import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// The benchmarks' base: under a sanitizer (CI's thread-sanitizer run) an iteration takes ten
/// times as long and varies more than XCTest's 10 % / 0.1 s alarm allows, a failure that
/// measures nothing (it failed the CI twice on a busy machine); the plain run keeps them.
class BenchmarkCase: XCTestCase {
    override func setUpWithError() throws {
        let me = dlopen(nil, RTLD_NOW)
        if dlsym(me, "__tsan_init") != nil || dlsym(me, "__asan_init") != nil {
            throw XCTSkip("benchmarks are left to the build without sanitizers")
        }
    }
}
