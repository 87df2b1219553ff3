#if canImport(Glibc)
    import Glibc
#endif

/// The allocator's settings for a process that reads large values one after another.
///
/// Why: glibc serves an allocation above its mmap threshold (128 KiB) from fresh pages and, by default, raises
/// the threshold to the size of any such block freed. A contract file's `ContractsRecorded` and a feed's
/// announcements are events of a few hundred kilobytes, and SQLite allocates a buffer of each one's size to read
/// it: after the first, every later buffer came from the heap and fragmented it, so walking the log of 1,000,000
/// contract rows held about 100 MiB more than the log of one row an event (`verify`: 229 MiB against 129 MiB
/// with the threshold fixed; Benchmarks/RESULTS.md). Setting the threshold explicitly turns that adjustment off:
/// large buffers go back to the system when freed, and memory stays flat.
enum MemoryTuning {
    /// glibc's `M_MMAP_THRESHOLD` (`malloc.h`, which Swift's Glibc module does not bring in).
    private static let mmapThreshold: Int32 = -3

    /// Fixes the mmap threshold at glibc's default; elsewhere, or without glibc's `mallopt`, nothing.
    static func apply() {
        #if canImport(Glibc)
            typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            _ = unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, 128 << 10)
        #endif
    }
}
