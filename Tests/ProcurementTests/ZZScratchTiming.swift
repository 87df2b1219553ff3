import Foundation
import Testing
@testable import Procurement

@Suite struct ZZScratchTiming {
    @Test func readerSpeed() throws {
        guard let path = ProcessInfo.processInfo.environment["EGP_SCRATCH_FEED"] else { return }
        let start = Date()
        var count = 0
        let summary = try EGPFeedReader(path: path).forEachItem { _ in count += 1 }
        print("SCRATCH read \(count) in \(Date().timeIntervalSince(start)) s; items \(summary.itemsRead)")
    }
}
